package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.mechanism;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Session 25: a council or commission that names one state alone is that state's own organ, no mechanism; one
 * that names both sides, or «между» them, stays (sentences written for the test).
 */
final class OneStatesOrganSession25Test {

  @Test
  void councilOfOneState_isNoMechanism() {
    Document doc = parse("Стороны приветствовали решение Национального совета Республики Казахстан по вопросам водных ресурсов.");
    assertTrue(mechanism(doc, "совет").isEmpty(), () -> dump(doc));
  }

  @Test
  void commissionBetweenTwoStates_staysAMechanism() {
    Document doc = parse("Стороны отметили работу Межправительственной комиссии по сотрудничеству между Республикой "
        + "Казахстан и Республикой Узбекистан.");
    assertTrue(mechanism(doc, "Межправительственная комиссия").isPresent(), () -> dump(doc));
  }

  @Test
  void commissionNamedByAPairOfSides_staysAMechanism() {
    Document doc = parse("Стороны отметили работу Казахстанско-узбекской межправительственной комиссии.");
    assertTrue(mechanism(doc, "межправительственная комиссия").isPresent(), () -> dump(doc));
  }
}
