package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * «the Chilean Mining Minister, Mr A»: a state's adjective before the portfolio's words and the role
 * gives the person that state; a capitalised word that is no adjective gives none. Sentences written
 * for the test.
 */
final class PortfolioBeforeTheRoleTest {

  private static Document parse(String body) {
    return Parser.english().parse("portfolio", "Joint Statement by the Prime Minister of Australia and the President "
        + "of the Republic of Chile\n\n1. " + body + "\n");
  }

  @Test
  void anAdjectiveBeforeThePortfolio_givesTheParty() {
    Document doc = parse("The leaders noted that the Chilean Mining Minister, Mr Pablo Rojas, would visit Perth.");
    assertEquals("CL", People.partyOf(doc, "Pablo Rojas"), People.listed(doc));
  }

  @Test
  void twoPortfolioWords_stillTakeTheAdjective() {
    Document doc = parse("The Chilean Energy Resources Minister Tomas Baeza met the Australian Foreign Minister Ana Smith.");
    assertEquals("CL", People.partyOf(doc, "Tomas Baeza"), People.listed(doc));
  }
}
