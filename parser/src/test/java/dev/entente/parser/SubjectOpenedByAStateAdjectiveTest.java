package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A subject opened by a state's capitalised adjective and a subject noun («Российское правительство и
 * Правительство Японии заявляют …») names every side it lists, not the first alone; and the Community
 * of Belarus and Russia, the Union State's name of 1996–1997, is that organisation. Every text is
 * written for these tests.
 */
final class SubjectOpenedByAStateAdjectiveTest {
  private static final Parser PARSER = Parser.russian();

  private static Document parse(String body) {
    return PARSER.parse("ru-test", "Совместное заявление\n\n" + body
        + "\n1. Стороны будут развивать сотрудничество в области энергетики и транспорта.\n");
  }

  @Test
  void anAdjectivesSide_andAGovernmentByName_areBothSides() {
    Document doc = parse("Российское правительство и Правительство Японии, стремясь к укреплению взаимного доверия,"
        + " заявляют о нижеследующем:");
    assertEquals(List.of("JP", "RU"), sorted(doc.signatories()));
  }

  @Test
  void twoAdjectivesSides_areBothSides() {
    Document doc = parse("Китайское правительство и казахстанское правительство заявляют о нижеследующем:");
    assertEquals(List.of("CN", "KZ"), sorted(doc.signatories()));
  }

  @Test
  void aStateNamedAfterTheVerb_isNoSide() {
    Document doc = parse("Российское руководство заявляет о поддержке усилий Правительства Индии по урегулированию:");
    assertEquals(List.of("RU"), sorted(doc.signatories()));
  }

  @Test
  void theCommunityOfBelarusAndRussia_isTheUnionState() {
    Document doc = parse("Государства — участники Сообщества Беларуси и России заявляют о нижеследующем:");
    assertTrue(doc.parties().stream().anyMatch(p -> p.id().equals("UNION_STATE")), () -> doc.parties().toString());
  }
}
