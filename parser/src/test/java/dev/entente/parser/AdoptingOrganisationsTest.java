package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An organisation that adopts a text beside or instead of states: named with a state on the lines under
 * a bare title («СОВМЕСТНОЕ ЗАЯВЛЕНИЕ ⏎ A И ЕВРОПЕЙСКОГО СОЮЗА»), by a page's heading of the documents its
 * leaders adopted («Документы, принятые главами государств A»), or by a report that retells its text
 * («говорится в заявлении Совета министров A»), or by the meeting of its members' ministers that a page
 * reports («в B, C, прошла встреча министров стран A (…)»); and the states a joint text's title lists
 * beyond those its opening names; the members a group that speaks lists in a bracket after its name
 * ("a joint statement by the Contact Group (A, B and C)"). Texts written for these tests.
 */
final class AdoptingOrganisationsTest {

  @Test
  void anOrganisationJoinedToAStateUnderABareTitle_isASide() {
    // GIVEN a joint statement whose title in capitals goes on with its authors on the next line
    Document doc = Parser.russian().parse("ru-test", "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ\n"
        + "РЕСПУБЛИКИ КАЗАХСТАН И ЕВРОПЕЙСКОГО СОЮЗА\nО СОТРУДНИЧЕСТВЕ В ОБЛАСТИ ВОДНЫХ РЕСУРСОВ\n"
        + "(Астана, 3 мая 2019 года)\n\n1. Стороны признают важность рационального использования воды.\n\n"
        + "2. Стороны договорились продолжить консультации.\n");
    // THEN the union is a side beside the state
    assertEquals(List.of("EU", "KZ"), sorted(doc.signatories()));
  }

  @Test
  void anEnglishHeadingLine_namesTheOrganisationToo() {
    Document doc = Parser.english().parse("en-test", "JOINT STATEMENT\n"
        + "OF THE REPUBLIC OF KAZAKHSTAN AND THE EUROPEAN UNION\nON WATER COOPERATION\n\n"
        + "1. The sides recognise the importance of water.\n\n2. The sides agreed to continue consultations.\n");
    assertEquals(List.of("EU", "KZ"), sorted(doc.signatories()));
  }

  @Test
  void anOrganisationOnlyNamedAsTheTopicLine_isNoSide() {
    // GIVEN a heading line that opens with the preposition of a topic: the union is what the text is about
    Document doc = Parser.russian().parse("ru-test", "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ\n"
        + "РЕСПУБЛИКИ КАЗАХСТАН И РЕСПУБЛИКИ УЗБЕКИСТАН\nО СОТРУДНИЧЕСТВЕ С ЕВРОПЕЙСКИМ СОЮЗОМ\n\n"
        + "1. Стороны признают важность сотрудничества.\n\n2. Стороны договорились продолжить консультации.\n");
    assertEquals(List.of("KZ", "UZ"), sorted(doc.signatories()));
  }

  @Test
  void documentsAdoptedByTheLeadersOfAnOrganisation_inAPagesHeading_areItsText() {
    // GIVEN a page whose heading says whose leaders adopted the documents below it
    Document doc = Parser.russian().parse("ru-test", "Главная\n\n"
        + "Документы, принятые главами государств ОДКБ по итогам саммита, Ереван, 8 ноября 2019 года\n\n"
        + "О ПОЛОЖЕНИИ В РЕГИОНЕ\n\n1. Обстановка в регионе остается сложной.\n\n2. Необходимо усилить сотрудничество.\n");
    assertEquals(List.of("CSTO"), sorted(doc.signatories()));
  }

