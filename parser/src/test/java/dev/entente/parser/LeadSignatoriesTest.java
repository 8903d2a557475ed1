package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * News pages that reprint a document under a lead of their own: where the text names no sides, the
 * lead's report of who adopted it («… было принято совместное заявление», "the two leaders issued a
 * joint statement") names them, and the lead's states stay out of the document's parties. Every
 * page is written for these tests in the house styles of news agencies.
 */
final class LeadSignatoriesTest {
  private static final String RUSSIAN_BODY = "\"Мы выражаем удовлетворение высоким уровнем взаимного доверия и"
      + " договорились расширять торговлю, транспортное сообщение и гуманитарные связи.\n\n"
      + "Мы приветствуем открытие новых авиарейсов между столицами.\"\n";

  @Test
  void aRussianLead_aJointStatementWasAdoptedAtAMeetingOfThreeHeads_givesTheirStates() {
    // GIVEN an agency's headline, a lead sentence naming three presidents at whose meeting «было принято совместное
    // заявление», the lead-in «Документ гласит:», then a text that names no side
    Document doc = Parser.russian().parse("ru-test", "Опубликовано совместное заявление президентов\n"
        + "12.03.2024 10:15\n\n"
        + "АСТАНА, 12 марта. В ходе встречи Президента Республики Казахстан Касым-Жомарта Токаева, Президента"
        + " Кыргызской Республики Садыра Жапарова и Президента Республики Таджикистан Эмомали Рахмона в Бурабае"
        + " было принято совместное заявление трех стран.\n\n"
        + "Документ гласит:\n\n"
        + RUSSIAN_BODY);
    // THEN the three states adopt it
    assertEquals(List.of("KG", "KZ", "TJ"), sorted(doc.signatories()));
    // AND the lead's states are not the text's parties
    int body = doc.text().indexOf("\"Мы выражаем");
    for (dev.entente.model.Party party : doc.parties()) {
      assertTrue(party.mentions().stream().allMatch(m -> m.start() >= body),
          () -> party.id() + " found in the agency's lead: " + party.mentions());
    }
  }

  @Test
  void aRussianLead_theLeadersSignedAJointDeclaration_givesTheStatesNamedBeforeTheVerb() {
    Document doc = Parser.russian().parse("ru-test", "МОСКВА, 5 июня. /Агентство/. Лидеры Армении и Грузии"
        + " по итогам переговоров подписали совместную декларацию. Ниже приводится ее полный текст:\n\n"
        + RUSSIAN_BODY);
    assertEquals(List.of("AM", "GE"), sorted(doc.signatories()));
  }

