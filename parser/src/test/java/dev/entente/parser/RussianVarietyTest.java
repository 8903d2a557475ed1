package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static dev.entente.parser.Ids.states;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Russian house styles the tuning documents did not show (issue 20, session 8): other layouts of a
 * title, surnames that look like a state's adjective, short names of states in every case. Every
 * text is written for these tests.
 */
final class RussianVarietyTest {
  private static final Parser RUSSIAN = Parser.russian();

  @Test
  void aTitleThatGoesOnInLowerCaseOnTheNextLine_namesBothSides() {
    // GIVEN a title broken before its second author
    Document doc = RUSSIAN.parse("Совместное заявление Президента Республики Казахстан\nи Президента Российской Федерации\n"
        + "1. Стороны подчеркивают важность сотрудничества.\n");
    // THEN both states adopt it
    assertEquals(List.of("KZ", "RU"), sorted(doc.signatories()));
  }

  @Test
  void aHeadingInCapitalsUnderAKindInCapitals_namesTheSides() {
    // GIVEN a kind in capitals over the authors in capitals
    Document doc = RUSSIAN.parse("СОВМЕСТНОЕ ЗАЯВЛЕНИЕ\nРЕСПУБЛИКИ АРМЕНИЯ И РЕСПУБЛИКИ БЕЛАРУСЬ\n"
        + "1. Стороны подчеркивают важность сотрудничества.\n");
    // THEN the two states adopt it
    assertEquals(List.of("AM", "BY"), sorted(doc.signatories()));
  }

  @Test
  void aTopicLineUnderAKindThatSaysBetween_namesTheSides() {
    // GIVEN a declaration whose second line says between whom
    Document doc = RUSSIAN.parse("Совместная декларация\nо дальнейшем развитии отношений между Монголией и Республикой Корея\n"
        + "1. Стороны подчеркивают важность сотрудничества.\n");
    // THEN the two states adopt it
    assertEquals(List.of("KR", "MN"), sorted(doc.signatories()));
  }

  @Test
  void aStatesAdjectiveAfterAGivenNameAnInitialOrAnAddress_isASurname() {
    // GIVEN people whose surnames are adjectives of states
    Document doc = RUSSIAN.parse("Заявление\n1. В работе приняли участие Нина Армянская, В.Н.Грузинский и господин Турецкий,"
        + " а также представители Китайской Народной Республики.\n");
    // THEN only the state named as a state is found
    assertEquals(List.of("CN"), states(doc));
  }

  @Test
  void shortNamesOfStates_countInEveryCase() {
    // GIVEN the older short names of states, inflected
    Document doc = RUSSIAN.parse("Заявление\n1. Президенты России и Белоруссии обсудили поставки в Киргизию и Туркмению,"
        + " а также отношения с Молдавией.\n");
    // THEN each is its state
    assertEquals(List.of("BY", "KG", "MD", "RU", "TM"), states(doc));
  }

  @Test
  void aCanalNamedByAStatesAdjective_isNoMentionOfTheState() {
    // GIVEN a canal named by a state's adjective
    Document doc = RUSSIAN.parse("Заявление\n1. Стороны обсудили судоходство по Панамскому каналу.\n");
    // THEN no state is found
    assertEquals(List.of(), states(doc));
  }

  @Test
  void rolesOverNamesUnderTheText_signForTheirStates() {
    // GIVEN a signature block of roles over names, one role broken over two lines
    Document doc = RUSSIAN.parse("Совместное заявление\n1. Стороны подчеркивают важность сотрудничества.\n"
        + "Президент\nРеспублики Армения\nА.Иванян\nПрезидент Республики Беларусь\nБ.Петрович\n");
    // THEN both states sign it
    assertEquals(List.of("AM", "BY"), sorted(doc.signatories()));
  }

  @Test
  void aRoleAndNameOnOneLineUnderTheText_signForItsState() {
    // GIVEN signatures of one line each
    Document doc = RUSSIAN.parse("Совместное заявление\n1. Стороны подчеркивают важность сотрудничества.\n"
        + "Президент Республики Армения А.Иванян\nПрезидент Республики Беларусь Б.Петрович\n");
    // THEN both states sign it
    assertEquals(List.of("AM", "BY"), sorted(doc.signatories()));
  }

