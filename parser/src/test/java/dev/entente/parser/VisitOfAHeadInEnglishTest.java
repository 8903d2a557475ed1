package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The English form of a visit that names a document's sides: a guest's state and the state the visit goes to
 * ("paid a State Visit to B", "is on an official visit to B"), and a title whose host is not found leaving it to the
 * lead. Every text is written for these tests.
 */
final class VisitOfAHeadInEnglishTest {
  @Test
  void aPresidentPayingAStateVisitToAState_givesTheGuestAndTheHost() {
    // GIVEN a joint statement whose lead has one head pay a visit "to" another state, the host's head inviting him
    Document doc = Parser.english().parse("en-test", "Joint Communique on the State Visit of the President of Ghana\n\n"
        + "At the invitation of the President of the Republic of Kenya, the President of the Republic of Ghana paid a"
        + " State Visit to Kenya from 3 to 5 March 2024. The two Presidents held talks and signed the joint communique.\n");
    // THEN the guest's state and the host are the sides
    assertEquals(List.of("GH", "KE"), sorted(doc.signatories()));
  }

  @Test
  void aTitleWhoseHostIsNotFound_leavesTheVisitToTheLead() {
    // GIVEN a title with the host misspelt, and a lead that names the visit again
    Document doc = Parser.english().parse("en-test", "Joint Statement on the State Visit of the President of Mozambique"
        + " to Zambiia\n\nThe President of the Republic of Mozambique paid a State Visit to Zambia from 10 to 12 June"
        + " 2023, at the invitation of the President of Zambia. The two sides adopted this Joint Statement.\n");
    assertEquals(List.of("MZ", "ZM"), sorted(doc.signatories()));
  }
}
