package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A meeting told by a verb of gathering is named by who met, in the genitive plural, and its place, on sentences written
 * for this test (none is taken from a real document).
 */
final class EventGatheringNamedByWhoMetTest {

  @Test
  void ministersWhoMet_nameTheMeeting() {
    // GIVEN ministers in apposition to «Мы», an adverb between them and the verb of gathering
    Document doc = DatedStatements.russian("Мы, министры транспорта стран Центральной Азии, вновь собрались в Астане.");
    // THEN the meeting is the ministers' in Astana
    assertTrue(doc.events().stream().anyMatch(e -> e.name().equals("встреча министров транспорта стран Центральной Азии в Астане")),
        () -> events(doc));
  }

  @Test
  void aPronounAlone_leavesThePlace() {
    // GIVEN only «Мы» before the verb
    Document doc = DatedStatements.russian("Мы собрались в Астане, чтобы обсудить транспорт.");
    // THEN the place alone names the meeting
    assertTrue(doc.events().stream().anyMatch(e -> e.name().equals("встреча в Астане")), () -> events(doc));
  }
}
