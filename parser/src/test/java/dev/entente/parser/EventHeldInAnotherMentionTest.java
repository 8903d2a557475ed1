package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * A gathering named in a heading with no sign of its status, then told as held in the body, on a text
 * written for this test (none is taken from a real document).
 */
final class EventHeldInAnotherMentionTest {
  private static final Parser ENGLISH = Parser.english();

  @Test
  void aHeadingsGatheringToldAsHeldLater_tookPlace() {
    // GIVEN a forum heading the text on a line with its city, then «was held» in the body
    Document doc = ENGLISH.parse("en-test", "SSFS(23)4\n\nTWENTIETH\n\nAPIA, SAMOA 10 – 12 May 2023\n\n"
        + "FORUM COMMUNIQUE\n\nSOUTH SEAS FORUM SECRETARIAT\n\n1\n\nSSFS(23)4\n\nTWENTIETH SOUTH SEAS FORUM Apia, Samoa\n\n"
        + "10 - 12 May 2023\n\nFORUM COMMUNIQUE\n\nThe Twentieth South Seas Forum was held in Apia, Samoa, from 10 – 12"
        + " May 2023 and was attended by Heads of State and Government of the member countries.\n");
    // THEN the one forum took place
    assertEquals(EventStatus.HELD, DatedStatements.event(doc, "FORUM").status(), () -> events(doc));
  }
}
