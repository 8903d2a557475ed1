package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * News and agency pages that report in their own words who adopted the text they reproduce: the
 * sides come from the journalist's sentence when the text itself does not name them. Every text is
 * written for these tests.
 */
final class ReportedSignatoriesTest {
  @Test
  void aRussianReport_theSidesIssuedAJointStatement_givesTheStatesNamedBeforeTheSubject() {
    // GIVEN an agency's lead-in that names a delegation of one state visiting another, then «стороны выступили с совместным заявлением»
    Document doc = Parser.russian().parse("По случаю официального визита казахстанской делегации в Монголию"
        + " стороны выступили с совместным заявлением.\n"
        + "Стороны высоко оценили уровень двусторонних отношений и договорились расширять торговлю.\n");
    // THEN the two states the lead-in names adopt it
    assertEquals(List.of("KZ", "MN"), sorted(doc.signatories()));
  }

  @Test
  void aRussianReport_theLeadersAdoptedAJointStatement_givesTheStatesNamedBeforeTheSubject() {
    Document doc = Parser.russian().parse("По итогам переговоров в Ташкенте лидеры Узбекистана и Таджикистана"
        + " приняли Совместное заявление.\n"
        + "Стороны договорились развивать сотрудничество в области энергетики.\n");
    assertEquals(List.of("TJ", "UZ"), sorted(doc.signatories()));
  }

