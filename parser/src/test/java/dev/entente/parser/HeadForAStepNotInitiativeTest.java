package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "prepare the Agreement for signature": a head followed only by the step the text goes through points
 * back to the agreement named before, it names none of its own; a name with words of its own after "for"
 * ("Framework for Cooperation on Critical Minerals") stays. Text written for the test, in the style of
 * trade joint statements.
 */
final class HeadForAStepNotInitiativeTest {

  @Test
  void anAgreementForSignature_pointsBack() {
    Document doc = Parser.english().parse("step", "Joint Statement of the United States and Viet Nam\n\n"
        + "The two sides will finalize the draft Agreement on Reciprocal Trade, prepare the Agreement for signature, and "
        + "complete domestic formalities. They welcomed the Framework for Cooperation on Critical Minerals.\n\n"
        + "Hanoi, 5 May 2025\n");
    List<String> found = doc.initiatives().stream().map(Initiative::name).toList();
    assertFalse(found.contains("Agreement for signature"), found::toString);
    assertTrue(found.contains("Agreement on Reciprocal Trade"), found::toString);
    assertTrue(found.contains("Framework for Cooperation on Critical Minerals"), found::toString);
  }
}