  @Test
  void obligationsAdoptedWithinAnOrganisation_inThePreamble_nameNoSide() {
    // GIVEN a participle of adopting after a comma that follows no noun of documents
    Document doc = Parser.russian().parse("ru-test", "О ПОЛОЖЕНИИ В РЕГИОНЕ\n\n"
        + "Государства-участники, руководствуясь обязательствами, принятыми в рамках Организации по безопасности и"
        + " сотрудничеству в Европе, заявляют:\n\n1. Обстановка в регионе остается сложной.\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aReportRetellingTheStatementOfAnOrgan_namesItsOrganisation() {
    // GIVEN a news page that attributes the words to a statement of an organisation's council
    Document doc = Parser.russian().parse("ru-test", "Новости\n\nВ ШОС выразили обеспокоенность\n\n"
        + "ШОС обеспокоена ростом напряженности в регионе, говорится в заявлении Совета министров иностранных дел ШОС.\n\n"
        + "\"Призываем все стороны к сдержанности\", - отмечается в заявлении.\n");
    assertEquals(List.of("SCO"), sorted(doc.signatories()));
  }

  @Test
  void aReportedStatementAboutAnOrganisation_namesNoSide() {
    // GIVEN the organisation in a topic after the kind («о поддержке …»), not its author
    Document doc = Parser.russian().parse("ru-test", "Новости\n\n"
        + "Напряженность в регионе растет, говорится в заявлении о поддержке ОДКБ.\n\n"
        + "\"Призываем все стороны к сдержанности\", - отмечается в заявлении.\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aMeetingOfMinistersOfAnOrganisationsMembers_inAPlaceOfAState_isTheOrganisations() {
    // GIVEN a page that opens with the city and state of the meeting, then the ministers of the organisation's
    // countries, in capitals as some pages write them
    Document doc = Parser.russian().parse("ru-test", "12 марта 2015 года в Душанбе, Таджикистан, прошла встреча"
        + " Министров культуры стран ШОС.\n\nПо итогам встречи было выпущено заявление:\n\n"
        + "1. Министры договорились расширять обмены.\n");
    // THEN the state of the city is no side: the organisation is
    assertEquals(List.of("SCO"), sorted(doc.signatories()));
  }

  @Test
  void theMembersBracketedAfterTheOrganisationOfAMeeting_areSidesToo() {
    Document doc = Parser.russian().parse("ru-test", "12 марта 2015 года в Душанбе, Таджикистан, прошла встреча"
        + " министров культуры стран ШОС(Казахстан, Китай, Таджикистан).\n\nПо итогам встречи было выпущено"
        + " заявление:\n\n1. Министры договорились расширять обмены.\n");
    assertEquals(List.of("CN", "KZ", "SCO", "TJ"), sorted(doc.signatories()));
  }

  @Test
  void aTitleListingThreeStates_completesTheTwoTheOpeningNames() {
    // GIVEN a communiqué whose opening names two presidents, its title all three states in one list
    Document doc = Parser.english().parse("en-test", "Joint Communique of the Meeting of Peru, Chile and Ecuador\n\n"
        + "President of Peru Juan Torres and President of Chile Pablo Rojas met in Lima on 4 May 2021 to develop"
        + " cooperation among the three countries.\n\nThe sides discussed trade.\n");
    assertEquals(List.of("CL", "EC", "PE"), sorted(doc.signatories()));
  }

  @Test
  void aStateTheTitleNamesOutsideTheListOfSides_isNoSide() {
    // GIVEN a title whose third state is what the communiqué is about, not in the run of its sides
    Document doc = Parser.english().parse("en-test", "Joint Communique of Peru and Chile on Relations with Ecuador\n\n"
        + "President of Peru Juan Torres and President of Chile Pablo Rojas met in Lima on 4 May 2021.\n\n"
        + "The sides discussed trade.\n");
    assertEquals(List.of("CL", "PE"), sorted(doc.signatories()));
  }

  @Test
  void twoGroupsByWhomAStatementIs_giveTheMembersOfTheirBrackets() {
    // GIVEN a statement by two groups, each listing its members in a bracket after its name
    Document doc = Parser.english().parse("en-test", "March 3, 2024\n\n"
        + "Joint Statement by the Contact Group and the Troika on Mali\n\n"
        + "The following is a joint statement by the Contact Group (the African Union, ECOWAS and the United Nations)"
        + " and the Troika (France, Germany and Italy) on Mali.\n\nWe call for calm.\n");
    assertEquals(List.of("AFRICAN_UNION", "DE", "ECOWAS", "FR", "IT", "UN"), sorted(doc.signatories()));
  }

  @Test
  void aBracketOfNoParties_afterTheOpeningWord_namesNoSide() {
    Document doc = Parser.russian().parse("ru-test", "Заявление\n\nВстреча (в Москве, 3 мая) прошла успешно.\n\n"
        + "Стороны обсудили торговлю между Россией и Китаем.\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }
}
