package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * A city that a day apart from the document's places (an earlier summit the text recalls) does not
 * place the document. Every text is written for these tests.
 */
final class CityOfAnotherOccasionTest {
  private static Document parse(String text) {
    return Parser.english().parse("another-occasion", text);
  }

  @Test
  void aSummitInAnotherMonthOfTheYear_doesNotPlaceTheCommunique() {
    Document doc = parse("Final Communiqué of the Meeting of the Council of Ministers\n"
        + "3 December 2008\n\n"
        + "We, the Ministers, met today and reviewed the implementation of the decisions adopted at the Summit"
        + " in Canberra in April of this year.\n\n"
        + "We will meet again next year.\n");
    assertEquals("2008-12-03", doc.date().map(EdtfDate::toString).orElse(null));
    assertNull(doc.place().map(Place::name).orElse(null));
  }

  @Test
  void aSummitOnAnEarlierDay_doesNotPlaceTheStatement() {
    Document doc = parse("Chair's Statement on the Leaders' Meeting\n"
        + "November 17, 2023\n\n"
        + "The Leaders welcomed the messages of the Summit in Riyadh on November 11, 2023, and called for restraint.\n\n"
        + "The Leaders will meet again next year.\n");
    assertEquals("2023-11-17", doc.date().map(EdtfDate::toString).orElse(null));
    assertNull(doc.place().map(Place::name).orElse(null));
  }

  @Test
  void aMeetingOnTheDocumentsDay_stillPlacesIt() {
    Document doc = parse("Final Communiqué of the Meeting of the Council of Ministers\n"
        + "3 December 2008\n\n"
        + "We, the Ministers, met in Canberra on 3 December 2008 and reviewed the implementation of our decisions.\n\n"
        + "We will meet again next year.\n");
    assertEquals("Canberra", doc.place().map(Place::name).orElse(null));
  }
}
