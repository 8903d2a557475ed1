package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * A title that numbers its meeting by a bare figure («Коммюнике 5 саммита …») names the meeting a heading or the
 * body numbers so; a meeting recalled («Напоминая о встрече …») took place. On texts written for these tests (none
 * is taken from a real document).
 */
final class TitlesBareNumberedMeetingTest {
  private static final Parser RUSSIAN = Parser.russian();

  private static final String THEMED_SESSION = "Коммюнике 5 саммита ОЭС в Тегеране, 2011 г.\n"
      + "ЗАКЛЮЧИТЕЛЬНОЕ КОММЮНИКЕ\n5-Й СЕССИИ САММИТА ЭКОНОМИЧЕСКОГО СООБЩЕСТВА\n«Новые горизонты сотрудничества»\n"
      + "Тегеран – Исламская Республика Иран\n(10-11 марта 2011 года)\n"
      + "1. Мы, главы государств и правительств государств-членов Организации экономического сотрудничества,"
      + " собрались в Тегеране 10-11 марта 2011 года, чтобы обсудить вопросы торговли.";

  @Test
  void aTitlesBareNumberedSummit_isTheHeadingsNumberedSession() {
    // GIVEN a title naming the fifth summit by a bare figure and a heading naming its fifth session, with a theme
    Document doc = RUSSIAN.parse("t", THEMED_SESSION);
    // THEN they are one event, numbered 5, under the heading's name
    assertEquals(1, doc.events().size(), () -> events(doc));
    Event session = doc.events().get(0);
    assertEquals(5, session.ordinal().orElse(0), () -> events(doc));
    assertTrue(session.name().startsWith("5-я СЕССИЯ"), () -> events(doc));
  }

  @Test
  void theTitlesYear_givesWayToTheDaysOfTheMeeting() {
    // GIVEN the same text, whose title dates the summit by its year and whose heading by its days
    Document doc = RUSSIAN.parse("t", THEMED_SESSION);
    // THEN the one event keeps the days
    assertEquals("2011-03-10/2011-03-11", doc.events().get(0).date().map(Object::toString).orElse("-"), () -> events(doc));
  }

  @Test
  void aTitlesBareNumber_isNoOtherNumbersMeeting() {
    // GIVEN a title naming the fifth summit and a body recalling the fourth
    Document doc = RUSSIAN.parse("t", "Коммюнике 5 саммита ОЭС в Тегеране, 2011 г.\n"
        + "ЗАКЛЮЧИТЕЛЬНОЕ КОММЮНИКЕ\n5-Й СЕССИИ САММИТА ЭКОНОМИЧЕСКОГО СООБЩЕСТВА\n«Новые горизонты сотрудничества»\n"
        + "1. Главы государств высоко оценили итоги 4-й сессии саммита в Стамбуле.");
    // THEN the fourth session stays an event of its own
    assertTrue(doc.events().stream().anyMatch(e -> e.ordinal().orElse(0) == 4), () -> events(doc));
    assertTrue(doc.events().stream().anyMatch(e -> e.ordinal().orElse(0) == 5), () -> events(doc));
  }

  @Test
  void aMeetingRecalled_tookPlace() {
    // GIVEN a statement recalling a ministers' meeting that no date places
    Document doc = RUSSIAN.parse("t", "Совместное заявление\n\nНапоминая о встрече министров иностранных дел в"
        + " Женеве, стороны подтверждают свою приверженность сотрудничеству.");
    // THEN the meeting is told as held
    assertEquals(1, doc.events().size(), () -> events(doc));
    assertEquals(EventStatus.HELD, doc.events().get(0).status(), () -> events(doc));
  }
}
