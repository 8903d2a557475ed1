package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20's initiatives, mechanisms and events on sentences written in the genre's grammar: where
 * a name ends (a predicate, a person's initials), where it starts (not at a noun or preposition
 * that looks like an adjective, nor at a describing participle), plural heads that name a kind of
 * thing, organs of one organisation, a visit referred to by its head alone, and the agent of a
 * proposal.
 */
final class RussianConceptNamesTest {
  private static final String OPENING = "Совместное заявление\n\nМосква, 5 мая 2024 года\n\nСтороны, руководствуясь "
      + "желанием и дальше развивать отношения, заявляют о следующем:\n\n1. ";

  private static Document parse(String clauses) {
    return Seeds.PARSER.parse("own.txt", OPENING + clauses);
  }

  private static List<String> names(Document doc) {
    List<String> names = new java.util.ArrayList<>();
    doc.initiatives().forEach(i -> names.add(i.name()));
    doc.mechanisms().forEach(m -> names.add(m.name()));
    doc.events().forEach(e -> names.add(e.name()));
    return names;
  }

  @Test
  void nameEnd_aFiniteVerbOrPronounAfterTheComplement_endsTheName() {
    Document doc = parse("Стороны отмечают, что переговоры о подготовке нового Союзного договора зашли в тупик.\n"
        + "2. Состоявшийся в Пекине Глобальный форум по устойчивому развитию транспорта имеет большое значение.\n"
        + "3. Что касается Делового совета ШОС, мы обязуемся и далее поддерживать его работу.");
    List<String> names = names(doc);
    assertTrue(names.stream().noneMatch(n -> n.contains("зашли") || n.contains("имеет") || n.contains(" мы")),
        names::toString);
    assertTrue(names.contains("Глобальный форум по устойчивому развитию транспорта"), names::toString);
  }

  @Test
  void nameStart_aParticipleANounOrAPrepositionBeforeTheHead_isNotPartOfTheName() {
    Document doc = parse("Стороны приветствуют выполнение утвержденной Программы сотрудничества.\n"
        + "2. Стороны поддерживают выполнение решений Высшего Государственного Совета Союзного государства.\n"
        + "3. Стороны будут участвовать в выставках, включая Китайскую международную выставку импортных товаров "
        + "в Шанхае.");
    List<String> names = names(doc);
    assertTrue(names.contains("Программа сотрудничества"), names::toString);
    assertTrue(names.contains("Высший Государственный Совет Союзного государства"), names::toString);
    assertTrue(names.contains("Китайская международная выставка импортных товаров"), names::toString);
  }

  @Test
  void nameRunsOn_aPluralParticipleThatQualifiesTheNounAfterIt_likeAnAdjective() {
    Document doc = parse("Стороны одобряют реализацию Программы согласованных действий в области внешней политики "
        + "на 2024-2025 годы.\n2. Стороны утвердили План совместных мероприятий, принятых министрами, и выполняют его.");
    List<String> names = names(doc);
    assertTrue(names.contains("Программа согласованных действий в области внешней политики"), names::toString);
    assertTrue(names.stream().noneMatch(n -> n.contains("принятых")), names::toString);
  }

  @Test
  void atSomeonesInitiative_namesNoInitiative_aNamedOneAfterTheSamePrepositionStays() {
    Document doc = parse("Стороны провели встречу, организованную по инициативе Президента Французской Республики.\n"
        + "2. Стороны действуют по Инициативе «Пояс и путь».");
    List<String> names = doc.initiatives().stream().map(Initiative::name).toList();
    assertTrue(names.stream().noneMatch(n -> n.toLowerCase().contains("президент")), names::toString);
    assertEquals(1, names.size(), names::toString);
  }

  @Test
  void plural_meetingsInTwoCitiesJoinedByAnd_areOneMeetingInEachCity() {
    Document doc = parse("Стороны подтверждают договоренности, выработанные на саммитах ОДКБ в Минске и Ереване.\n"
        + "2. Стороны отмечают значение саммитов БРИКС.");
    List<String> events = doc.events().stream().map(e -> e.name() + "@" + e.place().map(p -> p.name()).orElse("-")).toList();
    assertEquals(List.of("саммит ОДКБ в Минске@Минск", "саммит ОДКБ в Ереване@Ереван"), events);
  }

