package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * An undated event in a sentence whose verb tells a past act, no cue of a plan before it, on sentences written for
 * this test (none is taken from a real document).
 */
final class EventUndatedInAPastSentenceTest {

  @Test
  void anUndatedMeetingInASentenceToldInThePast_tookPlace() {
    // GIVEN a meeting with no date, the sentence's verb after it in the past
    Document doc = DatedStatements.russian("После встречи в Ташкенте стороны расширили торговлю зерном.");
    // THEN the meeting took place
    assertEquals(EventStatus.HELD, DatedStatements.event(doc, "встреча").status(), () -> events(doc));
  }

  @Test
  void anUndatedMeetingInASentenceToldInThePresent_staysPlanned() {
    // GIVEN the same meeting in a sentence told in the present
    Document doc = DatedStatements.russian("После встречи в Ташкенте стороны расширяют торговлю зерном.");
    // THEN nothing tells it took place
    assertEquals(EventStatus.PLANNED, DatedStatements.event(doc, "встреча").status(), () -> events(doc));
  }

  @Test
  void anUndatedMeetingAfterACueOfAPlan_staysPlannedThoughAVerbIsPast() {
    // GIVEN a cue of a plan before the meeting and a verb in the past elsewhere in the sentence
    Document doc = DatedStatements.russian("Стороны обсудили подготовку к следующей встрече в Ташкенте.");
    // THEN the meeting is still to come
    assertEquals(EventStatus.PLANNED, DatedStatements.event(doc, "встреча").status(), () -> events(doc));
  }
}
