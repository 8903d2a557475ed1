package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A standing body named after a programme or strategy («the Extended Deterrence Strategy and Consultation
 * Group», «the ACT-Accelerator multilateral mechanism») is one arrangement: the words of its name are no
 * initiative of their own. Texts written for the test, in the style of alliance and health summit statements.
 */
final class InitiativeInsideABodysNameTest {

  private static List<String> initiatives(Document doc) {
    return doc.initiatives().stream().map(Initiative::name).toList();
  }

  @Test
  void aStrategyJoinedByAndToAGroup_isTheFirstHalfOfTheGroupsName() {
    // GIVEN a body whose name opens with a capitalised «… Strategy and» before a group's head
    Document doc = Parser.english().parse("alliance", "Joint Statement of Canada and Norway\n\n"
        + "1. The two sides will strengthen the Arctic Security Strategy and Consultation Group to prepare joint "
        + "exercises. They welcomed the Northern Waters Strategy adopted last year.\n\n"
        + "Ottawa, 3 March 2024\n");
    // WHEN its initiatives are read
    List<String> found = initiatives(doc);
    // THEN the strategy inside the group's name is none; the strategy named alone stays
    assertFalse(found.stream().anyMatch(n -> n.startsWith("Arctic Security Strategy")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Northern Waters Strategy")), found::toString);
  }

  @Test
  void aKnownInitiativeInsideAMechanismsName_isNotASecondItem() {
    // GIVEN a known initiative's short name that opens a mechanism's name, and nowhere else
    Document doc = Parser.english().parse("health", "Chair's Statement of the Global Health Meeting\n\n"
        + "We reaffirm our support for the ACT Accelerator multilateral mechanism and call for more funding.\n\n"
        + "Geneva, 12 May 2022\n");
    // WHEN its initiatives and mechanisms are read
    List<String> found = initiatives(doc);
    List<String> bodies = doc.mechanisms().stream().map(Mechanism::name).toList();
    // THEN the mechanism stands alone, no initiative beside it
    assertTrue(bodies.stream().anyMatch(n -> n.contains("Accelerator")), bodies::toString);
    assertFalse(found.stream().anyMatch(n -> n.contains("Accelerator")), found::toString);
  }

  @Test
  void aKnownInitiativeNamedAlsoOnItsOwn_stays() {
    // GIVEN the same initiative also named outside the mechanism's name
    Document doc = Parser.english().parse("health", "Chair's Statement of the Global Health Meeting\n\n"
        + "We reaffirm our support for the ACT Accelerator multilateral mechanism. The ACT Accelerator has "
        + "delivered tests and treatments to many countries.\n\n"
        + "Geneva, 12 May 2022\n");
    // WHEN its initiatives are read
    List<String> found = initiatives(doc);
    // THEN the initiative named on its own is kept
    assertTrue(found.stream().anyMatch(n -> n.contains("Accelerator")), found::toString);
  }

  @Test
  void aResolutionThatSetUpABody_staysBesideIt() {
    // GIVEN a committee named with the resolution that set it up
    Document doc = Parser.english().parse("committee", "Statement by the President of the Security Council\n\n"
        + "The Council welcomes the work of the Committee established pursuant to resolution 1540 and calls on all "
        + "States to report to it.\n\nNew York, 4 June 2024\n");
    // WHEN its initiatives are read
    List<String> found = initiatives(doc);
    // THEN the resolution is one
    assertTrue(found.stream().anyMatch(n -> n.contains("1540")), found::toString);
  }

  @Test
  void aResolutionAfterAReportsChapter_isAPartOfTheCitedReport() {
    // GIVEN a footnote that cites a conference report by chapter and the resolution inside it
    Document doc = Parser.english().parse("footnote", "Political Declaration of the Conference\n\n"
        + "1. We recall General Assembly resolution 75/233 on development cooperation.\n\n"
        + "2 Report of the World Summit on the Information Society, Geneva, 10-12 December 2003 (United Nations "
        + "publication), chap. I, resolution 1, annex.\n\n"
        + "New York, 4 June 2024\n");
    // WHEN its initiatives are read
    List<String> found = initiatives(doc);
    // THEN the cited report's resolution is none; the resolution the text recalls stays
    assertFalse(found.stream().anyMatch(n -> n.endsWith("resolution 1")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.contains("75/233")), found::toString);
  }
}
