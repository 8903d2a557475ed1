package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * A meeting whose name heads the text on a line of its own, on sentences written for these tests (none is
 * taken from a real document).
 */
final class EventOccasionsAndVisitorsTest {
  private static final Parser ENGLISH = Parser.english();

  @Test
  void aMeetingHeadingTheText_isTheDocumentsOccasion() {
    // GIVEN a communiqué whose second line names a meeting, the day on a line below it
    Document doc = ENGLISH.parse("en-test", "Final Communiqué\n\nThirtieth Meeting of the Joint Council of Ministers"
        + " held at the Secretariat\n\n12 November 2024\n\n1. The Ministers reviewed the cooperation in trade.\n");
    Event meeting = DatedStatements.event(doc, "Meeting of the Joint Council");
    // THEN it took place on the document's day
    assertEquals("2024-11-12", meeting.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals(EventStatus.HELD, meeting.status(), () -> events(doc));
  }
}
