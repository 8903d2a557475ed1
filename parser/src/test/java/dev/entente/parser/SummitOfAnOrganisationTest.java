package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Heads of state who meet at an organisation's summit adopt the text with the organisation; a
 * session they meet on the sidelines of is only where they meet. Every text is written for these tests.
 */
final class SummitOfAnOrganisationTest {
  @Test
  void headsWhoMetAtTheSummitOfAnOrganisation_adoptWithIt() {
    // GIVEN a declaration whose heads met at an organisation's numbered summit
    Document doc = Parser.english().parse("en-test", "Abuja Declaration\n\n"
        + "The President of the Republic of Ghana and the President of the Republic of Senegal met at the Tenth"
        + " Summit meeting of the Economic Community of West African States (ECOWAS) held in Abuja on 3 May 2019.\n\n"
        + "2. The Heads of State welcomed the progress of regional integration.\n");
    // THEN the organisation adopts it with the two states
    assertEquals(List.of("ECOWAS", "GH", "SN"), sorted(doc.signatories()));
  }

  @Test
  void headsWhoMetAtASessionOfAnOrgan_adoptWithoutTheOrganisation() {
    Document doc = Parser.english().parse("en-test", "Joint Statement\n\n"
        + "The President of the Republic of Ghana and the President of the Republic of Senegal met at the"
        + " Seventy-Eighth Session of the United Nations General Assembly in New York on 20 September 2023.\n\n"
        + "2. The two Presidents welcomed the progress of regional integration.\n");
    assertEquals(List.of("GH", "SN"), sorted(doc.signatories()));
  }
}
