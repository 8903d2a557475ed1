package dev.entente.parser;

import static dev.entente.parser.DatedStatements.event;
import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The occasion a document comes from, dated by a span of days under its title, lasts those days; the
 * document itself is of the day of issue. Texts written for these tests.
 */
final class OccasionOverItsDaysTest {

  @Test
  void aMeetingOfTwoDaysUnderTheTitle_keepsBothDays() {
    // GIVEN a declaration of a ministerial meeting whose date line gives two days
    Document doc = Parser.russian().parse("t", "Декларация Совместного совещания министров культуры\n\n"
        + "Принята на Совместном совещании министров культуры\nРига, Латвия, 14-15 мая 2009 года\n\n"
        + "Мы, министры культуры, подчеркиваем значение сотрудничества музеев.\n");
    // THEN the meeting lasts both days, and the document is of the second
    assertEquals("2009-05-14/2009-05-15", event(doc, "совещание министров").date().map(Object::toString).orElse(null),
        () -> events(doc));
    assertEquals("2009-05-15", doc.date().map(Object::toString).orElse(null));
  }

  @Test
  void aSummitOfTwoDaysInTheHeading_keepsBothDays() {
    // GIVEN an English chair's statement whose heading dates its summit by two days
    Document doc = Parser.english().parse("t", "Chair's Statement of the Fourth Coastal States Summit\n"
        + "Lisbon, 8-9 October 2018\n\n"
        + "1. The Leaders of the Coastal States met to review cooperation on fisheries.\n");
    // THEN the summit lasts both days
    assertEquals("2018-10-08/2018-10-09", event(doc, "Coastal States Summit").date().map(Object::toString).orElse(null),
        () -> events(doc));
  }
}
