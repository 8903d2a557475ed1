package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page with no title of its own whose opening names a document of a kind «между A и B» (a ratification, a
 * signing, a submission reported): the parties of that list are the document's sides. Every text is written for these tests.
 */
final class KindBetweenInTheLeadTest {
  @Test
  void anAgreementBetweenGovernmentsOfTwoStates_inARatificationReport_givesBoth() {
    // GIVEN a report whose lead names an agreement between the governments of two states
    Document doc = Parser.russian().parse("Ратификация\n\n"
        + "Государственная дума ратифицировала соглашение между правительствами России и Монголии о военном"
        + " сотрудничестве. Документ был подписан в марте.\n");
    // THEN both states are its sides
    assertEquals(List.of("MN", "RU"), sorted(doc.signatories()));
  }

  @Test
  void aTreatyBetweenTwoStates_afterTheHeadWhoSubmitsIt_givesBothNotTheHeadsStateAlone() {
    Document doc = Parser.russian().parse("Президент России внёс на ратификацию договор о сотрудничестве с Никарагуа\n\n"
        + "5 мая 2021\n\n"
        + "Президент России Владимир Путин внёс на ратификацию в Госдуму договор между Российской Федерацией и"
        + " Никарагуа об основах отношений.\n\nДоговор заключён на десять лет.\n");
    assertEquals(List.of("NI", "RU"), sorted(doc.signatories()));
  }

  @Test
  void aProtocolBetweenStates_thatAmendsAnotherText_givesTheProtocolsSides() {
    Document doc = Parser.russian().parse("Сенаторы одобрили закон\n\n"
        + "Совет Федерации одобрил закон о ратификации протокола между Российской Федерацией и Республикой"
        + " Казахстан о внесении изменений в соглашение о космодроме.\n");
    assertEquals(List.of("KZ", "RU"), sorted(doc.signatories()));
  }

  @Test
  void anEnglishAgreementBetweenTheGovernmentsOfTwoStates_givesBoth() {
    Document doc = Parser.english().parse("en-test", "Senate backs the pact\n\n"
        + "The Senate on Tuesday ratified the agreement between the Government of Canada and the Government of"
        + " Chile on air services. The agreement was signed in May.\n");
    assertEquals(List.of("CA", "CL"), sorted(doc.signatories()));
  }

  @Test
  void aListBetweenPartiesPastAComma_namesAnotherThing_notTheSides() {
    // GIVEN a joint statement whose clause after a comma names a programme between two bodies
    Document doc = Parser.russian().parse("Итоги встречи\n\n"
        + "По итогам встречи министров было принято совместное заявление, продлившее программу сотрудничества"
        + " между Евразийской экономической комиссией и АСЕАН. Министры выступили с речами.\n");
    // THEN the programme's parties are not the statement's sides
    assertFalse(doc.signatories().contains("EAEU"), doc.signatories()::toString);
  }

  @Test
  void aChambersStatementThatNamesTheTreatyHereinafter_keepsItsOwnSide() {
    // GIVEN a chamber's own statement that cites a treaty between two states and gives it a short name
    Document doc = Parser.russian().parse("Государственная Дума Федерального Собрания Российской Федерации считает"
        + " Договор между Российской Федерацией и Республикой Финляндия о сотрудничестве на границе (далее — Договор)"
        + " важным шагом в отношениях двух государств.\n\nДума призывает стороны выполнять Договор.\n");
    // THEN the other state of the treaty is no side of the statement
    assertFalse(doc.signatories().contains("FI"), doc.signatories()::toString);
  }
  @Test
  void anAgreementBetweenAnOrganisationAndAState_givesBoth() {
    // GIVEN a report whose lead names an agreement between an organisation and a state, the organisation first
    Document doc = Parser.russian().parse("Торговля\n\n"
        + "В Ереване завершился третий раунд переговоров о соглашении о зоне свободной торговли между ЕАЭС и"
        + " Индонезией. Следующий раунд пройдёт осенью.\n");
    // THEN the organisation and the state are its sides
    assertEquals(List.of("EAEU", "ID"), sorted(doc.signatories()));
  }

  @Test
  void aProgrammeBetweenAStateAndAnOrganisation_signed_givesBoth() {
    // GIVEN a lead that a memorandum was signed between a state and an organisation, the state first
    Document doc = Parser.russian().parse("Здравоохранение\n\n"
        + "Вчера в Женеве подписан меморандум о взаимопонимании между Республикой Казахстан и Всемирной организацией"
        + " здравоохранения на пять лет. Документ вступит в силу после подписания.\n");
    // THEN the state and the organisation are its sides
    assertEquals(List.of("KZ", "WHO"), sorted(doc.signatories()));
  }

  @Test
  void aListBetweenPartiesAfterTheDocumentsActiveVerb_namesWhatItAsksFor_notTheSides() {
    // GIVEN a page whose headline names two states that publish a statement, and whose lead tells that the
    // statement calls for talks between two other states
    Document doc = Parser.russian().parse("Аргентина и Чили опубликовали совместное заявление\n\n"
        + "Заявление призывает к скорейшим переговорам между Эфиопией и Эритреей, чтобы закончить спор.\n");
    // THEN the publishers are its sides, not the states of those talks
    assertEquals(List.of("AR", "CL"), sorted(doc.signatories()));
  }

  @Test
  void aListBetweenPartiesAfterAPassiveOfConcluding_givesBoth() {
    // GIVEN a report whose lead tells that a protocol was concluded between two states
    Document doc = Parser.russian().parse("Новый протокол\n\n"
        + "Протокол о торговом сотрудничестве был заключён между Россией и Вьетнамом. Он вступит в силу в мае.\n");
    // THEN both states are its sides
    assertEquals(List.of("RU", "VN"), sorted(doc.signatories()));
  }
}
