package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A grouping that only qualifies the subject's noun before the states it is «of» ("We the Quad
 * partners of A, B and C") is how the states are mentioned: the states are the sides. An organisation
 * that defines the subject («the member states of the CSTO, A, B and C») adopts the text with them.
 * Every text is written for these tests.
 */
final class GroupingThatQualifiesTheSubjectTest {
  @Test
  void aGroupingBeforeTheSubjectsNoun_ofNamedStates_isNoSide() {
    // GIVEN a White House style opening: the grouping's name, a noun, then «of» and the states
    Document doc = Parser.english().parse("en-test", "Joint Statement\n\n"
        + "We the Quad partners of Australia, India, Japan, and the United States are launching a public campaign to"
        + " improve cyber security across our nations.\n\n"
        + "We invite users to join the campaign.\n");
    // THEN the states named are the sides, the grouping only mentioned
    assertEquals(List.of("AU", "IN", "JP", "US"), sorted(doc.signatories()));
  }

  @Test
  void aCapitalisedNounAfterTheGrouping_ofNamedStates_leavesTheStates() {
    Document doc = Parser.english().parse("en-test", "Joint Statement\n\n"
        + "We, the BRICS leaders of Brazil, Russia, India, China and South Africa, met in Durban and adopted this statement.\n");
    assertEquals(List.of("BR", "CN", "IN", "RU", "ZA"), sorted(doc.signatories()));
  }

  @Test
  void anOrganisationThatDefinesTheSubject_adoptsWithTheStatesItLists() {
    Document doc = Parser.english().parse("en-test", "Joint Statement\n\n"
        + "We, the Heads of State of the member states of the Collective Security Treaty Organization, Armenia, Belarus"
        + " and Kazakhstan, adopted this statement.\n");
    assertEquals(List.of("AM", "BY", "CSTO", "KZ"), sorted(doc.signatories()));
  }
}
