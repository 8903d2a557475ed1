package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Heads named in a Russian opening as the sides: a head's office opened by an adjective
 * («Федеральный канцлер») is a head's all the same, a deputy's («первый заместитель Председателя»)
 * is not. Every text is written for these tests.
 */
final class RussianHeadsInTheOpeningTest {
  private static final Parser RUSSIAN = Parser.russian();

  @Test
  void aHeadsOfficeOpenedByAnAdjective_makesItsStateASide() {
    Document doc = RUSSIAN.parse("Совместное заявление\n\n29 сентября 2024 года Федеральный канцлер Германии Ханс"
        + " Мюллер приветствовал Президента Республики Казахстан Армана Сеитова и Президента Кыргызской Республики"
        + " Бакыта Осмонова в Берлине на первой встрече глав государств.\n\n"
        + "Лидеры отметили развитие отношений между государствами.\n");
    assertEquals(List.of("DE", "KZ", "KG"), doc.signatories());
  }

  @Test
  void aDeputysOfficeOpenedByAnAdjective_makesNoSide() {
    Document doc = RUSSIAN.parse("Совместное заявление\n\n29 сентября 2024 года Президент Республики Казахстан Арман"
        + " Сеитов и Президент Кыргызской Республики Бакыт Осмонов провели переговоры в Астане. В переговорах"
        + " участвовал первый заместитель Председателя Правительства Германии Ханс Мюллер.\n\n"
        + "Лидеры отметили развитие отношений между государствами.\n");
    assertEquals(List.of("KZ", "KG"), doc.signatories());
  }
}
