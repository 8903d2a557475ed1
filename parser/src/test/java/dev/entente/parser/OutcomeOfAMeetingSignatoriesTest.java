package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * News pages that cite a joint text by the meeting it came out of («в меморандуме по итогам встречи президента A и
 * канцлера B»): the people who met, and their states, are its sides. Every text is written for these tests.
 */
final class OutcomeOfAMeetingSignatoriesTest {
  @Test
  void aMemorandumCitedByTheMeetingOfTwoHeads_givesTheirStates() {
    // GIVEN a report whose lead cites a memorandum «по итогам встречи» of the heads of two states, then quotes it
    Document doc = Parser.russian().parse("Финляндия и Польша предлагают расширить транзит.\n\n"
        + "Как сообщили в пресс-службе правительства, об этом говорится в меморандуме по итогам встречи"
        + " Президента Финляндии Ээро Ватанена и Премьер-министра Польши Яна Ковальского.\n\n"
        + "«Стороны намерены создать совместную группу по вопросам транзита», — говорится в документе.\n");
    // THEN the two heads' states are the sides
    assertEquals(List.of("FI", "PL"), sorted(doc.signatories()));
  }

  @Test
  void aJointStatementCitedByTheTalksOfTwoHeads_givesTheirStates() {
    // GIVEN a lead that cites a joint statement «по итогам переговоров» of two heads in the opening paragraph
    Document doc = Parser.russian().parse("Стороны договорились расширять торговлю, говорится в совместном заявлении"
        + " по итогам переговоров президента Чили и президента Перу.\n"
        + "Документ предусматривает создание рабочей группы.\n");
    // THEN their states are the sides
    assertEquals(List.of("CL", "PE"), sorted(doc.signatories()));
  }

  @Test
  void aStatementOfOneSideAfterTalks_isNoJointText() {
    // GIVEN a lead that cites a bare «заявление» (not joint, not a memorandum) made after talks of two heads
    Document doc = Parser.russian().parse("Стороны договорились расширять торговлю, говорится в заявлении"
        + " по итогам переговоров президента Чили и президента Перу.\n"
        + "Документ предусматривает создание рабочей группы.\n");
    // THEN it names no sides by that rule
    assertEquals(List.of(), sorted(doc.signatories()));
  }
}
