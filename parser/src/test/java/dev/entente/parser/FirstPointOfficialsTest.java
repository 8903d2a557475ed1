package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text that opens with its first numbered point, no preamble before it: the officials of two states
 * that point names speak for them where nothing else names the sides, whatever their rank. Every text
 * is written for these tests.
 */
final class FirstPointOfficialsTest {
  @Test
  void aFirstPoint_namingAHostHeadAndAPartyLeader_givesBothStates() {
    // GIVEN a statement that opens «1. At the invitation of <PM of A>, <General Secretary of the party of B> paid a State visit to A»
    Document doc = Parser.english().parse("en-test", "1. At the invitation of H.E. Dr. Rajiv Kumar, Prime Minister of the"
        + " Republic of India, H.E. Mr. Tran Van Minh, General Secretary of the Communist Party of the Socialist"
        + " Republic of Viet Nam, paid a State visit to India from 4 to 6 March 2014.\n\n"
        + "2. The General Secretary laid a wreath at the memorial of Mahatma Gandhi.\n\n"
        + "3. The two sides agreed to expand trade in textiles.\n");
    // THEN both states adopt it
    assertEquals(List.of("IN", "VN"), sorted(doc.signatories()));
  }

  @Test
  void aFirstPoint_namingOneStatesOfficialsOnly_givesNoSides() {
    Document doc = Parser.english().parse("en-test", "1. H.E. Dr. Rajiv Kumar, Prime Minister of the Republic of India,"
        + " and H.E. Mr. Arun Mehta, Minister of External Affairs of India, opened the conference on trade.\n\n"
        + "2. The conference discussed trade in textiles.\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }
}
