package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static dev.entente.parser.Ids.states;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Russian house styles read for issue 20 in session 10: the document named in its own body by an
 * adjective and its kind, the sides as the subject that follows a name, heads who sign an
 * organisation's text, a gerund's phrase between the sides and their verb, and adjectives of
 * languages in a list. Every text is written for these tests.
 */
final class RussianUnseenStylesTest {
  private static final Parser RUSSIAN = Parser.russian();
  private static final String POINT = "1. Стороны подчеркнули важность сотрудничества в области культуры и образования"
      + " и отметили, что это отвечает интересам народов двух стран.\n";

  @Test
  void theDocumentNamedByAnAdjectiveBeforeItsKind_isNoInitiative() {
    // GIVEN a declaration named after a city that the body calls «настоящая … декларация»
    Document doc = RUSSIAN.parse("Ереванская декларация министров культуры\n\nМинистры культуры, собравшись в Ереване,"
        + " приняли настоящую Ереванскую декларацию.\n" + POINT
        + "2. Министры поддерживают Стратегию культурного сотрудничества на 2025–2030 годы.\n");
    // THEN only the strategy is an initiative, not the document itself
    assertEquals(List.of("Стратегия культурного сотрудничества"),
        doc.initiatives().stream().map(Initiative::name).collect(Collectors.toList()));
  }

