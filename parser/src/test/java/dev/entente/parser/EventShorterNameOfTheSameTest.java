package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * One of two events of a kind named in some of the other's words, in either order, with no day, place or number of
 * its own and no cue of a plan, is the same occasion told short; a plural (a series) or one set apart by «previous»
 * stays another. On texts written for these tests (none is taken from a real document).
 */
final class EventShorterNameOfTheSameTest {
  private static final Parser RUSSIAN = Parser.russian();
  private static final Parser ENGLISH = Parser.english();

  @Test
  void aShortHeldMentionBeforeTheFullName_isTheSameSession() {
    // GIVEN a report that first tells a session by its head, then heads a transcript with its full name
    Document doc = RUSSIAN.parse("t", "Сообщение пресс-службы\n\nВ Кремле прошли переговоры. Перед началом заседания"
        + " Иван Петров и Пётр Иванов провели переговоры в узком составе.\n\n* * *\n\nНачало заседания"
        + " Межгосударственного Совета Таможенного союза\n\nУважаемые коллеги!\n");
    // THEN there is one session, held, under its full name
    assertEquals(1, doc.events().stream().filter(e -> e.name().startsWith("заседание")).count(), () -> events(doc));
    assertEquals(EventStatus.HELD, doc.events().stream().filter(e -> e.name().startsWith("заседание")).findFirst()
        .orElseThrow().status(), () -> events(doc));
  }

  @Test
  void anEnglishShortRepeatToldAsHeld_isTheSameRetreat() {
    // GIVEN a retreat held on a day, later named by two of its words in a sentence of its own
    Document doc = ENGLISH.parse("t", "Communique\n\nThe Coral Sea Islands Leaders Special Retreat was held in"
        + " Honiara on 9 May 2024.\n\nLeaders agreed that the Special Retreat had been a valuable"
        + " opportunity.\n");
    // THEN it is one retreat
    assertEquals(1, doc.events().size(), () -> events(doc));
  }

  @Test
  void previousMeetingsInThePlural_stayAnotherEvent() {
    // GIVEN a numbered meeting and the earlier meetings of the series
    Document doc = ENGLISH.parse("t", "Joint Statement\n\nThe Fourth Trilateral Meeting of the Ministers of Trade"
        + " of Chile, Peru and Colombia was held in Lima on 3 June 2019.\n\nThe Ministers recalled the"
        + " statements adopted at the previous Trilateral Meetings of the Ministers of Trade.\n");
    // THEN the earlier meetings are not taken into the fourth one
    assertEquals(2, doc.events().size(), () -> events(doc));
  }
}
