package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A format named by a state's adjective and an organisation's adjective joined by a dash («Российско-Арабский
 * форум сотрудничества», "the Russian-Arab Cooperation Forum"): the organisation is one of the format's sides
 * (groups.tsv IN_FORMAT). Every text is written for these tests.
 */
final class OrganisationAdjectiveInAFormatTest {
  @Test
  void aRussianArabForumsDeclaration_isRussiasAndTheLeagues() {
    // GIVEN a declaration whose title names the format by two adjectives joined by a dash
    Document doc = Parser.russian().parse("Итоговое заявление восьмой сессии Российско-Арабского форума сотрудничества\n"
        + "Каир, 3 марта 2030 года\n"
        + "1. Восьмая сессия форума прошла в Каире под сопредседательством министров иностранных дел.\n"
        + "2. Участники обсудили положение на Ближнем Востоке.\n");
    // THEN the organisation the adjective stands for is a side beside the state
    assertEquals(List.of("LAS", "RU"), sorted(doc.signatories()));
  }

  @Test
  void anEnglishRussianArabForumsStatement_isRussiasAndTheLeagues() {
    Document doc = Parser.english().parse("en-test", "Final Statement of the Eighth Session of the Russian-Arab Cooperation Forum\n\n"
        + "Cairo, 3 March 2030\n\n"
        + "1. The eighth session of the Forum was held in Cairo under the co-chairmanship of the foreign ministers.\n\n"
        + "2. The participants discussed the situation in the Middle East.\n");
    assertEquals(List.of("LAS", "RU"), sorted(doc.signatories()));
  }

  @Test
  void anArabAdjectiveOutsideAFormat_isNoSide() {
    // GIVEN a bilateral statement whose text speaks of Arab states, with no dash joining the adjective to a party
    Document doc = Parser.russian().parse("Совместное заявление Российской Федерации и Арабской Республики Египет\n"
        + "Российская Федерация и Арабская Республика Египет, далее — Стороны, поддерживают единство арабских государств.\n");
    assertFalse(doc.signatories().contains("LAS"), doc.signatories()::toString);
  }
}
