package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * A later mention that shortens the name of an occasion the text tells as held, with no day, place or
 * ordinal of its own and no cue of a plan, is that occasion again; a mention a cue of a plan governs is
 * another meeting. On texts written for these tests (none is taken from a real document).
 */
final class EventShortenedMentionTest {
  private static final Parser RUSSIAN = Parser.russian();
  private static final Parser ENGLISH = Parser.english();

  @Test
  void aShortenedRepeatOfAHeldSession_isTheSameSession() {
    // GIVEN a report of a council's session, told again later by its first words
    Document doc = RUSSIAN.parse("t", "ИНФОРМАЦИОННОЕ СООБЩЕНИЕ\n\n14 мая 2021 года в Минске состоялось заседание"
        + " Совета министров обороны Содружества Независимых Государств.\n\nЗаседание Совета министров обороны"
        + " открылось обсуждением вопросов военного сотрудничества.\n");
    // THEN there is one session, held
    assertEquals(1, doc.events().size(), () -> events(doc));
    assertEquals(EventStatus.HELD, doc.events().get(0).status(), () -> events(doc));
    assertEquals(2, doc.events().get(0).mentions().size(), () -> events(doc));
  }

  @Test
  void aShortenedMentionOfTheNextSession_staysAnotherEvent() {
    // GIVEN the same report that then plans the next session of the council
    Document doc = RUSSIAN.parse("t", "ИНФОРМАЦИОННОЕ СООБЩЕНИЕ\n\n14 мая 2021 года в Минске состоялось заседание"
        + " Совета министров обороны Содружества Независимых Государств.\n\nСледующее заседание Совета министров"
        + " обороны решено провести осенью.\n");
    // THEN the next session is an event of its own, planned
    assertEquals(2, doc.events().size(), () -> events(doc));
    assertTrue(doc.events().stream().anyMatch(e -> e.status() == EventStatus.PLANNED), () -> events(doc));
  }

  @Test
  void anEnglishShortenedRepeat_isTheSameMeeting() {
    // GIVEN a meeting held on a day, later named by fewer of its words
    Document doc = ENGLISH.parse("t", "Press Statement\n\nThe Joint Steering Committee Meeting on Fisheries"
        + " Cooperation was held in Apia on 4 March 2024.\n\nThe Steering Committee Meeting reviewed the"
        + " progress of the joint patrols.\n");
    // THEN it is one meeting
    assertEquals(1, doc.events().size(), () -> events(doc));
  }
}
