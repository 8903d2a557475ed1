package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An organisation's organ of its leaders («the Authority of Heads of State and Government») is a mechanism (session 15). */
final class EnglishLeadersOrgansTest {
  private static final Parser PARSER = Parser.english();

  private static List<String> mechanisms(String body) {
    Document doc = PARSER.parse("en-test", "Final Communique\n\nAbuja, 14 May 2025\n\n" + body + "\n");
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  @Test
  void theAuthorityOfHeadsOfStateIsAMechanism() {
    List<String> found = mechanisms("1. The Authority of Heads of State and Government of the Community "
        + "reviewed the political situation in the region.");
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Authority of Heads of State")), found::toString);
  }

  @Test
  void theConferenceOfHeadsOfGovernmentIsAMechanism() {
    List<String> found = mechanisms("1. The Conference of Heads of Government agreed to review the single market "
        + "at its next regular meeting.");
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Conference of Heads of Government")), found::toString);
  }

  /** «the successive BRICS Summits»: a grouping's summits in the plural, with describing words before, are the grouping. */
  @Test
  void describedSummitsOfAGroupingAreTheGrouping() {
    List<String> found = mechanisms("1. As we build upon the successive BRICS Summits, we further commit ourselves "
        + "to enhancing our cooperation.");
    assertTrue(found.isEmpty(), found::toString);
  }
}