  @Test
  void nameEnd_initialsOfThePersonWhoHeadsABody_areNotPartOfItsName() {
    Document doc = parse("В заседании приняли участие Председатель Правления Делового совета ШОС М.Д.Шаршекеев и "
        + "Директор Исполнительного комитета Региональной антитеррористической структуры ШОС Д.Ф.Гиёсов.");
    List<String> names = doc.mechanisms().stream().map(Mechanism::name).toList();
    assertTrue(names.contains("Деловой совет ШОС"), names::toString);
    assertTrue(names.contains("Исполнительный комитет Региональной антитеррористической структуры ШОС"),
        names::toString);
  }

  @Test
  void plural_aLowerCaseHeadInThePlural_namesNoEventAndNoBody() {
    Document doc = parse("Стороны поддерживают проведение форумов и конференций по вопросам торговли ШОС.\n"
        + "2. Стороны будут активизировать работу совместных рабочих групп Межправительственной комиссии.\n"
        + "3. Стороны подчеркивают значение саммитов БРИКС.");
    assertTrue(doc.events().isEmpty(), () -> doc.events().toString());
    assertTrue(doc.mechanisms().stream().noneMatch(m -> m.name().contains("групп")),
        () -> doc.mechanisms().toString());
  }

  @Test
  void plural_regularMeetingsOfMinisters_areAMechanismNotAnEvent() {
    Document doc = parse("Стороны договорились на регулярной основе проводить встречи министров иностранных дел.");
    assertTrue(doc.events().isEmpty(), () -> doc.events().toString());
    assertEquals(1, doc.mechanisms().size(), () -> doc.mechanisms().toString());
  }

  @Test
  void organs_twoBodiesTheGazetteerListsUnderOneOrganisation_areTwoMechanisms() {
    Document doc = parse("Стороны высоко оценивают деятельность Делового совета ШОС и Исполнительного комитета "
        + "Региональной антитеррористической структуры ШОС.");
    assertEquals(2, doc.mechanisms().size(), () -> doc.mechanisms().toString());
  }

  @Test
  void visit_referredToByItsHeadAlone_isTheVisitTheTextNamed() {
    Document doc = Seeds.PARSER.parse("own.txt", "Совместное заявление\n\nПо приглашению Председателя Китайской "
        + "Народной Республики Президент Российской Федерации 16 – 17 мая 2024 года находился в Китае с "
        + "государственным визитом.\n\n1. Стороны высоко оценивают итоги визита и договорились, что следующая "
        + "встреча глав государств состоится в 2025 году в России.\n\nПекин, 16 мая 2024 года");
    List<Event> visits = doc.events().stream().filter(e -> e.kind() == EventKind.VISIT).toList();
    assertEquals(1, visits.size(), visits::toString);
    assertEquals("2024-05-16/2024-05-17", visits.get(0).date().map(Object::toString).orElse(null));
  }

  @Test
  void proposer_theAgentAfterAProposalsParticiple_beforeASideThatOpensTheSentence() {
    Document doc = parse("Российская сторона поддерживает предложенную казахстанской стороной Программу "
        + "«Зеленый мост».");
    List<Initiative> found = doc.initiatives();
    assertEquals(1, found.size(), found::toString);
    assertEquals("KZ", found.get(0).proposer().orElse(null));
  }

  @Test
  void heads_aPlanNamedWithItsComplementAndAnExpo_areFound() {
    Document doc = parse("Министры приветствовали принятие Плана совместных действий на 2023 – 2028 годы.\n"
        + "2. Стороны приветствуют проведение в Харбине в мае 2024 года VIII Российско-Китайского ЭКСПО.");
    assertTrue(doc.initiatives().stream().anyMatch(i -> i.name().startsWith("План совместных действий")),
        () -> doc.initiatives().toString());
    assertTrue(doc.events().stream().anyMatch(e -> e.name().contains("ЭКСПО") && e.ordinal().orElse(0) == 8),
        () -> doc.events().toString());
  }

