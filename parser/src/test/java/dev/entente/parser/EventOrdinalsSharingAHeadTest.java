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
 * Two ordinals joined by «and» before one event's head in the plural («первого и второго саммитов», «the
 * first and second meetings»): two events of the series, each with its own date and city where brackets
 * after its ordinal give them, on sentences written for these tests (none is taken from a real document).
 */
final class EventOrdinalsSharingAHeadTest {

  @Test
  void twoOrdinalsWithBrackets_areTwoSummitsWithTheirOwnDatesAndCities() {
    // GIVEN two summits of a format named by their ordinals, each with its city and days in brackets
    Document doc = russian("1. Стороны отмечают реализацию договоренностей, закрепленных в итоговых документах"
        + " первого (Ташкент, 5-6 мая 2019 года) и второго (Бишкек, 7 июня 2022 года) саммитов Центральная Азия –"
        + " Китай, включая План действий.");
    // THEN each is an event of its own, numbered, dated and placed by its brackets
    Event first = event(doc, "первый саммит");
    assertEquals(Integer.valueOf(1), first.ordinal().orElse(null), () -> events(doc));
    assertEquals("2019-05-05/2019-05-06", first.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals("Ташкент", first.place().map(Place::name).orElse("-"), () -> events(doc));
    assertEquals(EventStatus.HELD, first.status(), () -> events(doc));
    Event second = event(doc, "второй саммит");
    assertEquals(Integer.valueOf(2), second.ordinal().orElse(null), () -> events(doc));
    assertEquals("2022-06-07", second.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals("Бишкек", second.place().map(Place::name).orElse("-"), () -> events(doc));
    assertEquals(true, second.name().contains("Центральная Азия"), () -> events(doc));
  }

  @Test
  void twoOrdinalsWithoutBrackets_areTwoSessionsOfTheBody() {
    // GIVEN the first and second sessions of a commission told together
    Document doc = russian("1. Стороны высоко оценили итоги первого и второго заседаний Межправительственной комиссии"
        + " по торгово-экономическому сотрудничеству.");
    // THEN both are events, each named in the singular
    assertEquals(Integer.valueOf(1), event(doc, "первое заседание").ordinal().orElse(null), () -> events(doc));
    assertEquals(Integer.valueOf(2), event(doc, "второе заседание").ordinal().orElse(null), () -> events(doc));
  }

  @Test
  void twoOrdinalsInEnglish_areTwoMeetings() {
    // GIVEN the first and second meetings of a joint commission told together
    Document doc = english("1. The Ministers welcomed the outcomes of the first and second meetings of the Joint"
        + " Commission on Trade.");
    // THEN both are meetings of their own
    assertEquals(Integer.valueOf(1), event(doc, "first meeting").ordinal().orElse(null), () -> events(doc));
    assertEquals(Integer.valueOf(2), event(doc, "second meeting").ordinal().orElse(null), () -> events(doc));
  }

  @Test
  void anOrdinalAndAnotherNoun_areNoPair() {
    // GIVEN an ordinal and «and» before a word that is no event's head in the plural
    Document doc = russian("1. Стороны обсудили первый и второй этапы строительства дороги.");
    // THEN no events are made of them
    assertFalse(events(doc).contains("этап"), () -> events(doc));
  }
}
