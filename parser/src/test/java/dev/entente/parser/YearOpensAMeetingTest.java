package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A year that opens a body's name dates one meeting of it: no standing body is named. Sentences written for this test. */
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
}
