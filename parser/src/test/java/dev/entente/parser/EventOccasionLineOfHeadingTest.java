package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * A line of a heading that holds only «на» and a meeting's name tells the occasion the text was adopted at: the
 * meeting took place on the text's day. Sentences written for these tests (none is taken from a real document).
 */
final class EventOccasionLineOfHeadingTest {

  private static final Parser RUSSIAN = Parser.russian();

  @Test
  void aHeadingLineOfAnOccasionsPreposition_tellsTheOccasionHeld() {
    // GIVEN a heading whose second line is «на заседании …» with no stop, and the text's date under it
    Document doc = RUSSIAN.parse("t", "Заявление Председателя\nна заседании Совета министров культуры\n\n"
        + "Вена, 12 марта 2024 года\n\nМинистры обсудили развитие сотрудничества в области культуры.\n");
    Event meeting = doc.events().stream().filter(e -> e.name().contains("Совета министров культуры")).findFirst()
        .orElseThrow(() -> new AssertionError(events(doc)));
    // THEN the meeting is held, on the text's day
    assertEquals(EventStatus.HELD, meeting.status(), () -> events(doc));
    assertEquals("2024-03-12", meeting.date().map(Object::toString).orElse(""), () -> events(doc));
  }

  @Test
  void aBodyLineThatGoesOnAfterTheMeeting_isNoOccasion() {
    // GIVEN a body sentence, past the opening, that plans a meeting and goes on after its name
    Document doc = RUSSIAN.parse("t", "Заявление\n\nВена, 12 марта 2024 года\n\nПервый абзац о культуре.\n\n"
        + "Второй абзац о науке.\n\nТретий абзац об образовании.\n\nЧетвертый абзац.\n\n"
        + "Стороны договорились встретиться\nна заседании Совета министров культуры в будущем году.\n");
    Event meeting = doc.events().stream().filter(e -> e.name().contains("Совета министров культуры")).findFirst()
        .orElseThrow(() -> new AssertionError(events(doc)));
    // THEN it stays a planned meeting
    assertEquals(EventStatus.PLANNED, meeting.status(), () -> events(doc));
  }

  @Test
  void anOccasionLineBelowAHeadingSetAPhraseALine_tellsTheOccasionHeld() {
    // GIVEN a heading in capitals set one phrase a line, its «на …» line the sixth, the city and days under it
    Document doc = RUSSIAN.parse("t", "ВАРШАВСКОЕ ЗАЯВЛЕНИЕ\nИ\nРЕКОМЕНДАЦИИ,\nОДОБРЕННЫЕ\nСОВЕТОМ ГОРОДОВ\n"
        + "НА ДЕСЯТОЙ ОЧЕРЕДНОЙ СЕССИИ\nВАРШАВА, 3 - 5 МАЯ 2022 ГОДА\n\nГорода обсудили развитие транспорта.\n");
    Event session = doc.events().stream().filter(e -> e.ordinal().orElse(0) == 10).findFirst()
        .orElseThrow(() -> new AssertionError(events(doc)));
    // THEN the session is held, over the heading's days
    assertEquals(EventStatus.HELD, session.status(), () -> events(doc));
    assertEquals("2022-05-03/2022-05-05", session.date().map(Object::toString).orElse(""), () -> events(doc));
  }
}
