package dev.entente.parser;

import static dev.entente.parser.DatedStatements.event;
import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import dev.entente.model.EventStatus;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * A document that names its city nowhere but in the meeting held over its day was adopted in that
 * city; a visit (placed in the state it goes to) gives no city. The statuses «since the …» and «at the
 * margins of …» tell. Texts written for these tests.
 */
final class CityOfTheDaysMeetingTest {
  private static final Parser PARSER = Parser.english();

  private static String place(Document doc) {
    return doc.place().map(Place::name).orElse(null);
  }

  @Test
  void theMeetingHeldOnTheDocumentsDay_placesTheDocument() {
    // GIVEN a chairman's statement over a register's fields, whose first point holds the summit on a day in a
    // city and whose last plans the next summit in another
    Document doc = PARSER.parse("t", "[Title] Chairman's Statement of the Second Coastal States Summit\n\n"
        + "[Place] Kuala Lumpur, Malaysia\n[Date] May 4, 2019\n[Source] Secretariat\n[Full text]\n\n"
        + "1. The Second Coastal States Summit was held successfully on 4 May 2019 in Kuala Lumpur, Malaysia."
        + " The Summit was chaired by the Prime Minister of Malaysia.\n\n2. The Leaders discussed maritime safety.\n\n"
        + "3. The Leaders agreed that the Third Coastal States Summit will be held in Manila on 10 June 2020.\n");
    // THEN the document was adopted in that city
    assertEquals("Kuala Lumpur", place(doc), () -> events(doc));
  }

  @Test
  void aVisitOnTheDocumentsDay_givesNoCity() {
    // GIVEN a joint statement dated by a visit to a state, no city named
    Document doc = PARSER.parse("t", "Joint Statement by the Prime Ministers of Australia and Chile\n\n"
        + "The President of Chile paid an official visit to Australia from 13 to 15 July 2005. The two leaders"
        + " discussed trade and investment on 14 July 2005.\n");
    // THEN the document has no city
    assertNull(place(doc), () -> events(doc));
  }

  @Test
  void aMeetingSinceWhichTheyWorked_tookPlace() {
    // GIVEN co-chairs who report on their work since a meeting in an undated month
    Document doc = PARSER.parse("t", "Joint Statement of the Co-Chairs\n\nGeneva, 25 September 2019\n\n"
        + "The Co-Chairs briefed the Ministers on their work since the joint meeting in Vienna, including"
        + " consultations with both sides.\n");
    // THEN that meeting took place
    assertEquals(EventStatus.HELD, event(doc, "joint meeting").status(), () -> events(doc));
  }

  @Test
  void aMeetingAtWhoseMarginsTheyMet_tookPlace() {
    // GIVEN a dialogue held at the margins of a ministers' meeting
    Document doc = PARSER.parse("t", "Joint Media Statement\n\nThe 5th Coral Sea Dialogue was held in Suva on 2 June"
        + " 2015, at the margins of the 12th Pacific Foreign Ministers' Meeting.\n");
    // THEN the ministers' meeting took place
    assertEquals(EventStatus.HELD, event(doc, "Pacific Foreign Ministers").status(), () -> events(doc));
  }
}
