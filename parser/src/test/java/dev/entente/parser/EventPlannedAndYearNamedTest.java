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
 * city («the 2027 Valparaiso World Expo»), and meetings that are not the one a text's title names, on sentences written
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
    Document doc = DatedStatements.english("1. The next summit will strengthen trade in Santiago and Ottawa.");
    // THEN no meeting in Santiago is read
    assertFalse(events(doc).contains("Santiago"), () -> events(doc));
  }

  @Test
  void aNounNothingSetsApart_pointsBackAndIsNoMeetingOfItsOwn() {
    // GIVEN a summit named, then told again by its noun alone with a cue and a city; and meetings in the plural
    Document doc = DatedStatements.english("1. The leaders looked forward to the Fifth Pacific Alliance Summit. The"
        + " summit will be held in Santiago in 2025.\n\n2. The meetings will be held in Lima and Quito.");
    // THEN neither is read as a meeting of its own
    assertFalse(events(doc).contains("summit in Santiago"), () -> events(doc));
    assertFalse(events(doc).contains("Lima"), () -> events(doc));
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

  private static final Parser ENGLISH = Parser.english();

  /** An English statement of 12 November 2024 in Ottawa whose title names the summit it comes from. */
  private static Document fromASummit(String body) {
    return ENGLISH.parse("en-test", "Joint Statement of the Fifth Canada-Chile Summit\n\nOttawa, 12 November 2024\n\n"
        + body + "\n");
  }

  @Test
  void aMeetingToComeInAnotherCity_staysApartFromTheTitlesSummit() {
    // GIVEN a text titled by its summit that tells the next one, and a meeting agreed for later
    Document doc = fromASummit("1. The next summit will be held in Santiago in 2026.\n\n2. The Ministers agreed to meet"
        + " again in Valparaiso in 2025.");
    // THEN the title's summit keeps its own day and city, and the others are events of their own
    Event title = DatedStatements.event(doc, "Fifth Canada-Chile Summit");
    assertEquals("2024-11-12", title.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals("Ottawa", title.place().map(Place::name).orElse("-"), () -> events(doc));
    assertEquals("2026", DatedStatements.event(doc, "next summit in Santiago").date().map(Object::toString).orElse("-"),
        () -> events(doc));
    assertEquals("2025", DatedStatements.event(doc, "meet again in Valparaiso").date().map(Object::toString).orElse("-"),
        () -> events(doc));
  }

  @Test
  void aMeetingHeldYearsBefore_staysApartFromTheTitlesSummit() {
    // GIVEN a text titled by its summit that recalls a summit held in another year
    Document doc = fromASummit("1. The leaders recalled the summit held in Valparaiso in 2022.");
    // THEN that summit is an event of its own, and the title's keeps its day
    assertEquals("2022", DatedStatements.event(doc, "summit held in Valparaiso").date().map(Object::toString).orElse("-"),
        () -> events(doc));
    assertEquals("2024-11-12", DatedStatements.event(doc, "Fifth").date().map(Object::toString).orElse("-"),
        () -> events(doc));
  }

  @Test
  void theLeadersMetTheDayBefore_isTheTitlesSummit() {
    // GIVEN a text titled by its summit, released the day after the leaders met
    Document doc = fromASummit("1. The leaders met in Ottawa on 11 November 2024.");
    // THEN the meeting is the title's summit, no event of its own
    assertEquals(1, doc.events().size(), () -> events(doc));
  }

  @Test
  void theNextSummitHeldInACity_isAPlannedEventThere() {
    // GIVEN the next summit, which the sides agree to hold in a city
    Document doc = fromASummit("1. The leaders agreed to hold the next summit in Santiago.");
    Event next = DatedStatements.event(doc, "next summit in Santiago");
    // THEN it is planned, and no part of the title's summit
    assertEquals(EventStatus.PLANNED, next.status(), () -> events(doc));
    assertEquals("Ottawa", DatedStatements.event(doc, "Fifth").place().map(Place::name).orElse("-"), () -> events(doc));
  }

  @Test
  void russianMeetingsToComeAndYearsBefore_stayApartFromTheTitlesSummit() {
    // GIVEN a Russian text titled by its summit that agrees a meeting to come and recalls one of another year
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление по итогам Пятого саммита Казахстан – Узбекистан"
        + "\n\nг. Астана, 12 ноября 2024 года\n\n1. Главы государств договорились встретиться в Ташкенте в 2025 году.\n\n"
        + "2. Министры встретились в Самарканде в мае 2023 года.\n");
    // THEN the title's summit keeps its day and city, and the two meetings are events of their own
    Event title = DatedStatements.event(doc, "саммит");
    assertEquals("2024-11-12", title.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals("2025", DatedStatements.event(doc, "Ташкент").date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals("2023-05", DatedStatements.event(doc, "Самарканд").date().map(Object::toString).orElse("-"),
        () -> events(doc));
  }

  @Test
  void aYearAndACityAfterTheHead_dateAndPlaceTheEvent() {
    // GIVEN an exhibition named by its head, its year and its city
    Document doc = DatedStatements.english("1. Canada looked forward to taking part in the Expo 2027 Valparaiso.");
    Event expo = DatedStatements.event(doc, "Expo 2027");
    // THEN the year is its date and the city its place
    assertEquals("2027", expo.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals("Valparaiso", expo.place().map(Place::name).orElse("-"), () -> events(doc));
  }
}
