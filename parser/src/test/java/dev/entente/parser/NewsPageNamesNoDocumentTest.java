package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A news site's page (an agency's dateline or credit, «Фото:», «Читайте также») that names no document at all — no
 * noun of one, no verb of making one — reports a visit, a meeting or an understanding reached: no one signed it, so it
 * has no signatories, whatever its headline says the states agreed or pledged. A page that names the document, or
 * speaks as one, keeps its sides. Every text is written for these tests.
 */
final class NewsPageNamesNoDocumentTest {
  @Test
  void statesThatPledgedInAHeadline_onANewsPage_areNoSides() {
    // GIVEN a headline verb of pledging, an agency's credit and a meeting told, no document named
    Document doc = Parser.russian().parse("Вьетнам и Камбоджа обязались укреплять приграничную торговлю\n"
        + "Министры торговли Вьетнама и Камбоджи во вторник обсудили в Пномпене развитие приграничных рынков,"
        + " сообщает ТАСС. Вьетнам и Камбоджа намерены довести товарооборот до 20 млрд долларов.\n"
        + "Фото: пресс-служба министерства\n");
    // THEN nobody adopts the page
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aStateVisitTold_byAnAgency_hasNoSides() {
    // GIVEN an agency's report of a president's visit and what the heads confirmed
    Document doc = Parser.russian().parse("Президент Армении посетил Туркменистан\n"
        + "АШХАБАД, 3 марта. /ТАСС/. Президент Армении 3 марта прибыл в Ашхабад с официальным визитом. Главы"
        + " государств подтвердили стремление к расширению торговли и транспортных связей.\n"
        + "Читайте также: новости региона\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void notesExchanged_onANewsPage_keepTheirSides() {
    // GIVEN a news page on notes exchanged (a document), credited to an agency
    Document doc = Parser.russian().parse("Россия и Мали обменялись нотами об установлении консульских отношений\n"
        + "Сегодня в Бамако посол России в Мали и министр иностранных дел Мали обменялись нотами об установлении"
        + " консульских отношений между Российской Федерацией и Республикой Мали, сообщает ТАСС.\n");
    assertTrue(doc.signatories().containsAll(List.of("ML", "RU")), doc.signatories().toString());
  }

  @Test
  void aNewsPageThatNamesTheSignedMemorandum_keepsItsSides() {
    // GIVEN the same agency's page, which names a memorandum signed
    Document doc = Parser.russian().parse("Вьетнам и Камбоджа подписали меморандум о приграничной торговле\n"
        + "Министры торговли Вьетнама и Камбоджи во вторник подписали в Пномпене меморандум о развитии"
        + " приграничных рынков, сообщает ТАСС.\n"
        + "Фото: пресс-служба министерства\n");
    assertTrue(doc.signatories().containsAll(List.of("KH", "VN")), doc.signatories().toString());
  }

  @Test
  void aReportCreditedToAnotherSource_namingNoDocument_hasNoSides() {
    // GIVEN a page that credits its news to a press service («со ссылкой на») and names no document
    Document doc = Parser.russian().parse("Президенты Таджикистана и Туркменистана выразили удовлетворение ростом"
        + " товарооборота. Главы государств условились продолжить контакты, передает asiaplus.tj со ссылкой на"
        + " пресс-службу президента.\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aHeadlineOfOneLeadersCall_namingNoDocument_hasNoSides() {
    // GIVEN an official site's report under a headline that tells one leader's act («позвонил»)
    Document doc = Parser.russian().parse("Президент Грузии позвонил Президенту Армении\n"
        + "5 мая Президент Грузии позвонил Президенту Армении. Главы государств подтвердили дружественный характер"
        + " отношений между Грузией и Арменией и обсудили транзит грузов.\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aHeadlessJointText_thatNarratesItsTalks_keepsItsSides() {
    // GIVEN a joint text with no headline that tells its talks in the past and speaks of its sides
    Document doc = Parser.russian().parse("5 мая 2019 года в Тбилиси состоялись переговоры Президента Грузии и"
        + " Президента Армении. Стороны подтвердили дружественный характер отношений между Грузией и Арменией.\n");
    assertEquals(List.of("AM", "GE"), sorted(doc.signatories()));
  }
}
