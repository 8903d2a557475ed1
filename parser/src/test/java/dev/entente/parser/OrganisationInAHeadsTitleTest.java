package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An organisation that opens a head's title («… of Spain and G7 President») is part of the title,
 * not a side joined to the state before it. Every text is written for these tests.
 */
final class OrganisationInAHeadsTitleTest {
  @Test
  void anOrganisationOpeningAHeadsTitle_isNoSide() {
    // GIVEN a co-chairs' statement whose first co-chair is the head of a state and the group's presidency
    Document doc = Parser.english().parse("en-test", "G7 Partnership for Infrastructure Side Event Co-Chair Statement\n\n"
        + "The President of the Council of Ministers of Spain and G7 President,\n"
        + "Ana Ruiz, and the President of the United States, John Smith,\n"
        + "met with the other Leaders of the G7 and Spanish and U.S. private sector\n"
        + "representatives on the margins of the Summit to discuss investment in infrastructure.\n\n"
        + "The Leaders welcomed new commitments of private capital.\n");
    // THEN the two co-chairs' states adopt it, not the group
    assertEquals(List.of("ES", "US"), sorted(doc.signatories()));
  }
}
