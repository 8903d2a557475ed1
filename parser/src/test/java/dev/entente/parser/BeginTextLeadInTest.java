package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A media note that introduces a joint text with «Begin Text:» after a sentence saying who issued
 * it: that sentence is the document's opening and names the sides. Every text is written for these tests.
 */
final class BeginTextLeadInTest {
  @Test
  void issuedByTheGovernments_thenBeginTextOnItsOwnLine_namesThemAsTheSides() {
    // GIVEN a spokesperson's note whose sentence before «Begin Text:» names two governments as the agents
    Document doc = Parser.english().parse("en-test", "Joint Statement on Maritime Cooperation\n\n"
        + "Media Note\nOffice of the Spokesperson\nMarch 3, 2014\n\n"
        + "The following joint statement was issued by the Governments of the United States of America and the"
        + " Republic of Chile.\n\nBegin Text:\n\n"
        + "The two Governments reaffirm their commitment to the freedom of navigation and agree to deepen"
        + " cooperation on maritime security.\n\nEnd Text.\n");
    // THEN those two adopt it
    assertEquals(List.of("CL", "US"), sorted(doc.signatories()));
  }

  @Test
  void beginTextClosingTheSameLine_namesTheAgentsAsTheSides() {
    Document doc = Parser.english().parse("en-test", "Media Note\nOffice of the Spokesperson\nMay 5, 2015\n\n"
        + "The following joint statement was released by the Governments of Japan and the Republic of Peru."
        + " Begin text.\n\n"
        + "Both countries reaffirm their shared commitment to open trade in the Asia-Pacific region.\n");
    assertEquals(List.of("JP", "PE"), sorted(doc.signatories()));
  }
}
