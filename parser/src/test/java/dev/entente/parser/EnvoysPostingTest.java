package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * «…, High Commissioner in Australia», «…, Ambassador to France»: the state after an envoy's
 * title and a preposition of place is where the envoy is posted, not the party served; a
 * minister's state after «of» still is. Sentences written for the test.
 */
final class EnvoysPostingTest {

  private static Document parse(String body) {
    return Parser.english().parse("envoys", "Joint Communique\n\nThe Ministers met in Geneva on 3 March 2020.\n\n"
        + "The delegations were led by: " + body + "\n");
  }

  @Test
  void aHighCommissionerInAState_servesTheStateOfHisList() {
    Document doc = parse("Pakistan: Mr. Amir Khalid, High Commissioner in Australia.");
    assertEquals("PK", People.partyOf(doc, "Khalid"), People.listed(doc));
  }

  @Test
  void anAmbassadorToAState_doesNotServeIt() {
    Document doc = parse("Mr. Amir Khalid, Ambassador to France.");
    assertEquals("-", People.partyOf(doc, "Khalid"), People.listed(doc));
  }

  @Test
  void aMinisterOfAState_servesIt() {
    Document doc = parse("Mr. Amir Khalid, Minister of Trade of Pakistan.");
    assertEquals("PK", People.partyOf(doc, "Khalid"), People.listed(doc));
  }
}
