package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Session 15: a commission the gazetteer lists as an organisation's organ and names by the organisation
 * («Комиссия Африканского союза») is the organisation's executive and counts as the organisation, no
 * mechanism; the organisation's council of heads of state and a commission of the sides' own stay
 * mechanisms (an organ named from the organisation's first word, «Евразийская экономическая комиссия», is
 * RussianHouseStylesTest's). Sentences written for the test in the house style of joint statements.
 */
final class OrganisationsCommissionTest {

  @Test
  void anOrganisationsListedCommissionIsTheOrganisation() {
    // GIVEN
    Document doc = parse("В совещании приняли участие министры иностранных дел и руководство Комиссии Африканского союза.");
    // THEN
    assertTrue(doc.party("AFRICAN_UNION").isPresent(), dump(doc));
    assertTrue(doc.mechanisms().stream().noneMatch(m -> m.name().contains("Комисси")), dump(doc));
  }

  @Test
  void anOrganisationsCouncilStaysAMechanism() {
    // GIVEN
    Document doc = parse("Стороны условились внести этот вопрос на рассмотрение Совета глав государств СНГ.");
    // THEN
    assertTrue(doc.mechanisms().stream().anyMatch(m -> m.name().startsWith("Совет глав государств")), dump(doc));
  }

  @Test
  void theSidesOwnCommissionStaysAMechanism() {
    // GIVEN
    Document doc = parse("Стороны высоко оценили работу Межправительственной комиссии по торгово-экономическому сотрудничеству.");
    // THEN
    assertTrue(doc.mechanisms().stream().anyMatch(m -> m.name().contains("комисси")), dump(doc));
  }
}
