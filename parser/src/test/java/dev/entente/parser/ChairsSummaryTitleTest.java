package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventStatus;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * «Chair's Summary: …» is the title of a chair's account of the meeting it names: the meeting is the
 * document's occasion, dated and placed by the line under the title. Texts written for these tests.
 */
final class ChairsSummaryTitleTest {
  private static final Parser PARSER = Parser.english();

  @Test
  void aChairsSummaryTitle_namesTheDocumentsOccasion() {
    // GIVEN a chair's summary of a ministers' meeting over a dateline of venue, city and day
    Document doc = PARSER.parse("t", "Site menu | Search | About\n\nChair's Summary: Third Ocean Ministers' Meeting\n\n"
        + "Convention Centre, Lisbon, March 3, 2024\n\nPortugal thanked the Ministers who took part in the third"
        + " Ocean Ministers' Meeting held under the theme of clean seas.\n");
    // THEN the kind is OTHER, the day and city are the dateline's, and the meeting is held on that day
    assertEquals(DocumentKind.OTHER, doc.kind());
    assertEquals("2024-03-03", doc.date().map(EdtfDate::toString).orElse(null));
    assertEquals("Lisbon", doc.place().map(Place::name).orElse(null));
    assertEquals(1, doc.events().size(), () -> events(doc));
    assertEquals(EventStatus.HELD, doc.events().get(0).status(), () -> events(doc));
    assertEquals("2024-03-03", doc.events().get(0).date().map(Object::toString).orElse(null), () -> events(doc));
  }
}
