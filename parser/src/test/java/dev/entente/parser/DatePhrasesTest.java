package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A stretch of the calendar named with an event's head («the second week of March 2019») is no
 * event, while talks dated the same way stay one; talks with a title-case name stay an event of
 * their own beside a visit; on sentences written for these tests (none is taken from a real
 * document).
 */
final class DatePhrasesTest {
  private static final Parser ENGLISH = Parser.english();

  private static Document english(String body) {
    return ENGLISH.parse("en-test", "Joint Statement of Canada and Chile\n\nOttawa, 12 November 2018\n\n" + body + "\n");
  }

  private static String events(Document doc) {
    return doc.events().stream().map(Event::name).collect(Collectors.joining("; "));
  }

  @Test
  void aWeekOfAMonth_isNoEvent() {
    // GIVEN a round of consultations to be held «in the second week of March 2019»
    Document doc = english("1. The Parties agreed that the next round of consultations will take place in the second"
        + " week of March 2019 in Santiago.");
    // THEN no event is named after the week
    assertFalse(doc.events().stream().anyMatch(e -> e.name().contains("week")), () -> events(doc));
  }

  @Test
  void talksOnTheirDays_stayAnEvent() {
    // GIVEN exploratory talks dated by the days after their head
    Document doc = english("1. The Parties held exploratory talks on June 4-5, 2018 in Santiago.");
    // THEN the talks are an event
    assertTrue(doc.events().stream().anyMatch(e -> e.name().contains("exploratory talks")), () -> events(doc));
  }

  @Test
  void namedTalksBesideAVisit_stayAnEvent() {
    // GIVEN a text that names a past state visit and a round of «Strategic Dialogue Talks»
    Document doc = english("1. The Ministers held the Strategic Dialogue Talks between Canada and Chile in Ottawa on"
        + " 12 November 2018.\n\n2. They recalled the State Visit by the President of Chile to Canada in 2016.");
    // THEN the talks are an event
    assertTrue(doc.events().stream().anyMatch(e -> e.name().contains("Strategic Dialogue Talks")), () -> events(doc));
  }
}
