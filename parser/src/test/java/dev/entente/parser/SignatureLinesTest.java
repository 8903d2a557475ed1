package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Signature blocks under a text: a signer's name alone on its line, under it the role, and the state
 * it serves on the same line or alone on the next («Name ⏎ MINISTER OF FOREIGN AFFAIRS ⏎ REPUBLIC OF
 * …»). The whole line is the name, though the name shapes alone read only a part of it, and the states
 * so signed for are the signatories. Texts written for these tests in the house style of regional
 * organisations' declarations.
 */
final class SignatureLinesTest {

  private static List<String> people(Document doc) {
    return doc.participants().stream().map(p -> p.name() + "/" + p.party().orElse("-")).collect(Collectors.toList());
  }

  @Test
  void aBlockOfNameRoleAndStateLines_givesWholeNamesTheirStatesAndTheSignatories() {
    // GIVEN a declaration signed by three ministers, each name over a role line over a state line, one addressed
    Document doc = Parser.english().parse("en-test", "Joint Declaration on Maritime Cooperation\n\n"
        + "1. The Ministers agreed to strengthen cooperation in maritime safety.\n\n"
        + "2. The Ministers agreed to meet again next year.\n\n"
        + "Signed in Bangkok this 12th day of May 2019.\n\n"
        + "HRH Prince Abdul Karim\nMINISTER OF FOREIGN AFFAIRS\nBRUNEI DARUSSALAM\n\n"
        + "Teodoro L. Ramos Cruz\nSECRETARY OF FOREIGN AFFAIRS\nREPUBLIC OF THE PHILIPPINES\n\n"
        + "Tan Boon Keng\nMINISTER FOR FOREIGN AFFAIRS\nREPUBLIC OF SINGAPORE\n");
    // THEN each signer is named in full with the state under his name
    assertEquals(List.of("Abdul Karim/BN", "Teodoro L. Ramos Cruz/PH", "Tan Boon Keng/SG"), people(doc));
    // AND the three states sign
    assertEquals(List.of("BN", "PH", "SG"), sorted(doc.signatories()));
  }

  @Test
  void aBlockOfNameLinesOverARoleOfAState_givesWholeNames() {
    // GIVEN two signers, each role and state on one line under the name
    Document doc = Parser.english().parse("en-test", "Joint Statement\n\n"
        + "1. The two sides agreed to expand trade and investment.\n\n"
        + "Lim Chee Hwa\nMinister for Foreign Affairs of the Republic of Singapore\n\n"
        + "Maria Teresa Lopez Reyes\nSecretary of Foreign Affairs of the Republic of the Philippines\n");
    // THEN the names are whole and the signers' states sign
    assertEquals(List.of("Lim Chee Hwa/SG", "Maria Teresa Lopez Reyes/PH"), people(doc));
    assertEquals(List.of("PH", "SG"), sorted(doc.signatories()));
  }

  @Test
  void aHeadingOverARole_isNoSigner() {
    // GIVEN a heading of two capitalised words over a line that holds a role and its state
    Document doc = Parser.english().parse("en-test", "Joint Statement\n\n"
        + "1. The two sides agreed to expand trade.\n\n"
        + "Closing Remarks\nPrime Minister of Japan\n\n"
        + "2. The two sides agreed to meet again.\n");
    // THEN no one is named
    assertEquals(List.of(), people(doc));
  }
}
