package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 23: a joint statement or joint communiqué the text cites by its name is an initiative, as a joint
 * declaration is; one that a colon closes introduces the text that follows, the document itself. Sentences
 * written for the test.
 */
final class EnglishCitedJointStatementsTest {
  private static final Parser PARSER = Parser.english();

  private static List<String> initiatives(String body) {
    Document doc = PARSER.parse("en-cited", "Joint Statement of Norway and Chile\n\nOslo, 3 May 2024\n\n" + body + "\n");
    return doc.initiatives().stream().map(Initiative::name).collect(Collectors.toList());
  }

  @Test
  void aCitedJointCommunique_isAnInitiative() {
    // The name's extent past «of» is NameExtent's: the head and its first complement are what this rule reads.
    List<String> found = initiatives("The two sides stressed their commitment to the Joint Communiqué on the Establishment of Diplomatic"
            + " Relations between Norway and Chile issued on 3 January 1992.");
    assertTrue(found.size() == 1 && found.get(0).startsWith("Joint Communiqué on the Establishment"), found::toString);
  }

  @Test
  void aCitedJointStatement_isAnInitiative() {
    assertEquals(List.of("Joint Statement on the Development of the Strategic Partnership"),
        initiatives("The sides recalled the Joint Statement on the Development of the Strategic Partnership signed in 2011."));
  }

  @Test
  void aJointCommuniqueThatAColonCloses_isTheDocumentItself() {
    List<String> found = initiatives("The two sides held talks and agreed to issue the following Joint Communiqué of the"
        + " two Governments:\n\n1. The sides agreed to deepen their cooperation.");
    assertTrue(found.isEmpty(), found::toString);
  }
}
