package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A news page whose lead retells a joint text («…, говорится в совместном заявлении глав государств»)
 * names its sides as the one list of states of that sentence, a state named again as the place of
 * what it tells aside. Every text is written for these tests.
 */
final class SaidInAJointTextTest {
  @Test
  void aLeadSaidInAJointStatement_namesItsStatesAsTheSides() {
    // GIVEN a lead that attributes its news to a joint statement and names three states, one of them again as a place
    Document doc = Parser.russian().parse("Министры встретятся в Баку\n\n"
        + "Очередная встреча министров Азербайджана, Грузии и Турции пройдет в Азербайджане, говорится в совместном"
        + " заявлении министров иностранных дел.\n");
    // THEN the three states are the sides
    assertEquals(List.of("AZ", "GE", "TR"), sorted(doc.signatories()));
  }

  @Test
  void aHeadNamedBesideTheReport_doesNotStandForTheOthers() {
    // GIVEN a lead whose joint statement is published on one head's site, that head named in the same sentence
    Document doc = Parser.russian().parse("Саммит пройдет в Астане\n\n"
        + "Следующая встреча президентов Казахстана, Узбекистана и Таджикистана пройдет в Казахстане, говорится в"
        + " совместном заявлении, опубликованном на сайте президента Республики Казахстан Касым-Жомарта Токаева.\n");
    // THEN all three states are the sides, not his alone
    assertEquals(List.of("KZ", "TJ", "UZ"), sorted(doc.signatories()));
  }

  @Test
  void aReportThatNamesNoStates_leavesTheHeadAlone() {
    // GIVEN a joint statement said to be published on one head's site, the sentence naming no other state
    Document doc = Parser.russian().parse("Заявление опубликовано\n\n"
        + "Следующая встреча министров пройдет в Москве, говорится в совместном заявлении, опубликованном на сайте"
        + " президента Республики Казахстан Касым-Жомарта Токаева.\n");
    // THEN no other side is added to his
    assertEquals(List.of("KZ"), sorted(doc.signatories()));
  }
}
