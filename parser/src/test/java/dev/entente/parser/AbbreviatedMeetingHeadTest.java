package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A meeting's head written as an abbreviation («COP», «MC») names a meeting only numbered; alone it is the
 * letters of an honour or part of a document's symbol. Sentences written for this test.
 */
final class AbbreviatedMeetingHeadTest {
  private static final Parser ENGLISH = Parser.english();

  @Test
  void anAbbreviationWithoutANumber_namesNoMeeting() {
    Document doc = ENGLISH.parse("en-abbr", "Joint Statement of Canada and the Republic of Chile\n\nOttawa, 10 June 2025\n\n"
        + "1. The Ministers were received by the Governor-General, General (Rtd) John Smith AC CVO MC. They looked forward"
        + " to COP30 in Belem and recalled decision 15/4 in document CBD/COP/15/17.\n");
    assertEquals(List.of("COP30"), doc.events().stream().map(Event::name).collect(Collectors.toList()));
  }
}
