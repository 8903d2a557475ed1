package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sides that a text names without naming them as its subject: by the combining forms that qualify
 * its kind («Советско-французская декларация»), by the cities whose heads sign it, or by the
 * organisation the listed states are then called. Every page is written for these tests, in the
 * house styles of a history reader, a ministry's site, a news agency and a legal database.
 */
final class SidesNamedIndirectlyTest {

  @Test
  void aReadersNumberedHeading_aKindQualifiedByTwoStates_givesBoth() {
    // GIVEN a history reader's page: its name, a numbered heading run into the place, and a body that says
    // only «оба правительства»
    Document doc = Parser.russian().parse("ru-test", "Сборник документов\n\n"
        + "7. Советско-итальянская декларацияРим. 12 мая 1968 г.\n\n"
        + "Оба правительства считают, что вопросы безопасности на континенте следует решать мирным путем."
        + " Они будут и впредь развивать торговлю и культурные связи.\n");
    // THEN the two states the heading's combining forms name adopt it
    assertEquals(List.of("IT", "SU"), sorted(doc.signatories()));
  }

  @Test
  void aMinistrysHeading_aJointStatementQualifiedByTwoStates_givesBoth() {
    Document doc = Parser.russian().parse("ru-test", "Монгольско-китайское совместное заявление\n\n"
        + "Стороны высоко оценили итоги переговоров и договорились расширять сотрудничество в торговле.\n");
    assertEquals(List.of("CN", "MN"), sorted(doc.signatories()));
  }

