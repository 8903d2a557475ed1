package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * An agency's dateline places the text it carries when the text names no city of its own, on texts
 * written for these tests (none is taken from a real document); a city the text gives wins.
 */
final class EnglishDatelinePlaceTest {
  private static final Parser PARSER = Parser.english();

  private static String place(String text) {
    Document doc = PARSER.parse("en-dateline-place", text);
    return doc.place().map(Place::name).orElse(null);
  }

  @Test
  void anAgencysDatelineCity_placesATextThatNamesNone() {
    assertEquals("Tashkent", place("TASHKENT, May 14 (Xinhua) --\n"
        + "Joint statement of the Republic of Uzbekistan and the Kyrgyz Republic\n"
        + "The two heads of state held talks in a warm and friendly atmosphere and agreed to expand trade.\n"
        + "The two sides will hold the next round of consultations next year.\n"));
  }

  @Test
  void aCityTheTextGives_winsOverTheDateline() {
    assertEquals("Bishkek", place("TASHKENT, May 14 (Xinhua) --\n"
        + "Joint statement of the Republic of Uzbekistan and the Kyrgyz Republic\n"
        + "The two heads of state met in Bishkek on 13 May 2024 and agreed to expand trade.\n"));
  }
}
