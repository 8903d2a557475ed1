package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * A text that names its own occasion only by pointing at it («сегодняшние переговоры», «нынешний визит»), as
 * statements for the press do: the pointing words name the event where the text names no other.
 */
final class OccasionNamedByPointingTest {

  @Test
  void occasionNamedOnlyByPointing_noOtherEvent() {
    // GIVEN a text whose only mention of an occasion points at today's talks
    Document doc = parse("Сегодняшние переговоры прошли в дружественной и деловой атмосфере.",
        "Стороны обсудили вопросы торговли.");
    // WHEN the events are read
    // THEN the talks are the one event, held
    assertEquals(1, doc.events().size(), dump(doc));
    Event talks = doc.events().get(0);
    assertEquals(EventKind.TALKS, talks.kind(), dump(doc));
    assertEquals(EventStatus.HELD, talks.status(), dump(doc));
  }

  @Test
  void occasionNamedOnlyByPointing_anEventNamedElsewhere() {
    // GIVEN a text that names its summit and then points at it
    Document doc = parse("Стороны провели второй саммит глав государств 15 марта 2024 года в Астане.",
        "Сегодняшние переговоры прошли в дружественной атмосфере.");
    // WHEN the events are read
    // THEN the pointing words add no event of their own
    assertEquals(1, doc.events().size(), dump(doc));
    assertEquals(EventKind.SUMMIT, doc.events().get(0).kind(), dump(doc));
  }
}