  @Test
  void anOpeningWhosePairQualifiesTalks_namesNoSides() {
    // GIVEN a page whose opening qualifies talks, not a text, by the two states' combining forms
    Document doc = Parser.russian().parse("ru-test", "Сборник документов\n\n"
        + "Советско-итальянские переговоры в Риме прошли в деловой обстановке.\n\n"
        + "Участники обсудили вопросы безопасности на континенте.\n");
    // THEN nothing names the sides
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aNewsHeadline_theHeadsOfTwoCitiesSigned_givesTheirStates() {
    // GIVEN an agency's headline: the heads of two capitals signed a joint statement, the body naming no state
    Document doc = Parser.russian().parse("ru-test", "Мэры Еревана и Тбилиси подписали совместное заявление о дружбе\n"
        + "14.05.2023 12:10\n"
        + "Церемония прошла в здании мэрии. \"Наши города связывает многовековая дружба\", - отметил градоначальник.\n");
    // THEN each city gives its state
    assertEquals(List.of("AM", "GE"), sorted(doc.signatories()));
  }

  @Test
  void aNewsHeadline_aCityWhereTheTextWasSigned_isNoSide() {
    // GIVEN a headline naming two states' presidents and the city where they signed, after «в»
    Document doc = Parser.russian().parse("ru-test", "Президенты Армении и Грузии в Тбилиси подписали совместное заявление\n"
        + "14.05.2023 12:10\n"
        + "Церемония прошла во дворце. \"Это важный день\", - отметил один из участников.\n");
    // THEN the two states sign, and the city adds nothing
    assertEquals(List.of("AM", "GE"), sorted(doc.signatories()));
  }

  @Test
  void aLegalDatabasesCharter_statesCalledByTheirOrganisation_areTheSides() {
    // GIVEN a charter whose preamble lists states «именуемые далее» by their organisation's name
    Document doc = Parser.russian().parse("ru-test", "Хартия ГУАМ\n"
        + "Дата ввода документа в базу данных: 12.07.2001.\n\n"
        + "Грузия, Республика Молдова, Украина и Азербайджанская Республика, именуемые далее ГУАМ,\n"
        + "руководствуясь положениями Устава Организации Объединенных Наций,\n"
        + "договорились о нижеследующем:\n"
        + "1. Государства ГУАМ развивают торговлю.\n");
    // THEN the listed states adopt it
    assertEquals(List.of("AZ", "GE", "MD", "UA"), sorted(doc.signatories()));
  }

  @Test
  void anEnglishPreamble_statesHereinafterCalledByTheirOrganisation_areTheSides() {
    Document doc = Parser.english().parse("en-test", "The Republic of Azerbaijan, Georgia, Ukraine and the Republic of Moldova, hereinafter GUAM, guided by the"
        + " Charter of the United Nations, have agreed as follows:\n\n1. They shall cooperate in trade.\n");
    assertEquals(List.of("AZ", "GE", "MD", "UA"), sorted(doc.signatories()));
  }

  @Test
  void aNewsHeadline_anOrganisationsAssemblyAdoptedAnAppeal_givesTheOrganisation() {
    // GIVEN a news page whose headline says an organisation's assembly adopted an appeal, over the appeal's own
    // title and a text naming no side
    Document doc = Parser.russian().parse("ru-test", "Совет МПА СНГ принял обращение к молодежи\n\n"
        + "3 июня 2021 года\n\n"
        + "ОБРАЩЕНИЕ\nк молодежи стран Содружества\n\n"
        + "Дорогие друзья! Будущее наших народов зависит от вас. Берегите память о прошлом и стройте общее будущее.\n");
    // THEN the organisation adopts it
    assertEquals(List.of("CIS"), sorted(doc.signatories()));
  }

  @Test
  void aNewsHeadline_anOrganisationThatOnlyDiscussed_givesNoSides() {
    Document doc = Parser.russian().parse("ru-test", "Совет МПА СНГ обсудил работу с молодежью\n\n"
        + "3 июня 2021 года\n\n"
        + "ОБРАЩЕНИЕ\nк молодежи стран Содружества\n\n"
        + "Дорогие друзья! Будущее наших народов зависит от вас. Берегите память о прошлом и стройте общее будущее.\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aNewsHeadline_anOrganisationsAssemblyStatesAPosition_overALeadThatRetellsItsText_givesTheOrganisation() {
    // GIVEN a news page whose headline opens with an organisation's assembly and its act of speech, and a lead
    // that says the words are those of a resolution
    Document doc = Parser.russian().parse("ru-test", "ПАСЕ призвала прекратить огонь в регионе\n"
        + "Вена, 4 марта, 2024, 12:00 — ИА Новости. Текст поддержали 120 голосами.\n"
        + "Конфликт должен быть немедленно остановлен, а переговоры возобновлены, говорится в резолюции.\n");
    // THEN the organisation adopts the text the page retells
    assertEquals(List.of("COE"), sorted(doc.signatories()));
  }

  @Test
  void aNewsHeadline_anOrganisationsAssemblyThatOnlyDiscussed_givesNoSides() {
    // GIVEN the same page, its headline saying the assembly discussed the conflict
    Document doc = Parser.russian().parse("ru-test", "ПАСЕ обсудила прекращение огня в регионе\n"
        + "Вена, 4 марта, 2024, 12:00 — ИА Новости. Текст поддержали 120 голосами.\n"
        + "Конфликт должен быть немедленно остановлен, а переговоры возобновлены, говорится в резолюции.\n");
    // THEN talks adopt nothing: no sides
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aNewsHeadline_anOrganisationsAssemblyStatesAPosition_overALeadThatNamesNoText_givesNoSides() {
    // GIVEN the first page, its lead attributing the words to no document
    Document doc = Parser.russian().parse("ru-test", "ПАСЕ призвала прекратить огонь в регионе\n"
        + "Вена, 4 марта, 2024, 12:00 — ИА Новости. Текст поддержали 120 голосами.\n"
        + "Конфликт должен быть немедленно остановлен, а переговоры возобновлены, считают в Вене.\n");
    // THEN nothing names the sides
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aNewsHeadline_anOrganisationsAssemblyWarns_isAnActOfSpeechToo() {
    // GIVEN a headline whose act is a warning (acts.tsv: «предупредил»), over a lead that retells a statement
    Document doc = Parser.russian().parse("ru-test", "ПАСЕ предупредила об угрозе новой войны в регионе\n"
        + "Вена, 4 марта, 2024, 12:00 — ИА Новости. Текст поддержали 120 голосами.\n"
        + "Конфликт может перерасти в войну, если переговоры не будут возобновлены, говорится в заявлении.\n");
    // THEN the organisation adopts the text the page retells
    assertEquals(List.of("COE"), sorted(doc.signatories()));
  }
}
