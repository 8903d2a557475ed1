package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * A city and the region it lies in, alone on the line above a date line («Perth, Western Australia ⏎
 * March 11-12, 2024»), place the text; on a text written for this test.
 */
final class CityAndRegionAboveTheDateLineTest {
  private static String place(String text) {
    Document doc = Parser.english().parse("city-and-region", text);
    return doc.place().map(Place::name).orElse(null);
  }

  @Test
  void aCityAndItsRegionOnTheLineAboveTheDateLine_placesTheStatement() {
    assertEquals("Perth", place("---\n"
        + "title: \"Chair's Statement on the Leaders' Meeting\"\n"
        + "---\n\n"
        + "**Perth, Western Australia**\n"
        + "**March 11-12, 2024**\n\n"
        + "The leaders discussed trade, energy and the security of sea lanes.\n\n"
        + "They agreed to meet again next year.\n"));
  }
}
