package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Texts others join after their authors adopted them: a note before the text or a line under it
 * lists the parties that joined («Those countries are …», «К Заявлению присоединились …»), and they
 * adopt it beside its authors. Every text is written for these tests.
 */
final class JoinedByTest {
  @Test
  void aNoteBeforeTheText_listingTheCountriesThatJoined_addsThemToTheLeaders() {
    // GIVEN a leaders' declaration under a note that names the countries which joined it in the next sentence
    Document doc = Parser.english().parse("en-test", "Joint Declaration on Clean Energy Investment\n\n"
        + "Ten countries and the European Union have agreed to join the Joint Declaration on Clean Energy"
        + " Investment. Those countries are Austria, Belgium, Chile, Denmark and the Republic of Korea.\n\n"
        + "We, the Leaders of the Group of Seven (G7), reaffirm our commitment to clean energy.\n\n"
        + "We will mobilise investment in grids and storage.\n");
    // THEN the group, the union and every listed country adopt it
    assertEquals(List.of("AT", "BE", "CL", "DK", "EU", "G7", "KR"), sorted(doc.signatories()));
  }

  @Test
  void aClosingLine_theFollowingCountriesHaveJoined_addsTheListAfterTheColon() {
    Document doc = Parser.english().parse("en-test", "Joint Statement on Maritime Security\n\n"
        + "The United States and Japan reaffirm their commitment to freedom of navigation.\n\n"
        + "They will deepen cooperation between their coast guards.\n\n"
        + "The following countries have joined this statement: Canada, Norway and Peru.\n");
    assertEquals(List.of("CA", "JP", "NO", "PE", "US"), sorted(doc.signatories()));
  }

  @Test
  void aPassive_thisStatementWasJoinedBy_addsTheListAfterTheVerb() {
    Document doc = Parser.english().parse("en-test", "Joint Statement on Humanitarian Access\n\n"
        + "The United Kingdom and France call for the immediate opening of all crossings.\n\n"
        + "This statement was joined by Ireland, Spain and Belgium.\n");
    assertEquals(List.of("BE", "ES", "FR", "GB", "IE"), sorted(doc.signatories()));
  }

  @Test
  void aStateThatJoinedATreaty_isNoSide() {
    // GIVEN a bilateral statement whose last sentence says a third state joined a treaty
    Document doc = Parser.english().parse("en-test", "Joint Statement\n\n"
        + "Australia and New Zealand reaffirm their commitment to the rules-based order.\n\n"
        + "They welcomed that Fiji and Samoa joined the Agreement on Port State Measures.\n");
    assertEquals(List.of("AU", "NZ"), sorted(doc.signatories()));
  }

  @Test
  void aRussianClosingLine_kZayavleniyuPrisoedinilis_addsTheList() {
    Document doc = Parser.russian().parse("Совместное заявление\n\n"
        + "Российская Федерация и Республика Казахстан заявляют о поддержке усилий по урегулированию.\n\n"
        + "Стороны будут развивать сотрудничество.\n\n"
        + "К настоящему Заявлению присоединились Республика Беларусь, Кыргызская Республика и Республика Армения.\n");
    assertEquals(List.of("AM", "BY", "KG", "KZ", "RU"), sorted(doc.signatories()));
  }

  @Test
  void aRussianStateThatJoinedAnOrganisation_isNoSide() {
    Document doc = Parser.russian().parse("Совместное заявление\n\n"
        + "Российская Федерация и Республика Казахстан заявляют о поддержке усилий по урегулированию.\n\n"
        + "Стороны приветствовали то, что Узбекистан и Туркменистан присоединились к Соглашению о транзите.\n");
    assertEquals(List.of("KZ", "RU"), sorted(doc.signatories()));
  }

  @Test
  void aCountOfTheStatesThatJoined_isPassedOverToTheListAfterItsIncluding() {
    // GIVEN a report that a summit adopted a declaration, and a sentence that counts the joiners before listing them
    Document doc = Parser.russian().parse("В Варшаве завершился энергетический саммит, на котором была принята итоговая декларация.\n\n"
        + "В декларации говорится о поддержке новых трубопроводов.\n\n"
        + "К декларации присоединились четыре государства, в том числе Польша, Румыния, Чехия, а также Европейская комиссия.\n");
    // THEN the listed states and the union the commission stands for adopt it, the last one joined by «а также»
    assertEquals(List.of("CZ", "EU", "PL", "RO"), sorted(doc.signatories()));
  }

  @Test
  void aCountOfTheJoinersWithNoIncluding_givesNoList() {
    // GIVEN a sentence that counts the joiners and names a region, no list after an «including»
    Document doc = Parser.russian().parse("В Варшаве завершился энергетический саммит, на котором была принята итоговая декларация.\n\n"
        + "В декларации говорится о поддержке новых трубопроводов.\n\n"
        + "К декларации присоединились четыре государства Европы.\n");
    // THEN no one is a side
    assertEquals(List.of(), doc.signatories());
  }
}
