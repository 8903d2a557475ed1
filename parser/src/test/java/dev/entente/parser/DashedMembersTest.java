package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An organisation's members listed between dashes after the noun for them ("the Pacific Alliance member
 * countries—A, B, C and D—welcome …"): the members speak beside the organisation. Texts written for these tests.
 */
final class DashedMembersTest {

  @Test
  void membersBetweenUnspacedDashes_areSidesBesideTheOrganisation() {
    Document doc = Parser.english().parse("en-test", "Joint Communiqué of the Pacific Alliance on the New Trade Rules\n\n"
        + "The Pacific Alliance member countries—Chile, Colombia, Mexico and Peru—welcome the protocol on rules of"
        + " origin signed in Lima last month.\n\nThe rules simplify trade among the four countries.\n");
    assertEquals(List.of("CL", "CO", "MX", "PACIFIC_ALLIANCE", "PE"), sorted(doc.signatories()));
  }

  @Test
  void aListThatRunsOnWithoutAClosingDash_addsNoSides() {
    // GIVEN a dash that opens a list the sentence never closes: it may say what the members agreed on
    Document doc = Parser.english().parse("en-test", "Joint Communiqué of the Pacific Alliance on the New Trade Rules\n\n"
        + "The Pacific Alliance member countries welcome the protocol signed in Lima - trade with Chile and Peru"
        + " will grow.\n");
    assertEquals(List.of("PACIFIC_ALLIANCE"), sorted(doc.signatories()));
  }
}
