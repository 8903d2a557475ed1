package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * A meeting told by a lower-case noun, a cue of its status and its city («the next summit will be held in
 * Jakarta»), an event whose name ends in its year («the Bandung Conference of 1955») or opens with it before a
 * city («the 2027 Valparaiso World Expo»), on sentences written
 * for these tests (none is taken from a real document). The texts are dated 12 November 2024, in Ottawa.
 */
final class EventPlannedAndYearNamedTest {

  @Test
  void theNextSummitWillBeHeldInACity_isPlannedThere() {
    // GIVEN a coming summit told by its noun, «will be held» and a city, with a year after it
    Document doc = DatedStatements.english("1. The next summit will be held in Jakarta in 2025.");
    Event summit = DatedStatements.event(doc, "summit");
    // THEN it is a planned meeting there, that year, named by its noun and its city
    assertEquals("next summit in Jakarta", summit.name(), () -> events(doc));
    assertEquals("2025", summit.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals("Jakarta", summit.place().map(Place::name).orElse("-"), () -> events(doc));
    assertEquals(EventStatus.PLANNED, summit.status(), () -> events(doc));
  }

  @Test
  void theNextMeetingWillTakePlaceInTheDocumentsCity_takesNoDayOfTheText() {
    // GIVEN a coming meeting in the city the text is dated in, with no date of its own
    Document doc = DatedStatements.english("1. The Ministers agreed that the next meeting will take place in Ottawa.");
    Event meeting = DatedStatements.event(doc, "next meeting in Ottawa");
    // THEN it stays undated and planned
    assertEquals("-", meeting.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals(EventStatus.PLANNED, meeting.status(), () -> events(doc));
  }

  @Test
  void thePreviousSummitWasHeldInACity_tookPlaceThere() {
    // GIVEN a past summit told by its noun, «was held» and a city
    Document doc = DatedStatements.english("1. The previous summit was held in Santiago in 2022.");
    Event summit = DatedStatements.event(doc, "previous summit in Santiago");
    // THEN it took place there, that year
    assertEquals("2022", summit.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals(EventStatus.HELD, summit.status(), () -> events(doc));
  }

  @Test
  void aNounWithACueOfAnotherKind_isNoMeeting() {
    // GIVEN an event noun followed by words that are no cue of an event's status before a city
    Document doc = DatedStatements.english("1. The summit will strengthen trade in Santiago and Ottawa.");
    // THEN no meeting in Santiago is read
    assertFalse(events(doc).contains("Santiago"), () -> events(doc));
  }

  @Test
  void aYearEndingTheName_datesItOverAnotherEventsYear() {
    // GIVEN a conference named with its year, and another event dated later in the same sentence
    Document doc = DatedStatements.english("1. The Ministers recalled the Bandung Conference of 1955 and the first"
        + " Africa Forum Summit in 2008 in Nairobi.");
    // THEN the conference keeps the year of its name
    assertEquals("1955", DatedStatements.event(doc, "Bandung Conference").date().map(Object::toString).orElse("-"),
        () -> events(doc));
  }

  @Test
  void aMonthAfterANameEndingInAYear_isThatYearsMonth() {
    // GIVEN a summit named with its year and held in a month given without one
    Document doc = DatedStatements.english("1. The Ministers welcomed the outcome of the Canada-Chile Summit 2022 held"
        + " in Santiago in July.");
    // THEN it is that month of the year in its name, not of the text's year
    assertEquals("2022-07", DatedStatements.event(doc, "Summit 2022").date().map(Object::toString).orElse("-"),
        () -> events(doc));
  }

  @Test
  void aYearOpeningTheNameBeforeACity_leavesTheCityAsItsPlace() {
    // GIVEN an exhibition named by its year, then its city, then its head
    Document doc = DatedStatements.english("1. Canada thanked Chile for its support of the 2027 Valparaiso World Expo.");
    // THEN the city in its name is its place
    assertEquals("Valparaiso", DatedStatements.event(doc, "World Expo").place().map(Place::name).orElse("-"),
        () -> events(doc));
  }
}
