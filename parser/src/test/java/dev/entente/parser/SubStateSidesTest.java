package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page's opening reports a document signed by bodies below the state — regions, provinces, Länder, cities and their
 * councils, state companies — and the corpus reads each such side as its state (substates.tsv, cities.tsv). The states
 * are signatories only, never the page's named states. Every text is written for these tests.
 */
final class SubStateSidesTest {
  @Test
  void aGovernorAndAProvinceThatSign_giveTheirStates() {
    // GIVEN a news lead: a Russian oblast's governor and a Chinese province sign a memorandum in a third city
    Document doc = Parser.russian().parse("В Харбине губернатор Тамбовской области и делегация провинции Хэйлунцзян"
        + " подписали меморандум о торгово-экономическом сотрудничестве. Об этом сообщает пресс-служба.\n");
    // THEN the two states are the sides, and no state is named by the page
    assertEquals(sorted(List.of("RU", "CN")), sorted(doc.signatories()));
    assertTrue(doc.parties().isEmpty(), doc.parties().toString());
  }

  @Test
  void anAgreementBetweenTwoRegionalGovernments_givesTheirStates() {
    Document doc = Parser.russian().parse("Сотрудничество крепнет\n\nВчера подписано соглашение о побратимских"
        + " связях между Правительством Омской области и Акиматом Павлодарской области. Документ рассчитан на пять лет.\n");
    assertEquals(sorted(List.of("RU", "KZ")), sorted(doc.signatories()));
  }

  @Test
  void aStateCorporationAndAForeignMinistry_giveTheirStates() {
    Document doc = Parser.russian().parse("Госкорпорация «Роскосмос» и Министерство науки и высшего образования"
        + " Гватемалы подписали меморандум о взаимопонимании в области исследования космоса.\n");
    assertEquals(sorted(List.of("RU", "GT")), sorted(doc.signatories()));
  }

  @Test
  void aCityMayorAndACityCouncilThatSign_giveTheirStates() {
    Document doc = Parser.russian().parse("Договор о побратимстве подписали мэр Владивостока и председатель"
        + " Брестского городского исполнительного комитета. Церемония прошла в режиме видеосвязи.\n");
    assertEquals(sorted(List.of("RU", "BY")), sorted(doc.signatories()));
  }

  @Test
  void aRegionWhereTheStatesSigned_isNoSide() {
    // GIVEN one state's company signing in a region of another state, named only after «в»
    Document doc = Parser.russian().parse("В Алматинской области «Газпром» подписал соглашение с местным"
        + " партнёром о поставках газа.\n");
    // THEN a single side is all the sentence gives, and no side comes from the place
    assertTrue(doc.signatories().size() <= 1, doc.signatories().toString());
    assertTrue(!doc.signatories().contains("KZ"), doc.signatories().toString());
  }

  @Test
  void aSigningToCome_givesNoSides() {
    Document doc = Parser.russian().parse("Губернатор Псковской области и власти провинции Юньнань намерены"
        + " подписать соглашение о сотрудничестве в следующем году.\n");
    assertTrue(doc.signatories().isEmpty(), doc.signatories().toString());
  }

  @Test
  void aPrefectureAndARegionThatSign_giveTheirStates() {
    Document doc = Parser.russian().parse("Правительство Сахалинской области и префектура Хоккайдо подписали"
        + " соглашение об обмене студентами на 2027 год.\n");
    assertEquals(sorted(List.of("RU", "JP")), sorted(doc.signatories()));
  }

  @Test
  void aCityWhoseStateTheCorpusGivesNone_givesNoSide() {
    // GIVEN a Russian city and Sukhum signing: the corpus gives the Abkhaz side no state
    Document doc = Parser.russian().parse("Администрации Ростова-на-Дону и Сухума подписали соглашение о"
        + " побратимстве. Документ открывает обмен делегациями.\n");
    // THEN no state is made of Sukhum
    assertTrue(!doc.signatories().contains("GE"), doc.signatories().toString());
  }

  @Test
  void twoRegionsInThePluralAndARegionalAdministration_giveTheirStates() {
    Document doc = Parser.russian().parse("На форуме регионов представители Витебского и Гомельского облисполкомов и"
        + " Волынской облгосадминистрации подписали договоры о сотрудничестве.\n");
    assertEquals(sorted(List.of("BY", "UA")), sorted(doc.signatories()));
  }
}
