package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A title that names its authors by a group of states («… встречи глав государств Центральной
 * Азии»): the group's members adopt the text where it names them, and a text that names none of
 * them names no side. Every text is written for these tests.
 */
final class TitleGroupNamedMembersTest {
  private static final String TITLE = "Совместное заявление по итогам встречи глав государств Центральной Азии\n\n";

  @Test
  void aRegionsHeadsInTheTitle_overATextThatNamesNoneOfItsStates_giveNoSides() {
    // GIVEN a statement whose title names the region's heads, and a body that names no state
    Document doc = Parser.russian().parse(TITLE
        + "высоко оценивая роль консультативных встреч в укреплении добрососедства,\n\n"
        + "руководствуясь Уставом Организации Объединенных Наций,\n\n"
        + "договорились продолжить регулярные встречи.\n");
    // THEN no side is named
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aRegionsHeadsInTheTitle_overATextThatNamesItsStates_makeThemTheSides() {
    Document doc = Parser.russian().parse(TITLE
        + "Встреча прошла с участием делегаций Казахстана, Кыргызстана, Таджикистана, Туркменистана и Узбекистана.\n\n"
        + "Договорились продолжить регулярные встречи.\n");
    assertEquals(List.of("KG", "KZ", "TJ", "TM", "UZ"), sorted(doc.signatories()));
  }

  @Test
  void aRegionsHeadsAsTheSubject_overATextThatNamesNoneOfItsStates_giveNoSides() {
    Document doc = Parser.russian().parse("Совместное заявление\n\n"
        + "Главы государств Центральной Азии (далее – Стороны),\n\n"
        + "высоко оценивая роль консультативных встреч в укреплении добрососедства,\n\n"
        + "заявляют о следующем:\n\n"
        + "1. Стороны продолжат регулярные встречи.\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }
}
