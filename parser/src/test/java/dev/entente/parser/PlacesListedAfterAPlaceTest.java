package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parties a place's list goes on with («our partners in A, B and C») are places too, not the
 * sides a collective subject names. Every text is written for these tests.
 */
final class PlacesListedAfterAPlaceTest {
  @Test
  void statesListedAfterAPlacesPreposition_areNoSidesOfTheWeSubject() {
    // GIVEN a joint statement whose «We» sentence lists the partners' states after «in»
    Document doc = Parser.english().parse("en-test", "Joint Statement on a Regional Rail Corridor\n\n"
        + "Today, on the margins of the summit in Nairobi, the United States and the European Union welcomed"
        + " the commitment to build a regional rail corridor.\n\n"
        + "We are excited to join forces to generate economic benefits with our partners in Kenya, the United"
        + " Republic of Tanzania and Uganda.\n\n"
        + "The corridor will connect ports and mines across the region.\n");
    // THEN only the two that welcomed it adopt it
    assertEquals(List.of("EU", "US"), sorted(doc.signatories()));
  }
}
