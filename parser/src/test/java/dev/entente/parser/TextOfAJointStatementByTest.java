package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A media note whose sentence before «Begin Text:» names the authors right after the kind of
 * document, without a passive verb («The text of a joint statement by A and B follows.»). Every text
 * is written for these tests.
 */
final class TextOfAJointStatementByTest {
  @Test
  void theTextOfAJointStatementBy_beforeBeginText_namesTheSides() {
    // GIVEN a note whose lead sentence names the two governments after «joint statement by»
    Document doc = Parser.english().parse("en-test", "Joint Statement on Energy Cooperation\n\n"
        + "Media Note\nOffice of the Spokesperson\nMay 5, 2015\n\n"
        + "The text of a joint statement by the Governments of the United States of America and the Republic"
        + " of Poland follows.\n\nBegin Text:\n\n"
        + "The two Governments reaffirm their commitment to energy security and agree to deepen"
        + " cooperation on nuclear power.\n\nEnd Text.\n");
    // THEN those two adopt it
    assertEquals(List.of("PL", "US"), sorted(doc.signatories()));
  }

  @Test
  void aStatementAboutTwoStates_inALaterSentence_namesNoSides() {
    // GIVEN a ministry's statement whose later sentence recalls a joint statement of two other states
    Document doc = Parser.english().parse("en-test", "Statement by the Spokesperson\n\n"
        + "The Ministry follows the situation closely. It recalls the joint statement by the Governments of"
        + " Chile and Peru on fisheries.\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }
}
