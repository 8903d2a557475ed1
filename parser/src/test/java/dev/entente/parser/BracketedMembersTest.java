package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An organisation's organ that speaks through members listed in a bracket after its name («The
 * Co-Chairs of the OSCE Minsk Group (A of B, C of D …) met …»): the members' parties are sides (the organisation
 * that only owns the group is none, {@link SignatoryResolver}'s owner of a group). Every text is written for these tests.
 */
final class BracketedMembersTest {
  @Test
  void englishMfaPage_coChairsNamedInABracket_addTheirStates() {
    // GIVEN the co-chairs of an organisation's group, each named in a bracket with his state
    Document doc = Parser.english().parse("en-test", "Joint Statement by the Co-Chairs\n\n"
        + "The Co-Chairs of the OSCE Minsk Group (John Brown of the United States of America, Pierre Morel of"
        + " France, and Ivan Petrov of the Russian Federation) met in Vienna with the two Foreign Ministers and"
        + " issued the following statement.\n\n"
        + "The Co-Chairs urged the sides to respect the ceasefire.\n");
    // THEN the three states adopt it; the organisation only owns the group (gold review s32: the co-chair states sign)
    assertEquals(List.of("FR", "RU", "US"), sorted(doc.signatories()));
  }

  @Test
  void englishMfaPage_bracketWithTheOrgansAbbreviation_addsNoSide() {
    // GIVEN a bracket that only abbreviates the organ's name
    Document doc = Parser.english().parse("en-test", "Communique\n\n"
        + "The Peace and Security Council of the African Union (PSC), at its 500th meeting held in Addis Ababa,"
        + " adopted the following decision on the situation in Sudan and South Sudan.\n\n"
        + "The Council calls for a ceasefire.\n");
    // THEN the organisation alone adopts it
    assertEquals(List.of("AFRICAN_UNION"), sorted(doc.signatories()));
  }
}
