package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The stop after a person's middle initial ends no name of an event («Meeting of President Joseph R.
 * Biden»), while a stop after a sentence still does. Sentences written for the test.
 */
final class NamesOverInitialsTest {
  private static final String HEAD = "Joint Statement of the United States and Japan\n\nWashington, April 10, 2024\n\n";

  private static List<String> events(String body) {
    Document doc = Parser.english().parse("initials", HEAD + body + "\n");
    return doc.events().stream().map(Event::name).collect(Collectors.toList());
  }

  @Test
  void aMiddleInitial_staysInsideTheName() {
    List<String> found = events("The leaders recalled the Meeting of President Joseph R. Biden and Prime Minister Kishida.");
    assertTrue(found.contains("Meeting of President Joseph R. Biden"), found::toString);
  }

  @Test
  void aSentencesStop_stillEndsTheName() {
    List<String> found = events("The leaders recalled the Summit in Tokyo. The Ministers will meet again.");
    assertEquals(List.of(), found.stream().filter(name -> name.contains("Ministers")).collect(Collectors.toList()));
  }
}
