package dev.entente.parser;

import static dev.entente.parser.DatedStatements.english;
import static dev.entente.parser.DatedStatements.event;
import static dev.entente.parser.DatedStatements.events;
import static dev.entente.parser.DatedStatements.russian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * One event's head before two places joined by «и в» / "and in" («на встречах в Москве (2019 г.) и в Минске
 * (2021 г.)»): one event in each place, each dated by what follows its place, on sentences written for these tests
 * (none is taken from a real document).
 */
final class EventPlacesSharingAHeadTest {

  @Test
  void pluralHeadWithBrackets_isAMeetingInEachCity() {
    // GIVEN meetings in two cities told by one plural head, each city with its year in brackets
    Document doc = russian("1. Стороны подтвердили договоренности, достигнутые на встречах в Москве (2019 г.) и в"
        + " Минске (2021 г.), и условились продолжить контакты.");
    // THEN each city has a meeting of its own, dated by its brackets, and both took place
    Event moscow = event(doc, "в Москве");
    assertEquals("2019", moscow.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals("Москва", moscow.place().map(Place::name).orElse("-"), () -> events(doc));
    assertEquals(EventStatus.HELD, moscow.status(), () -> events(doc));
    Event minsk = event(doc, "в Минске");
    assertEquals("2021", minsk.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals("Минск", minsk.place().map(Place::name).orElse("-"), () -> events(doc));
  }

  @Test
  void singularFormWithADateAfterEachCity_isTwoRounds() {
    // GIVEN consultations (a form that may be singular) in two cities, each with its month
    Document doc = russian("2. Заместители министров провели консультации в Женеве в марте 2024 года и в Вене в"
        + " сентябре 2024 года.");
    // THEN two events, each dated by the month after its city
    assertEquals("2024-03", event(doc, "в Женеве").date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals("2024-09", event(doc, "в Вене").date().map(Object::toString).orElse("-"), () -> events(doc));
  }

  @Test
  void aTownTheGazetteerLacks_standsBesideAListedCity() {
    // GIVEN two summits, one in a town no gazetteer lists, the other in a capital
    Document doc = english("3. The leaders recalled the summits in Sveti Stefan in 2016 and in Lisbon in 2018.");
    // THEN both are summits, the town's named as written
    assertEquals("2016", event(doc, "Sveti").date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals("2018", event(doc, "in Lisbon").date().map(Object::toString).orElse("-"), () -> events(doc));
  }

  @Test
  void onePrepositionForBothCities_isOneEvent() {
    // GIVEN one meeting held in two cities, with the preposition said once
    Document doc = english("4. The Ministers recalled their meetings in Santiago and Valparaiso in 2023.");
    // THEN no event is made for each city
    assertFalse(events(doc).contains("meeting in Valparaiso"), () -> events(doc));
  }

  @Test
  void singularHeadWithoutOwnDates_isNoPair() {
    // GIVEN a singular meeting and two cities with no date of their own
    Document doc = english("5. The Ministers welcomed the meeting in Geneva and in New York of the working groups.");
    // THEN the cities make no two meetings
    assertFalse(events(doc).contains("meeting in New York"), () -> events(doc));
  }
}
