package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A heading that names a mechanism with a numbered meeting of it and the paper's kind after it («… Working Group
 * 5th Meeting Joint Press Release») names the mechanism the text names, not one more. Every text is written for
 * these tests.
 */
final class MechanismRunOnIntoHeadingTest {

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).sorted().collect(Collectors.toList());
  }

  @Test
  void aMechanismRunOnIntoANumberedMeetingInTheHeading_isTheMechanismNamedInTheText() {
    // GIVEN a press release whose heading runs the group's name into its numbered meeting and the paper's kind
    Document doc = Parser.english().parse("run-on", "Arctic Shipping Working Group 5th Meeting Joint Press Release\n\n"
        + "Reykjavik, 4 June 2021\n\n"
        + "1. The Arctic Shipping Working Group met in Reykjavik on 3-4 June 2021 under the chairmanship of Iceland"
        + " and Norway.\n"
        + "2. Members of the Arctic Shipping Working Group reviewed progress on search and rescue cooperation.\n");
    // WHEN it is parsed
    // THEN the group is one mechanism, named as the text names it
    assertEquals(List.of("Arctic Shipping Working Group"), mechanisms(doc));
  }

  @Test
  void aNameWhoseDashJoinsTwoSides_staysWhole() {
    // GIVEN a council named by two sides joined by a spaced dash, and the same head alone
    Document doc = Parser.english().parse("run-on", "Joint Statement\n\nBrussels, 2 May 2022\n\n"
        + "1. The Council reviewed the work of the EU - Ukraine Association Council and its committees.\n");
    // WHEN it is parsed
    // THEN the council of the two sides keeps its name
    assertEquals(true, mechanisms(doc).stream().anyMatch(n -> n.contains("Ukraine")), mechanisms(doc).toString());
  }
}
