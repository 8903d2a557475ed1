package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A minister's portfolio that lists its fields («Minister for Industry, Tourism and Resources»,
 * «Minister for Foreign Affairs, Trade & Immigration») is part of the role: the party before or after
 * it is the role's, and the name after its comma and forms of address holds it. Every text is written
 * for these tests.
 */
final class PortfolioListTest {
  private static Document english(String point) {
    return Parser.english().parse("en-test", "Joint Statement of New Zealand and Samoa\n\n1. " + point
        + "\n\n2. The two sides agreed to expand trade.\n");
  }

  @Test
  void fieldsAfterARoleAndAStatesAdjective_reachTheNameAfterTheComma() {
    // GIVEN a state's adjective, a role, the fields of its portfolio, a comma, a form of address and a name
    Document doc = english("The leaders welcomed the visit by the Samoan Minister for Agriculture, Fisheries and"
        + " Forestry, Hon. Tuilagi Sefo, in March.");
    // WHEN it is parsed
    // THEN the person serves the state of the adjective
    assertEquals("WS", People.partyOf(doc, "Tuilagi Sefo"), People.listed(doc));
  }

  @Test
  void fieldsJoinedByAnAmpersand_reachThePartyAfterThem() {
    // GIVEN a role that ends in one field, more fields after a comma and an ampersand, then the party and the name
    Document doc = english("Also present was the Minister for Foreign Affairs, Trade & Labour of New Zealand,"
        + " Hon. Rachel Whitmore MP.");
    // WHEN it is parsed
    // THEN the person serves the state after the fields
    assertEquals("NZ", People.partyOf(doc, "Rachel Whitmore"), People.listed(doc));
  }

  @Test
  void aGivenNameAfterAnd_isNoField() {
    // GIVEN a role joined by «and» to a person's name, whose state follows the name
    Document doc = english("The talks were held by the Foreign Minister and Helen Clarke of New Zealand.");
    // WHEN it is parsed
    // THEN the name stays a name
    assertEquals("NZ", People.partyOf(doc, "Helen Clarke"), People.listed(doc));
  }
}
