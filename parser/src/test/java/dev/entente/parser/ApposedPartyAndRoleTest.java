package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * «A B, the IGAD Special Envoy for …»: a party named right before a role apposed to a name, after its
 * comma and article, is the role's and the person's. Every text is written for these tests.
 */
final class ApposedPartyAndRoleTest {
  private static Document english(String point) {
    return Parser.english().parse("en-test", "Communique of the Council of Ministers\n\n1. " + point
        + "\n\n2. The Council welcomed the report.\n");
  }

  @Test
  void anOrganisationBeforeTheApposedRole_isThePersonsParty() {
    // GIVEN those also present, each a name, a comma, an article, an organisation and a role
    Document doc = english("Also present were H.E. Tomas Lindgren, the European Union Special Representative for"
        + " the Sahel; and Dr. Amina Yusuf, the ECOWAS Special Envoy for Mali.");
    // WHEN it is parsed
    // THEN each serves the organisation named before the role
    assertEquals("EU", People.partyOf(doc, "Tomas Lindgren"), People.listed(doc));
    assertEquals("ECOWAS", People.partyOf(doc, "Amina Yusuf"), People.listed(doc));
  }

  @Test
  void aStatesAdjectiveBeforeTheApposedRole_isThePersonsParty() {
    // GIVEN a name, a comma, an article, a state's adjective and a role
    Document doc = english("The session was opened by H.E. Mr. Kofi Asante, the Ghanaian Minister for Foreign Affairs.");
    // WHEN it is parsed
    // THEN the person serves that state
    assertEquals("GH", People.partyOf(doc, "Kofi Asante"), People.listed(doc));
  }
}