  @Test
  void theSidesAfterAName_areNoPartOfIt() {
    // GIVEN «в рамках <council> стороны продолжат …»
    Document doc = RUSSIAN.parse("Совместное заявление\n\n" + POINT
        + "2. В рамках Совета сотрудничества по вопросам образования стороны продолжат обмен опытом.\n");
    // THEN the council's name ends before «стороны»
    assertEquals(List.of("Совет сотрудничества по вопросам образования"),
        doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
  }

  @Test
  void headsWhoSignAnOrganisationsText_signForTheirStates() {
    // GIVEN heads of an organisation's members as the subject, and the heads' roles and names under the text
    Document doc = RUSSIAN.parse("Заявление глав государств – участников Содружества Независимых Государств\n\n"
        + "Главы государств – участников Содружества Независимых Государств заявляют о следующем:\n" + POINT
        + "Президент Республики Армения А.Иванян\nПрезидент Республики Молдова Б.Петреску\n");
    // THEN the organisation and the states of those who sign adopt it
    assertEquals(List.of("AM", "CIS", "MD"), sorted(doc.signatories()));
  }

  @Test
  void aGerundsPhraseBetweenTheStatesAndTheirVerb_leavesThemTheSides() {
    // GIVEN two states as the subject, a gerund's phrase between commas, then the verb of adopting
    Document doc = RUSSIAN.parse("Совместная декларация\n\nМонголия и Республика Корея, являясь близкими соседями"
        + " и партнерами, заявляют о следующем:\n" + POINT);
    // THEN the two states adopt it
    assertEquals(List.of("KR", "MN"), sorted(doc.signatories()));
  }

  @Test
  void adjectivesOfLanguagesInAList_areNoMentionsOfStates() {
    // GIVEN a closing formula that lists the languages of the copies
    Document doc = RUSSIAN.parse("Заявление\n" + POINT + "2. Совершено в двух экземплярах, каждый на русском, французском,"
        + " испанском и португальском языках, а также на английском языке.\n");
    // THEN no state is found
    assertEquals(List.of(), states(doc));
  }

  @Test
  void anAdjectiveOfAStateBeforeAnotherStatesName_stillNamesTheState() {
    // GIVEN a state's adjective in a list that ends in a noun that is not geographic
    Document doc = RUSSIAN.parse("Заявление\n" + POINT + "2. Армянская, монгольская и китайская делегации"
        + " обсудили ситуацию в Индийском и Тихом океанах.\n");
    // THEN the states of the delegations count, no state of an ocean
    assertEquals(List.of("AM", "CN", "MN"), states(doc));
  }

  @Test
  void statesAloneBeforeAComma_withTheirVerbOpeningALaterParagraph_adoptTheText() {
    // GIVEN states as the subject on a line that ends in a comma, gerunds' paragraphs, then «заявляют:»
    Document doc = RUSSIAN.parse("Совместная декларация государств – участников Содружества Независимых Государств\n\n"
        + "Республика Армения, Республика Молдова и Монголия, являющиеся добрыми соседями,\n\n"
        + "исходя из общих интересов народов,\n\nзаявляют:\n\n" + POINT);
    // THEN the states adopt it; the organisation of the title is only mentioned
    assertEquals(List.of("AM", "MD", "MN"), sorted(doc.signatories()));
  }

  @Test
  void threeInitialsWithAHyphen_nameOneHeadWhoAdoptsForHisState() {
    // GIVEN a host named by three initials, the first two joined by a hyphen, and his guest
    Document doc = RUSSIAN.parse("Совместное заявление Республики Армения и Монголии\n\nПо приглашению Президента Монголии"
        + " Б.-Э.Д.Батбаяра Президент Республики Армения А.А.Иванян 5–6 мая 2024 года посетил Монголию с"
        + " государственным визитом.\n\n" + POINT);
    // THEN both are people of their states and both states adopt it
    assertEquals(List.of("AM", "MN"), sorted(doc.signatories()));
    assertEquals(List.of("А.А.Иванян", "Б.-Э.Д.Батбаяр"),
        doc.participants().stream().map(p -> p.name()).sorted().collect(Collectors.toList()));
  }

  @Test
  void aJointCommuniqueWhoseOpeningNamesTheGuestAlone_takesTheHostFromItsTitle() {
    // GIVEN a joint communiqué on a visit whose opening names only the guest's head
    Document doc = RUSSIAN.parse("Совместное коммюнике по итогам официального визита Премьер-министра Монголии"
        + " в Республику Армения\n\n8–9 июля 2024 года Премьер-министр Монголии Б.Батбаяр находился в Ереване с"
        + " официальным визитом.\n\n" + POINT);
    // THEN the host state is a side too
    assertEquals(List.of("AM", "MN"), sorted(doc.signatories()));
  }

  @Test
  void whoChairsAMeeting_isNoPartOfItsName() {
    // GIVEN a council's session «под председательством» a head
    Document doc = RUSSIAN.parse("Информационное сообщение\n\n12 марта 2024 года в Ереване состоялось заседание Совета"
        + " министров культуры под председательством Министра культуры Республики Армения А.Иваняна.\n\n" + POINT);
    // THEN the council's name ends before «под»
    assertEquals(List.of("Совет министров культуры"),
        doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
  }

  @Test
  void theTitlesMeetingToldInTheBodyWithItsNumberOnItsDay_isOneEvent() {
    // GIVEN a summit named by its city's adjective in the title, and its number in the body on the same day
    Document doc = RUSSIAN.parse("Декларация Ереванского саммита ОДКБ\n\nМы, главы государств – членов ОДКБ, собравшись"
        + " на десятый саммит ОДКБ в Ереване 13 октября 2022 года, заявляем:\n\n" + POINT);
    // THEN one event is found, with its number
    assertEquals(List.of("десятый саммит ОДКБ"),
        doc.events().stream().map(e -> e.name()).collect(Collectors.toList()));
  }

  @Test
  void aForumInTheCourseOfWhichSidesMet_isAnEvent() {
    // GIVEN a forum, which may name a standing format or a gathering, «в ходе» which the sides met
    Document doc = RUSSIAN.parse("Совместное заявление\n\n" + POINT
        + "2. Министры встретились в ходе Международного форума по культуре.\n");
    // THEN it is an event, no mechanism
    assertEquals(List.of("Международный форум по культуре"),
        doc.events().stream().map(e -> e.name()).collect(Collectors.toList()));
    assertEquals(List.of(), doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
  }

  @Test
  void aNameBeforeAndAndAnotherBodysName_endsBeforeIt() {
    // GIVEN a commission, «и», and a council that the gazetteer gives the same organisation
    Document doc = RUSSIAN.parse("Совместное заявление\n\n" + POINT
        + "2. Стороны отмечают важность Евразийской экономической комиссии и Высшего Евразийского экономического совета.\n");
    // THEN the commission's name ends before «и»
    assertEquals(true, doc.mechanisms().stream().map(Mechanism::name)
        .anyMatch("Евразийская экономическая комиссия"::equals), () -> doc.mechanisms().toString());
  }

  @Test
  void aNameBeforeTogetherWith_endsBeforeIt() {
    // GIVEN a council's session held «совместно с» others
    Document doc = RUSSIAN.parse("Совместное заявление\n\n" + POINT
        + "2. Стороны отметили итоги заседания Совета министров культуры совместно с министрами образования.\n");
    // THEN the council's name ends before «совместно»
    assertEquals(List.of("Совет министров культуры"),
        doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
  }

  @Test
  void aCommissionNamedByItsHeadAlone_isTheOneCommissionNamedBefore() {
    // GIVEN a commission named in full, then «Комиссии» alone
    Document doc = RUSSIAN.parse("Информационное сообщение\n\n16 октября 2024 года в Ереване состоялось пятое заседание"
        + " Межправительственной комиссии по сотрудничеству между Республикой Армения и Монголией.\n\n"
        + "Стороны договорились провести следующее заседание Комиссии в 2025 году в Улан-Баторе.\n");
    // THEN one mechanism is found
    assertEquals(List.of("Межправительственная комиссия по сотрудничеству между Республикой Армения и Монголией"),
        doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
  }

  @Test
  void theTitlesCallToldInTheBodyOfAnUndatedText_isOneEvent() {
    // GIVEN a heading «О телефонном разговоре …» and the call told again in the body, with no day anywhere
    Document doc = RUSSIAN.parse("О телефонном разговоре Президента Республики Армения с Президентом Монголии\n\n"
        + "Состоялся телефонный разговор Армена Иваняна с Президентом Монголии Б.Батбаяром. Обсуждены вопросы"
        + " двустороннего сотрудничества в области культуры и образования.\n");
    // THEN one event is found
    assertEquals(1, doc.events().size(), () -> doc.events().toString());
  }

  @Test
  void aSitesSectionNamedByAKindInThePlural_isNoTitle() {
    // GIVEN a ministry's menu line «Пресс-релизы» over the statement's own title
    Document doc = RUSSIAN.parse("Министерство иностранных дел Республики Армения\nПресс-релизы\nВерсия для печати\n"
        + "Совместное заявление министров иностранных дел Республики Армения и Монголии\n" + POINT);
    // THEN the title is the statement's, and so is the kind
    assertEquals(dev.entente.model.DocumentKind.JOINT_STATEMENT, doc.kind());
  }

  @Test
  void statesWhoAgreeAfterAGerundsPhrase_adoptTheText() {
    // GIVEN two states, a gerund's phrase, and «договорились», on one line and over three paragraphs
    Document line = RUSSIAN.parse("Совместное заявление о сотрудничестве\n\nМонголия и Армения, стремясь к укреплению"
        + " связей, договорились о следующем:\n\n" + POINT);
    Document paragraphs = RUSSIAN.parse("Совместное заявление о сотрудничестве\n\nМонголия и Армения,\n\nстремясь к"
        + " укреплению связей,\n\nдоговорились о следующем:\n\n" + POINT);
    // THEN the two states adopt it
    assertEquals(List.of("AM", "MN"), sorted(line.signatories()));
    assertEquals(List.of("AM", "MN"), sorted(paragraphs.signatories()));
  }

  @Test
  void twoCompoundAdjectivesJoinedByAnd_stayInOneName() {
    // GIVEN a commission whose complement joins two compound adjectives by «и»
    Document doc = RUSSIAN.parse("Совместное заявление\n\n" + POINT + "2. Стороны отметили работу Межправительственной"
        + " комиссии по торгово-экономическому и научно-техническому сотрудничеству.\n");
    // THEN its name takes in both
    assertEquals(List.of("Межправительственная комиссия по торгово-экономическому и научно-техническому сотрудничеству"),
        doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
  }

  @Test
  void aCommissionNamedByTheOpeningOfItsFullName_isThatCommission() {
    // GIVEN a commission named in full, then by its adjective and head alone
    Document doc = RUSSIAN.parse("Совместное заявление\n\n" + POINT + "2. Стороны отметили итоги заседания"
        + " Межправительственной комиссии по сотрудничеству в области культуры.\n3. Стороны договорились провести"
        + " очередное заседание Межправительственной комиссии в 2025 году в Ереване.\n");
    // THEN one mechanism is found
    assertEquals(List.of("Межправительственная комиссия по сотрудничеству в области культуры"),
        doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
  }

  @Test
  void theHeadsWhoActAfterAVisit_areNoPartOfItsName() {
    // GIVEN «В ходе визита главы государств провели переговоры» after the visit is named
    Document doc = RUSSIAN.parse("Совместное заявление Республики Армения и Монголии\n\nПрезидент Республики Армения"
        + " А.А.Иванян 2–3 сентября 2024 года посетил Монголию с официальным визитом. В ходе визита главы государств"
        + " провели переговоры.\n\n" + POINT);
    // THEN the visit is one event, with no heads in its name
    assertEquals(List.of("официальный визит"), doc.events().stream().map(e -> e.name()).collect(Collectors.toList()));
  }
}
