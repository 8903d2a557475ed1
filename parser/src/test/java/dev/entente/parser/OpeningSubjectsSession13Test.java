package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Opening sentences that name who adopts a text: ministers of several states who met at a
 * government's invitation, and states that announce what they will do together. Every text is
 * written for these tests.
 */
final class OpeningSubjectsSession13Test {
  @Test
  void ministersWhoMetAtAGovernmentsInvitation_withADeputyPrimeMinisterAmongThem_areAllSides() {
    // GIVEN a communiqué opening with a government's invitation and four states' ministers, one a deputy head, who met
    Document doc = Parser.english().parse("en-test", "At the invitation of the Government of Malaysia the Minister"
        + " for Foreign Affairs of Indonesia, the Deputy Prime Minister of Thailand, the Secretary of Foreign Affairs"
        + " of the Philippines and the Minister of Foreign Affairs of Malaysia met in Kuala Lumpur from 4 to 6 May 1970,"
        + " and after fruitful discussions,\n\n"
        + "  1. Agreed to hold the next meeting in Manila.\n"
        + "  2. Agreed to set up a standing committee.\n");
    // THEN every state whose minister met adopts it, not only the head's and the host government's
    assertEquals(List.of("ID", "MY", "PH", "TH"), sorted(doc.signatories()));
  }

  @Test
  void statesThatAnnounceTheirIntent_afterAnOpeningSentence_areTheSides() {
    Document doc = Parser.english().parse("en-test", "Joint Statement on a Humanitarian Air Bridge\n\n"
        + "The situation of the displaced is grave. That is why today, Germany, Italy, Jordan and the United States"
        + " announce our intent to open an air bridge to deliver food and medicine.\n\n"
        + "We will coordinate with the United Nations.\n");
    assertEquals(List.of("DE", "IT", "JO", "US"), sorted(doc.signatories()));
  }
}