  @Test
  void aRussianLead_thatOnlyReportsTalks_givesNoSides() {
    // GIVEN a lead naming two states whose leaders held talks, and saying nothing of adopting the text
    Document doc = Parser.russian().parse("ru-test", "МОСКВА, 5 июня. Президенты Армении и Грузии провели переговоры"
        + " в узком составе и обсудили региональную повестку. Документ гласит:\n\n"
        + RUSSIAN_BODY);
    // THEN nothing names the sides
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aRussianLead_isNotReadWhereTheTextNamesItsSides() {
    // GIVEN a lead that names other states than the sides the reprinted text defines
    Document doc = Parser.russian().parse("ru-test", "МОСКВА, 5 июня. На встрече лидеров Армении и Грузии"
        + " было принято совместное заявление. Документ гласит:\n\n"
        + "\"Республика Армения и Республика Молдова, далее — Стороны, договорились расширять торговлю.\"\n");
    // THEN the text's own sides stand
    assertEquals(List.of("AM", "MD"), sorted(doc.signatories()));
  }

  @Test
  void anEnglishLead_theTwoLeadersIssuedAJointStatement_givesTheirStates() {
    Document doc = Parser.english().parse("en-test", "TOKYO, May 4 - After talks between the Prime Minister of Japan"
        + " and the President of Indonesia, the two leaders issued a joint statement. The text of the joint statement"
        + " reads as follows:\n\n"
        + "We welcome the growth of trade and agree to expand cooperation in clean energy and maritime safety.\n\n"
        + "We will hold the next round of consultations next year.\n");
    assertEquals(List.of("ID", "JP"), sorted(doc.signatories()));
  }

  @Test
  void aReportsFirstSentence_twoLeadersSignedAJointDeclaration_givesTheirStates() {
    // GIVEN a report with no headline or dateline: its first sentence says that two leaders, one named with his
    // state's adjective, signed a joint declaration; the rest retells it
    Document doc = Parser.russian().parse("ru-test", "Си Цзиньпин и его казахстанский коллега Касым-Жомарт Токаев в"
        + " ходе встречи в Астане подписали совместную декларацию.\nКак сказано в декларации, стороны расширят"
        + " сотрудничество в энергетике и на транспорте.\n");
    // THEN their two states adopt it
    assertEquals(List.of("CN", "KZ"), sorted(doc.signatories()));
  }

  @Test
  void aHeadline_adjectivesBeforeTheKind_stillReportTheAdoption() {
    // GIVEN a headline in which two adjectives stand between «подписали» and «декларацию»
    Document doc = Parser.russian().parse("ru-test", "Си Цзиньпин и его казахстанский коллега Касым-Жомарт Токаев"
        + " подписали совместную итоговую декларацию\n\nКак сказано в декларации, стороны расширят сотрудничество в"
        + " энергетике и на транспорте.\n");
    assertEquals(List.of("CN", "KZ"), sorted(doc.signatories()));
  }

  @Test
  void aHeadlineNamingTheJointText_givesTheOtherSideBesideTheOneFound() {
    // GIVEN a page with no title of its own: its headline names a joint statement on relations between two
    // states, and the text names the head of one of them alone
    Document doc = Parser.russian().parse("ru-test", "Полный текст совместного заявления о сотрудничестве между Чили"
        + " и Норвегией\nПосле переговоров министр иностранных дел Норвегии и его коллега обе стороны опубликовали"
        + " совместное заявление.\nПрезидент Чили Габриэль Борич подчеркнул, что Чили высоко ценит отношения с"
        + " Норвегией.\n");
    // THEN the headline's other state is the other side
    assertEquals(List.of("CL", "NO"), sorted(doc.signatories()));
  }

  @Test
  void anEnglishReport_oneHeadFoundByTitle_theFirstSentenceNamesTheOtherSide() {
    // GIVEN a report whose first sentence names a president by title and state, and his counterpart by the
    // state's adjective alone, signing «a joint political declaration»
    Document doc = Parser.english().parse("en-test", "Chilean President Gabriel Boric and his Norwegian counterpart"
        + " Jonas Gahr Store signed a joint political declaration during talks on Tuesday.\n"
        + "According to the declaration, the sides will expand trade in renewable energy.\n");
    // THEN both states adopt it, not only the one whose head the text names by title
    assertEquals(List.of("CL", "NO"), sorted(doc.signatories()));
  }

  @Test
  void anAgencysDatelineAsASentence_theLeadAfterItNamesTheSides() {
    // GIVEN an agency's dateline that ends in a stop of its own, then the lead naming two heads who signed
    Document doc = Parser.russian().parse("ru-test", "ПЕКИН, 16 мая 2024 /ТАСС/. По итогам переговоров Владимир Путин"
        + " и Си Цзиньпин подписали совместное заявление.\nКак говорится в документе, стороны расширят"
        + " сотрудничество.\n");
    // THEN the lead past the dateline gives their states
    assertEquals(List.of("CN", "RU"), sorted(doc.signatories()));
  }

  @Test
  void aLeadsAgreementWithALongTopicBeforeBetween_givesTheStatesAfterIt() {
    // GIVEN a news page whose lead names an agreement, its topic eleven words long, and then «между» three governments
    Document doc = Parser.russian().parse("Зеленая энергия пойдет по дну моря\n\n"
        + "Об этом заявил в субботу министр энергетики, выступая на церемонии подписания Соглашения о стратегическом"
        + " партнерстве в области развития и поставки зеленой энергии между правительствами Чили, Перу и Эквадора"
        + " в Лиме.\n\n"
        + "Документ предусматривает строительство подводного кабеля.\n");
    // THEN the three states are the sides
    assertEquals(List.of("CL", "EC", "PE"), sorted(doc.signatories()));
  }

  @Test
  void aBetweenPastACommaAfterTheKind_givesNoSides() {
    // GIVEN the same lead, where a clause set off by commas comes between the agreement and «между»
    Document doc = Parser.russian().parse("Зеленая энергия пойдет по дну моря\n\n"
        + "Об этом заявил в субботу министр энергетики, выступая на церемонии подписания Соглашения о стратегическом"
        + " партнерстве в области развития и поставки зеленой энергии, о котором давно спорят страны, и о переговорах"
        + " между правительствами Чили, Перу и Эквадора в Лиме.\n\n"
        + "Документ предусматривает строительство подводного кабеля.\n");
    // THEN the states after «между» are not the agreement's sides
    assertEquals(List.of(), sorted(doc.signatories()));
  }
}
