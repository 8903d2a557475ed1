package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * «Мы, участники …», «принимающие участие в …»: those taking part now tell an undated meeting under way, on sentences
 * written for this test (none is taken from a real document).
 */
final class EventTakingPartNowTest {

  @Test
  void theParticipantsOfAnUndatedForum_tellItHeld() {
    // GIVEN the sides naming themselves participants of a forum, no date, no verb in the past
    Document doc = DatedStatements.russian("Мы, участники Форума по водным ресурсам Центральной Азии, заявляем следующее.");
    // THEN the forum is under way, so held
    assertEquals(EventStatus.HELD, DatedStatements.event(doc, "Форум").status(), () -> events(doc));
  }

  @Test
  void thoseTakingPartInAnUndatedConference_tellItHeld() {
    // GIVEN the sides taking part in a conference, in the present
    Document doc = DatedStatements.russian("Мы, правительства, принимающие участие в Конференции по водным ресурсам, заявляем.");
    // THEN the conference is under way, so held
    assertEquals(EventStatus.HELD, DatedStatements.event(doc, "Конференц").status(), () -> events(doc));
  }

  @Test
  void membersNamedAsParticipantsOfATreaty_tellNothing() {
    // GIVEN «государств-участников» (members), the conference after it still to come
    Document doc = DatedStatements.russian("Заявление государств-участников Содружества по случаю Конференции по водным ресурсам.");
    // THEN nothing tells the conference held
    assertEquals(EventStatus.PLANNED, DatedStatements.event(doc, "Конференц").status(), () -> events(doc));
  }
}