  @Test
  void anOrganOfAnOrganisationThatDeclares_adoptsForIt() {
    // GIVEN an organisation's council as the subject of «заявляет»
    Document doc = RUSSIAN.parse("Декларация\nСовет коллективной безопасности Организации Договора о коллективной"
        + " безопасности заявляет о следующем.\n1. Государства поддерживают мир.\n");
    // THEN the organisation adopts it
    assertEquals(List.of("CSTO"), doc.signatories());
  }

  @Test
  void theAdjectivesOfTwoStatesBeforeTheSides_nameTheSides() {
    // GIVEN a subject made of two states' adjectives and «стороны»
    Document doc = RUSSIAN.parse("Совместное заявление\nАрмянская и монгольская стороны заявляют о следующем.\n"
        + "1. Стороны подчеркивают важность сотрудничества.\n");
    // THEN the two states adopt it
    assertEquals(List.of("AM", "MN"), sorted(doc.signatories()));
  }

  @Test
  void aRegionsStatesBesideAStateInTheSubject_areSidesToo() {
    // GIVEN heads of a region's states and of one more state
    Document doc = RUSSIAN.parse("Совместное заявление\nМы, главы государств Центральной Азии и Республики Корея,"
        + " заявляем о следующем.\n1. Стороны подчеркивают важность сотрудничества.\n");
    // THEN the region's states and the other state adopt it
    assertEquals(List.of("KG", "KR", "KZ", "TJ", "TM", "UZ"), sorted(doc.signatories()));
  }

  @Test
  void governmentsInASignatureBlock_andMinistersWhoSign_signForTheirStates() {
    // GIVEN a block of governments, and another text signed by two ministers
    Document block = RUSSIAN.parse("Соглашение\n1. Стороны подчеркивают важность сотрудничества.\n"
        + "За Правительство Республики Армения\nЗа Правительство Монголии\n");
    Document ministers = RUSSIAN.parse("Совместное заявление\n1. Стороны подчеркивают важность сотрудничества.\n"
        + "Министр иностранных дел Республики Армения А.Иванян\nМинистр иностранных дел Монголии Б.Батбаяр\n");
    // THEN the states sign both
    assertEquals(List.of("AM", "MN"), sorted(block.signatories()));
    assertEquals(List.of("AM", "MN"), sorted(ministers.signatories()));
  }

  @Test
  void headsNamedByTitleAndStateAloneWhoAdoptTheText_adoptItForTheirStates() {
    // GIVEN heads without names as the subject of the verb of adoption
    Document doc = RUSSIAN.parse("Совместное заявление\nПо итогам переговоров Президент Армении и Премьер-министр"
        + " Монголии приняли настоящее Совместное заявление.\n1. Стороны подчеркивают важность сотрудничества.\n");
    // THEN their states adopt it
    assertEquals(List.of("AM", "MN"), sorted(doc.signatories()));
  }

  @Test
  void theMinistriesOfTwoStatesThatDeclare_adoptForTheirStates() {
    // GIVEN two foreign ministries as the subject of «заявляют»
    Document doc = RUSSIAN.parse("Совместное заявление\nМинистерство иностранных дел Республики Армения и Министерство"
        + " иностранных дел Монголии заявляют следующее.\n1. Стороны подчеркивают важность сотрудничества.\n");
    // THEN their states adopt it
    assertEquals(List.of("AM", "MN"), sorted(doc.signatories()));
  }

  @Test
  void headsNamedByTitleAfterAVerbOfMeeting_adoptForTheirStates() {
    // GIVEN a communiqué that opens with the meeting of two heads named by title and state alone
    Document doc = RUSSIAN.parse("Коммюнике\n5 мая 2024 года в Ереване состоялась встреча Президента Республики"
        + " Армения и Президента Монголии.\n1. Стороны подчеркивают важность сотрудничества.\n");
    // THEN their states adopt it
    assertEquals(List.of("AM", "MN"), sorted(doc.signatories()));
  }

  @Test
  void oneCapitalisedWordAfterARoleInThePlural_isNoName() {
    // GIVEN heads in the plural followed by the name of what they head
    Document doc = RUSSIAN.parse("Обращение\nПредседатели парламентов обращаются к главам государств Содружества"
        + " с призывом к миру.\n");
    // THEN nobody is named
    assertEquals(List.of(), doc.participants());
  }
}
