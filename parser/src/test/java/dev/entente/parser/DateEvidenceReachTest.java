package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A date makes a name that may be a standing body or a meeting («Forum», «Summit») a meeting only when it
 * stands near the name; a date far off in the sentence dates something else. Sentences written for these tests.
 */
final class DateEvidenceReachTest {
  private static final Parser ENGLISH = Parser.english();

  private static Document english(String body) {
    return ENGLISH.parse("en-reach", "Joint Statement of Canada and the Republic of Chile\n\nOttawa, 10 June 2025\n\n"
        + body + "\n");
  }

  @Test
  void aDateOfAnotherAct_farBeforeTheName_leavesAStandingForum() {
    Document doc = english("1. The Leaders recalled the accession of Chile to the Treaty of Amity and Cooperation in"
        + " Southeast Asia in 2003 and its active contribution to the work of the ASEAN Regional Forum.");
    assertEquals(List.of("ASEAN Regional Forum"), doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
    assertEquals(List.of(), doc.events().stream().map(Event::name).collect(Collectors.toList()));
  }

  @Test
  void aDateNearTheName_makesAMeeting() {
    Document doc = english("1. The Leaders welcomed the outcome of the Pacific Economic Forum on 3 May 2025.");
    assertEquals(List.of("Pacific Economic Forum"), doc.events().stream().map(Event::name).collect(Collectors.toList()));
  }
}
