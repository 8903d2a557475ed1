package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * An agency's dateline may name the city's state after a comma instead of in brackets («Тулуза, Франция, 3 мая, 2018,
 * 10:15 — Агентство.»); its city places a report that names no other. Every text is written for these tests.
 */
final class DatelineStateAfterACommaTest {
  private static String place(String text) {
    Document doc = Parser.russian().parse("dateline-state-comma", text);
    return doc.place().map(Place::name).orElse(null);
  }

  @Test
  void cityAndItsStateAfterAComma_placeTheReport() {
    // GIVEN a report whose first line under the headline is a dateline with the city's own state after a comma
    String text = "Ассамблея одобрила доклад о сотрудничестве\n\n"
        + "Тулуза, Франция, 3 мая, 2018, 10:15 — Агентство. Ассамблея проголосовала за доклад комитета.\n\n"
        + "Делегаты обсудили поправки.\n";
    // WHEN it is parsed THEN the dateline's city is the document's place
    assertEquals("Тулуза", place(text));
  }

  @Test
  void cityAndAnotherStatesName_placeNothing() {
    // GIVEN a line that opens with a city and then a state that is not the city's own
    String text = "Ассамблея одобрила доклад о сотрудничестве\n\n"
        + "Тулуза, Германия, 3 мая, 2018, 10:15 — Агентство. Ассамблея проголосовала за доклад комитета.\n\n"
        + "Делегаты обсудили поправки.\n";
    // WHEN it is parsed THEN no dateline places the report
    assertNull(place(text));
  }
}
