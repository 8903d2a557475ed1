package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "the review of the three Community Blueprints": a plural head right after a word that counts several
 * names several texts of a kind, not one; the blueprint named in full stays. Text written for the test, in
 * the style of ASEAN ministers' communiqués.
 */
final class CountOfSeveralNotInitiativeTest {

  @Test
  void threeBlueprints_nameNoOneText() {
    Document doc = Parser.english().parse("count", "Joint Communique of the ASEAN Foreign Ministers\n\n"
        + "The Ministers welcomed the progress in implementing the ASEAN Economic Community Blueprint 2025 and looked "
        + "forward to the review of the three Community Blueprints in 2026.\n\n"
        + "Bangkok, 31 July 2025\n");
    List<String> found = doc.initiatives().stream().map(Initiative::name).toList();
    assertFalse(found.contains("Community Blueprints"), found::toString);
    assertTrue(found.contains("ASEAN Economic Community Blueprint 2025"), found::toString);
  }
}