  @Test
  void visit_theStateVisitedAndTheDaysOfTheVisit_notTheCityOrDayOfAMeetingDuringIt() {
    Document doc = Seeds.PARSER.parse("own.txt", "Совместное коммюнике\n\nПредседатель Правительства Российской "
        + "Федерации 21-23 августа 2002 года посетил Китайскую Народную Республику с официальным визитом, в ходе "
        + "которого 22 августа 2002 года в Шанхае состоялась седьмая регулярная встреча глав правительств.\n\n"
        + "Шанхай, 22 августа 2002 года");
    Event visit = doc.events().stream().filter(e -> e.kind() == EventKind.VISIT).findFirst().orElseThrow();
    assertEquals("CN", visit.place().flatMap(p -> p.country()).orElse(null), visit::toString);
    assertEquals("2002-08-21/2002-08-23", visit.date().map(Object::toString).orElse(null));
  }

  @Test
  void visit_aDateBetweenTheVerbOfVisitAndTheState_stillGivesTheState() {
    Document doc = parse("Президент Республики Беларусь посетил 13 – 14 марта 2025 г. Российскую Федерацию с "
        + "официальным визитом.");
    Event visit = doc.events().stream().filter(e -> e.kind() == EventKind.VISIT).findFirst().orElseThrow();
    assertEquals("RU", visit.place().flatMap(p -> p.country()).orElse(null), visit::toString);
  }

  @Test
  void place_aCityTheGazetteerLacksFollowedByItsState_isThatCity() {
    Document doc = parse("Мы встретились в Сэндтоне, Южная Африка, 22 – 24 августа 2023 года на XV саммите БРИКС.");
    Event summit = doc.events().stream().filter(e -> e.ordinal().orElse(0) == 15).findFirst().orElseThrow();
    assertEquals("Сэндтон", summit.place().map(p -> p.name()).orElse(null), summit::toString);
    assertEquals("ZA", summit.place().flatMap(p -> p.country()).orElse(null), summit::toString);
  }

  @Test
  void events_theNextMeetingWithItsDateAndPlace_isAPlannedEvent() {
    Document doc = parse("Стороны договорились провести следующую встречу в 2025 году в Пекине.");
    assertEquals(1, doc.events().size(), () -> doc.events().toString());
    assertEquals("2025", doc.events().get(0).date().map(Object::toString).orElse(null));
    assertEquals("CN", doc.events().get(0).place().flatMap(p -> p.country()).orElse(null));
  }

  @Test
  void opening_aProgrammeThatOpensAnUntitledPage_isTheTextItself() {
    Document doc = Seeds.PARSER.parse("own.txt", "Программа научно-технического сотрудничества между Республикой Беларусь и "
        + "Республикой Индонезией на 2026-2028 годы\n\nСтороны, желая развивать связи, договорились о следующем "
        + "(далее – Программа научно-технического сотрудничества):\n\n1. Стороны проводят совместные исследования "
        + "в рамках Программы научно-технического сотрудничества между Республикой Беларусь и Республикой Индонезией.\n"
        + "2. Стороны содействуют выполнению Национальной стратегии развития цифровой экономики.");
    List<String> names = names(doc);
    assertTrue(names.stream().noneMatch(n -> n.startsWith("Программа научно")), names::toString);
    assertTrue(names.contains("Национальная стратегия развития цифровой экономики"), names::toString);
  }

  @Test
  void opening_aProgrammeUnderATitledStatement_staysAnInitiative() {
    Document doc = parse("Стороны одобряют Программу сотрудничества в области образования на 2026-2028 годы.");
    List<String> names = names(doc);
    assertTrue(names.stream().anyMatch(n -> n.startsWith("Программа сотрудничества")), names::toString);
  }
}
