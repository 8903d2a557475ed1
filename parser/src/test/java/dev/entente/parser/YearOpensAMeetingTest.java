package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A year that opens a body's or a meeting's name dates one meeting of it: no standing body is named. Sentences written for these tests. */
final class YearOpensAMeetingTest {
  private static final Parser ENGLISH = Parser.english();

  @Test
  void theYearsForumMeeting_isAMeeting_andNoStandingForum() {
    Document doc = ENGLISH.parse("en-year", "Joint Statement of Canada and the Republic of Chile\n\nOttawa, 10 June 2025\n\n"
        + "1. The Ministers directed the Committee on Regional Economic Issues to meet again before the 2026 Forum meeting.\n");
    assertEquals(List.of("Committee on Regional Economic Issues"),
        doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
    assertEquals(List.of("2026 Forum meeting"), doc.events().stream().map(Event::name).collect(Collectors.toList()));
  }

  @Test
  void aYearBeforeTheLeadersMeeting_datesOneMeeting() {
    Document doc = ENGLISH.parse("en-year", "Joint Statement of Canada and the Republic of Chile\n\nOttawa, 10 June 2025\n\n"
        + "1. The Prime Ministers looked forward to a report from officials in advance of their 2026 Leaders' Meeting.\n");
    assertEquals(List.of("Leaders' Meeting"), doc.events().stream().map(Event::name).collect(Collectors.toList()));
    assertEquals("2026", doc.events().get(0).date().map(Object::toString).orElse(null));
    assertEquals(List.of(), doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
  }
}