  @Test
  void aRussianReport_theSidesTookADecision_isNoAdoptionOfTheText() {
    // GIVEN a lead-in whose sides take a decision, not adopt a joint text
    Document doc = Parser.russian().parse("В ходе визита казахстанской делегации в Монголию стороны приняли решение"
        + " о создании рабочей группы.\n"
        + "Стороны договорились расширять торговлю.\n");
    // THEN nothing names the sides
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aRussianReport_naming_one_state_only_givesNoSides() {
    Document doc = Parser.russian().parse("По итогам переговоров в Монголии стороны приняли совместное заявление.\n"
        + "Стороны договорились расширять торговлю.\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void anEnglishReport_theTwoLeadersIssuedAJointStatement_givesTheStatesNamedBeforeTheSubject() {
    Document doc = Parser.english().parse("en-test", "On the occasion of the state visit of an Indonesian delegation to Japan"
        + " from 3 to 5 May, the two sides issued a joint statement.\n\n"
        + "Both sides agreed to expand cooperation in clean energy.\n");
    assertEquals(List.of("ID", "JP"), sorted(doc.signatories()));
  }

  @Test
  void aRussianReport_citingAJointStatementOfTwoHeads_givesTheirStates() {
    // GIVEN a ministry's page that quotes a point of a joint statement it names by its heads' roles only
    Document doc = Parser.russian().parse("Отвечая на вопрос журналистов, официальный представитель министерства"
        + " напомнил пункт 7 совместного заявления президента Республики Казахстан и премьер-министра"
        + " Монголии от 12 марта 2021 года.\n\n"
        + "«Стороны договорились расширять торговлю и развивать транспортные связи.»\n");
    // THEN the two states whose heads issued it are its sides
    assertEquals(List.of("KZ", "MN"), sorted(doc.signatories()));
  }

  @Test
  void aRussianReport_aJointStatementAboutTwoStates_givesNoSides() {
    // GIVEN a joint statement cited by its topic, which names the states it speaks of
    Document doc = Parser.russian().parse("Официальный представитель министерства напомнил о совместном заявлении"
        + " в связи с ситуацией в Сирии и Ираке, принятом в марте.\n\n"
        + "«Мы призываем к прекращению огня.»\n");
    // THEN those states are not its sides
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void anEnglishReport_citingAJointStatementOfTwoLeaders_givesTheirStates() {
    Document doc = Parser.english().parse("en-test", "Asked about the talks, the spokesperson recalled paragraph 5 of the"
        + " joint statement of the President of Indonesia and the Prime Minister of Japan issued in May.\n\n"
        + "\"Both sides agreed to expand cooperation in clean energy.\"\n");
    assertEquals(List.of("ID", "JP"), sorted(doc.signatories()));
  }

  @Test
  void aRussianReport_aDeclarationAdoptedAtAnOrganisationsSummit_givesTheOrganisation() {
    // GIVEN an agency's headline that the summit of one organisation adopted its declaration, with no subject
    Document doc = Parser.russian().parse("На саммите ШОС приняли итоговую декларацию\n\n"
        + "АСТАНА, 4 июля — Государства-члены организации договорились расширять сотрудничество, следует из текста"
        + " документа.\n\n"
        + "«Мы выступаем за укрепление мира и стабильности в регионе», — говорится в декларации.\n");
    // THEN the organisation adopts it
    assertEquals(List.of("SCO"), sorted(doc.signatories()));
  }

  @Test
  void aRussianReport_theParticipantsOfAnOrganisationsSummitAdoptedADeclaration_givesTheOrganisation() {
    Document doc = Parser.russian().parse("Участники саммита БРИКС в Йоханнесбурге приняли итоговую декларацию,"
        + " обсудив положение в мировой экономике, сообщает агентство.\n\n"
        + "Председатель правительства страны передал письмо президента.\n");
    assertEquals(List.of("BRICS"), sorted(doc.signatories()));
  }

  @Test
  void aRussianReport_aStatementAdoptedAtASummitOfTwoSides_isNotTheOrganisations() {
    // GIVEN a summit named after its two sides, a state and an organisation
    Document doc = Parser.russian().parse("На саммите Россия — АСЕАН приняли совместное заявление\n\n"
        + "Стороны договорились расширять торговлю.\n");
    // THEN the organisation alone is not the side
    assertEquals(false, doc.signatories().equals(List.of("ASEAN")));
  }

  @Test
  void aRussianLeadIn_theFinalStatementOfAnOrganisationsSummit_givesTheOrganisation() {
    // GIVEN a site's retelling, then a lead-in that names «Итоговое заявление 12-го саммита <организации>», then the text,
    // whose first sentence names the host's head
    Document doc = Parser.russian().parse("Лидеры подтвердили поддержку усилий по мирному урегулированию.\n\n"
        + "Издание получило полный текст «Итогового заявления 12-го саммита ШОС в Астане», в котором говорится:\n\n"
        + "Совет глав государств провёл свою сессию в Республике Казахстан под председательством Президента"
        + " Республики Казахстан.\n");
    // THEN the organisation adopts it
    assertEquals(List.of("SCO"), sorted(doc.signatories()));
  }

  @Test
  void aRussianReport_theJointStatementPutFirst_givesTheStatesItsSignersServe() {
    // GIVEN a report that names the joint statement first and its signers after the verb
    Document doc = Parser.russian().parse("Совместное заявление о сотрудничестве в области образования подписали 3 марта"
        + " в Женеве министры иностранных дел Республики Чили и Королевства Норвегия.\n\n"
        + "В документе подчеркивается, что обе страны намерены расширять обмены студентами.\n");
    // THEN the two states adopt it
    assertEquals(List.of("CL", "NO"), sorted(doc.signatories()));
  }

  @Test
  void aRussianReport_underAHeadlinePrintedTwice_stillReadsItsOpeningParagraphs() {
    // GIVEN a page that prints its headline twice, a site line, a lead, then the sentence that names the signers
    String headline = "Чили и Норвегия расширят обмены студентами и преподавателями университетов\n\n";
    Document doc = Parser.russian().parse(headline + headline + "Архив новостей\n\n"
        + "Чили и Норвегия намерены расширять обмены студентами и преподавателями, сообщает агентство.\n\n"
        + "Совместное заявление о сотрудничестве в области образования подписали 3 марта в Женеве министры"
        + " иностранных дел Республики Чили и Королевства Норвегия.\n\n"
        + "В документе подчеркивается, что обе страны намерены расширять обмены.\n");
    // THEN the repeated headline does not push that sentence out of the opening paragraphs
    assertEquals(List.of("CL", "NO"), sorted(doc.signatories()));
  }
}
