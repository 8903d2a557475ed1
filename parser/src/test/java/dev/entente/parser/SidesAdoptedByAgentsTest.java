package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sides named by a lead-in that says in the passive who adopted the text («The text of the
 * following statement was approved by the Governments of A, B and C»), as a foreign ministry
 * publishes a group's statement under its own site's lines. Every text is written for these tests.
 */
final class SidesAdoptedByAgentsTest {
  @Test
  void aRussianLeadIn_approvedByTheGovernments_namesThemAsTheSides() {
    // GIVEN a ministry's site lines, then a lead-in whose agents are six governments, then the statement
    Document doc = Parser.russian().parse("Министерство иностранных дел\nСообщение для прессы\n12 марта 2024 года\n\n"
        + "Текст следующего заявления был утвержден Правительствами Республики Казахстан, Кыргызской Республики,"
        + " Республики Таджикистан, Туркменистана, Республики Узбекистан и Соединенных Штатов Америки по случаю"
        + " встречи министров иностранных дел в Нью-Йорке.\n\n"
        + "Страны группы «С5+1» подтверждают свою приверженность расширению торговли в регионе.\n");
    // THEN those six adopt it
    assertEquals(List.of("KG", "KZ", "TJ", "TM", "US", "UZ"), sorted(doc.signatories()));
  }

  @Test
  void anEnglishLeadIn_issuedByTheGovernments_namesThemAsTheSides() {
    Document doc = Parser.english().parse("en-test", "Media Note\nOffice of the Spokesperson\nMarch 12, 2024\n\n"
        + "The text of the following joint statement was issued by the Governments of the Republic of Kazakhstan,"
        + " the Republic of Uzbekistan and Japan on the occasion of the ministerial meeting in Tokyo.\n\n"
        + "The three countries reaffirm their commitment to regional trade.\n");
    assertEquals(List.of("JP", "KZ", "UZ"), sorted(doc.signatories()));
  }

  @Test
  void oneGovernmentAsTheAgent_namesNoOtherStateMentionedAfterIt() {
    // GIVEN a lead-in whose one agent is followed by the states the statement speaks of
    Document doc = Parser.english().parse("en-test", "Media Note\nOffice of the Spokesperson\nMarch 12, 2024\n\n"
        + "The following statement was issued by the Government of Japan on the elections held in Kazakhstan"
        + " and Uzbekistan.\n\nJapan welcomes the peaceful conduct of the elections.\n");
    // THEN the states it speaks of are no sides
    assertFalse(doc.signatories().contains("KZ") || doc.signatories().contains("UZ"), doc.signatories()::toString);
  }

  @Test
  void aReport_whoseOrganisationsMembersSpeak_addsTheStatesThatApprovedTheDocument() {
    // GIVEN a news page whose lead names the organisation's member states as the subject, then says in the
    // passive which states' ministers approved «the document»
    Document doc = Parser.russian().parse("МИНСК, 14 мая — Агентство. Государства — члены ОДКБ выразили тревогу в связи"
        + " с ростом незаконного оборота наркотиков в регионе.\nНа встрече в Женеве министры обороны приняли заявление"
        + " о сотрудничестве в борьбе с наркотиками.\nДокумент был утвержден министрами обороны Армении, Беларуси и"
        + " России.\nМинистры договорились продолжить консультации.\n");
    // THEN the organisation adopts it, and so do the states named as its agents
    assertEquals(List.of("AM", "BY", "CSTO", "RU"), sorted(doc.signatories()));
  }

  @Test
  void anEnglishReport_theDocumentApprovedByMinisters_addsTheirStatesBesideTheOrganisation() {
    Document doc = Parser.english().parse("en-test", "GENEVA, May 14 (Agency) -- The member states of NATO expressed"
        + " concern about the rising trade in drugs in the region.\nAt a meeting in Vienna the defence ministers adopted a"
        + " statement on cooperation against drug trafficking.\nThe document was approved by the defence ministers of"
        + " Norway, Denmark and Iceland.\nThe ministers agreed to continue their consultations.\n");
    assertEquals(List.of("DK", "IS", "NATO", "NO"), sorted(doc.signatories()));
  }
}
