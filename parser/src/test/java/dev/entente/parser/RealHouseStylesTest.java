package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 20's error classes, each on sentences written for the test in the house styles real
 * archives show: organisation-level adopting subjects, scraped layout (flattened and hard-wrapped
 * lines, sentences run together), the document's date in its title, bare «Заявление», and names
 * that are no names (a clause, the document itself, a bare head, a state's organ in a title).
 */
final class RealHouseStylesTest {
  private static Document parse(String text) {
    return Seeds.PARSER.parse("own.txt", text);
  }

  @Test
  void signatories_weTheHeadsOfMemberStates_isTheOrganisation() {
    Document doc = parse("Декларация Совета коллективной безопасности\n"
        + "Мы, члены Совета коллективной безопасности ОДКБ, заявляем о приверженности миру.\n"
        + "1. Подтверждаем важность сотрудничества с Казахстаном.");
    assertEquals(List.of("CSTO"), doc.signatories());
  }

  @Test
  void signatories_leadersOfMemberStatesDeclare_isTheOrganisation() {
    Document doc = parse("Руководители государств — членов Шанхайской организации сотрудничества по итогам "
        + "заседания в Бишкеке 14 июня 2019 года заявляют о следующем.\n"
        + "Стороны поддерживают Казахстан и Китай в борьбе с терроризмом.");
    assertEquals(List.of("SCO"), doc.signatories());
  }

  @Test
  void signatories_weThePresidentsOfNamedStates_areThoseStates() {
    Document doc = parse("Совместное заявление\n"
        + "Мы, президенты Республики Казахстан, Кыргызской Республики и Российской Федерации, "
        + "собравшиеся в Астане, заявляем о следующем.\n"
        + "Развитие отношений с Китаем отвечает интересам наших народов.");
    assertEquals(List.of("KZ", "KG", "RU"), doc.signatories());
  }

  @Test
  void signatories_subjectEndsAtAParticipleClause_keepsOutWhatItNames() {
    Document doc = parse("Декларация второго саммита\n"
        + "Мы, главы государств и правительств Российской Федерации и африканских государств, признанных "
        + "Организацией Объединенных Наций, собравшиеся в Санкт-Петербурге, заявляем о следующем.");
    assertEquals(List.of("RU"), doc.signatories());
  }

  @Test
  void signatories_councilOfHeadsOpensTheText_isTheOrganisation() {
    Document doc = parse("Декларация саммита\n"
        + "Совет глав государств Организации тюркских государств собрался 11 сентября 2015 г. в Астане.\n"
        + "Главы государств приветствовали Азербайджан и Турцию.");
    assertEquals(List.of("OTS"), doc.signatories());
  }

  @Test
  void signatories_headsOfTheStatesPartiesToAFoundingTreaty_areItsOrganisationAndTheStatesTheHeadingLists() {
    // GIVEN a subject defined by a treaty, under a heading that lists the heads' states
    Document doc = parse("Заявление от 5 мая 2005 года\n\n"
        + "Заявление глав государств Республики Армения, Республики Казахстан и Российской Федерации\n\n"
        + "Мы, главы государств — участников Договора о коллективной безопасности, подтверждаем "
        + "приверженность задачам обеспечения безопасности наших государств.\n\n"
        + "Будем и далее развивать сотрудничество с Китаем.");
    // THEN the treaty's organisation speaks, and the states the heading names
    assertEquals(List.of("CSTO", "AM", "KZ", "RU"), doc.signatories());
  }

  @Test
  void signatories_weTheHeadsOfARegionsStates_areTheRegionsStates() {
    Document doc = parse("Совместное заявление\n\n"
        + "Мы, главы государств Центральной Азии, собравшись в Ташкенте, заявляем о следующем.\n\n"
        + "1. Развитие отношений с Китаем отвечает интересам наших народов.");
    assertEquals(List.of("KZ", "KG", "TJ", "TM", "UZ"), doc.signatories());
  }

  @Test
  void signatories_sidesNameThePlaceOfAVisitBeforeTheirAct_areStillTheHeadsWhoMet() {
    // GIVEN «Стороны» whose sentence names one state (where the visit went) before its act
    Document doc = parse("Совместное заявление\n\n"
        + "По приглашению Президента Российской Федерации В.В.Путина Председатель Китайской Народной "
        + "Республики Си Цзиньпин находился с государственным визитом в Российской Федерации.\n\n"
        + "Стороны, опираясь на итоги визита в Российскую Федерацию, заявляют о следующем.\n\n"
        + "1. Стороны укрепляют сотрудничество.");
    // THEN the visited state is not the whole subject: both heads who met adopt the text
    assertEquals(List.of("RU", "CN"), doc.signatories());
  }

  @Test
  void signatories_leadersFollowedByTheListOfStates_areThoseStates() {
    Document doc = Parser.english().parse("own.txt", "Joint Statement\n\n"
        + "We, the leaders of Australia, India, Japan, and the United States, meeting in Tokyo on the "
        + "invitation of the host, affirm our commitment to a free and open region.\n\n"
        + "1. We welcome the cooperation with Indonesia in the region.");
    assertEquals(List.of("AU", "IN", "JP", "US"), doc.signatories());
  }

  @Test
  void participants_nameThenRoleAndStateInApposition_getTheState() {
    Document doc = parse("Декларация саммита\n\n"
        + "На встрече присутствовали Ильхам Алиев, Президент Азербайджанской Республики, и Алмазбек "
        + "Атамбаев, Президент Кыргызской Республики, которые обсудили вопросы сотрудничества.");
    assertEquals("AZ", doc.participants().stream().filter(p -> p.name().equals("Ильхам Алиев"))
        .findFirst().orElseThrow().party().orElseThrow());
  }

  @Test
  void layout_flattenedGapsAndHardWrappedLines_giveTitleDateAndOneSentence() {
    // GIVEN a page as a scraper saved it: title, date and body on one line, the body hard-wrapped
    String text = "Совместное заявление Президента Российской Федерации и Президента Республики Беларусь  "
        + "13 марта 2025 года     По приглашению\n"
        + "Президента Российской Федерации Президент Республики Беларусь посетил 13 – 14 марта 2025 г.\n"
        + "Российскую Федерацию с официальным визитом.Президенты Российской Федерации и Республики\n"
        + "Беларусь провели переговоры в атмосфере дружбы и доверия и заявляют о следующем:Главы\n"
        + "государств подтверждают союзнический характер отношений между Россией и Беларусью.";
    // WHEN
    Document doc = parse(text);
    // THEN the title stops before the body, the title's day dates the document, the sides are found
    assertTrue(doc.title().endsWith("13 марта 2025 года"), doc.title());
    assertEquals("2025-03-13", doc.date().orElseThrow().toString());
    assertEquals(List.of("RU", "BY"), doc.signatories());
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }

  @Test
  void kind_bareStatement_isOther() {
    Document doc = parse("Заявление глав государств Республики Армения и Республики Казахстан\n"
        + "Мы, главы государств, подтверждаем приверженность миру.");
    assertEquals(DocumentKind.OTHER, doc.kind());
  }

  @Test
  void names_aClauseIsNoEvent() {
    Document doc = parse("Информационное сообщение\n"
        + "10 июня 2018 года в Циндао состоялось заседание Совета глав государств-членов ШОС.\n"
        + "На заседании председательствовал Председатель Китайской Народной Республики Си Цзиньпин.");
    assertTrue(doc.events().stream().noneMatch(e -> e.name().contains("председательствовал")),
        () -> doc.events().toString());
  }

  @Test
  void names_theDocumentsOwnTitleAndABareHeadAreNoInitiatives() {
    Document doc = parse("Душанбинская декларация двадцатилетия ШОС\n"
        + "Государства-члены подтверждают приверженность Уставу и поддерживают Стратегию развития ШОС до 2025 года.");
    assertTrue(doc.initiatives().stream().noneMatch(i -> i.name().toLowerCase().contains("декларац")),
        () -> doc.initiatives().toString());
    assertTrue(doc.initiatives().stream().noneMatch(i -> i.name().equals("Уставу") || i.name().equals("Устав")),
        () -> doc.initiatives().toString());
  }

  @Test
  void names_aStatesOrganInAPersonsTitleIsNoMechanism() {
    Document doc = parse("Совместное коммюнике\n"
        + "По приглашению Премьера Государственного Совета Китайской Народной Республики Чжу Жунцзи "
        + "Председатель Правительства Российской Федерации посетил Китай. Стороны создали Рабочую группу "
        + "по инвестициям.");
    assertTrue(doc.mechanisms().stream().noneMatch(m -> m.name().startsWith("Государственного Совета")),
        () -> doc.mechanisms().toString());
  }

  @Test
  void participants_oneManInTwoForms_isOneParticipantUnderHisFullerName() {
    Document doc = parse("Информационное сообщение\n"
        + "В заседании приняли участие Президент Республики Таджикистан Э.Рахмон и Президент Республики "
        + "Казахстан Н.A.Назарбаев.\n"
        + "На заседании председательствовал Президент Республики Таджикистан Эмомали Рахмон, "
        + "Президент Республики Казахстан Н.А.Назарбаев выступил с речью.");
    assertEquals(1, doc.participants().stream().filter(p -> p.name().endsWith("Рахмон")).count(),
        () -> doc.participants().toString());
    assertTrue(doc.participants().stream().anyMatch(p -> p.name().equals("Эмомали Рахмон")),
        () -> doc.participants().toString());
    assertEquals(1, doc.participants().stream().filter(p -> p.name().contains("Назарбаев")).count(),
        () -> doc.participants().toString());
  }

  @Test
  void participants_adjectivesOfAnOrgansNameAreNoPerson() {
    Document doc = parse("Декларация саммита\n"
        + "На встрече присутствовал Спикер Великого Национального Собрания Турции Исмет Йылмаз.");
    assertTrue(doc.participants().stream().noneMatch(p -> p.name().startsWith("Великого")),
        () -> doc.participants().toString());
  }

  @Test
  void names_cutOffWhereATruncatedTextEnds_isNoInitiative() {
    Document doc = parse("Декларация\nГосударства-члены руководствуются Стратегией развития ШОС до 2025 года и "
        + "Программы многосторо");
    assertTrue(doc.initiatives().stream().noneMatch(i -> i.name().endsWith("многосторо")),
        () -> doc.initiatives().toString());
  }

  @Test
  void names_aTreatyInsideAnOrganisationsNameIsNoInitiative() {
    Document doc = parse("Совместное заявление\nГлавы государств признают ведущую роль Организации Договора "
        + "о коллективной безопасности в обеспечении стабильности.");
    assertTrue(doc.initiatives().stream().noneMatch(i -> i.name().startsWith("Договор")), () -> doc.initiatives().toString());
    assertTrue(doc.parties().stream().anyMatch(p -> p.id().equals("CSTO")));
  }

  @Test
  void layout_aLineOfBlanksAtTheStart_isReadWithoutFailing() {
    // Found by AdversarialInputTest: a first line of blanks only sent the hard-wrap check before the text.
    Document doc = parse("      \n\u0020\u0020\nСовместное заявление\n1. Стороны поддерживают сотрудничество.\n"
        + "2. Стороны договорились провести встречу.");
    assertEquals(2, doc.clauses().size(), () -> doc.clauses().toString());
  }

  @Test
  void layout_preambleOfCommaEndedLinesUnderATitle_keepsTheTitleOnItsLine() {
    // GIVEN a short opening: a headline, a lead-in, the title, a place-and-date line, then preamble
    // clauses one to a line, each ending on a comma (no blank lines, as many news sites save it)
    String text = "В Ташкенте лидеры стран приняли совместную декларацию\n"
        + "Агентство публикует полный текст документа.\n"
        + "Ташкентская декларация глав государств Центральной Азии\n"
        + "г. Ташкент 15 сентября 2023 года\n"
        + "В десятую годовщину своего сотрудничества Республика Казахстан и Республика Узбекистан,\n"
        + "высоко оценивая роль добрососедства в упрочении безопасности и стабильности в регионе,\n"
        + "отмечая высокий потенциал дальнейшего взаимодействия в торговле и энергетике,\n"
        + "заявляют о следующем.";
    // WHEN
    Document doc = parse(text);
    // THEN the title is its own line, not run on into the preamble, and it names the kind
    assertEquals("Ташкентская декларация глав государств Центральной Азии", doc.title());
    assertEquals(DocumentKind.DECLARATION, doc.kind());
    assertTrue(doc.initiatives().isEmpty(), () -> doc.initiatives().toString());
  }

  @Test
  void layout_aPreambleLineEndingOnAComma_isNoTitle() {
    // GIVEN a text with no title whose preamble clause names a treaty on a line of its own
    String text = "Президент Республики Узбекистан и Президент Республики Казахстан,\n"
        + "руководствуясь положениями Договора о вечной дружбе между Республикой Узбекистан и Республикой "
        + "Казахстан от 31 октября 1998 года,\n"
        + "желая поднять двусторонние отношения на новый уровень,\n"
        + "заявляют о следующем.";
    // WHEN
    Document doc = parse(text);
    // THEN no title (the clause is not one), and the treaty is no document kind
    assertEquals("", doc.title());
    assertEquals(DocumentKind.OTHER, doc.kind());
  }

  @Test
  void initiatives_aCharterNamedByTheOrganisationsAbbreviation_isNamedSo() {
    // GIVEN a charter the text names by the organisation's abbreviation
    Document doc = parse("Декларация\nГосударства-члены поручили подготовить предложения о внесении изменений в Хартию ШОС.");
    // THEN it is the known charter, named as the text names it
    assertEquals("SCO_CHARTER", doc.initiatives().get(0).id(), () -> doc.initiatives().toString());
    assertEquals("Хартия ШОС", doc.initiatives().get(0).name());
  }

  @Test
  void events_aCapitalHeadingUnderASitesPageTitle_namesTheHeldOccasionOnTheDocumentsDayAndPlace() {
    // GIVEN a site's page title, then the document's own heading in capitals naming its summit
    String text = "Декларация саммита 2016\n\n"
        + "ДЕКЛАРАЦИЯ ТРЕТЬЕГО САММИТА ОРГАНИЗАЦИИ ТЮРКСКИХ ГОСУДАРСТВ\n"
        + "Совет глав государств Организации тюркских государств собрался 10 сентября 2016 г. в г. Бишкеке "
        + "и заявляет о том, что государства будут и далее развивать сотрудничество.";
    // WHEN
    Document doc = parse(text);
    // THEN the summit is an event: the third, held on the document's day in its city
    Event summit = doc.events().stream().filter(e -> e.ordinal().equals(Optional.of(3))).findFirst()
        .orElseThrow(() -> new AssertionError(doc.events().toString()));
    assertEquals(EventStatus.HELD, summit.status());
    assertEquals("2016-09-10", summit.date().orElseThrow().toString());
    assertEquals("Бишкек", summit.place().orElseThrow().name());
  }

  @Test
  void initiatives_resolutionsNamedByNumber_areTwoResolutions() {
    Document doc = parse("Заявление\nСтороны подтверждают приверженность резолюции 2231 Совета Безопасности ООН "
        + "и резолюции СБ ООН 2254 и будут и далее развивать сотрудничество.");
    assertEquals(2, doc.initiatives().size(), () -> doc.initiatives().toString());
  }

  @Test
  void mechanisms_aUnionsParliamentaryAssembly_isAMechanism() {
    Document doc = parse("Совместное заявление\nСтороны высоко оценивают работу Парламентского Собрания Союза "
        + "России и Беларуси и будут и далее развивать сотрудничество.");
    assertTrue(doc.mechanisms().stream().anyMatch(m -> m.name().startsWith("Парламентск")),
        () -> doc.mechanisms().toString());
  }

  @Test
  void events_talksHeldDuringAVisit_arePartOfTheVisit() {
    // GIVEN a visit and the talks held during it
    Document doc = parse("Совместное заявление\nПрезидент Республики Узбекистан посетил Республику Казахстан "
        + "с государственным визитом 22-23 марта 2017 года. Прошли переговоры Президента Республики Узбекистан "
        + "с Президентом Республики Казахстан. Состоялись двусторонние переговоры в узком и расширенном составе.");
    // THEN the visit is the event; the talks are no event of their own
    assertTrue(doc.events().stream().anyMatch(e -> e.kind() == EventKind.VISIT), () -> doc.events().toString());
    assertTrue(doc.events().stream().noneMatch(e -> e.kind() == EventKind.TALKS), () -> doc.events().toString());
  }

  @Test
  void events_theMeetingOfTheHeadingToldInTheBodyWithItsNumber_isOneEvent() {
    // GIVEN a heading and a body that both name the seventh regular meeting, the heading without the number in the title line
    Document doc = parse("Совместное коммюнике по итогам встречи глав правительств России и Китая\n"
        + "По приглашению Премьера Китая Председатель Правительства России посетил Китай, и 22 августа 2002 года "
        + "в Шанхае состоялась седьмая регулярная встреча глав правительств России и Китая.");
    // THEN one meeting, the seventh, under the body's fuller name
    List<Event> meetings = doc.events().stream().filter(e -> e.kind() == EventKind.MEETING).toList();
    assertEquals(1, meetings.size(), meetings::toString);
    assertEquals(Optional.of(7), meetings.get(0).ordinal());
    assertTrue(meetings.get(0).name().startsWith("седьмая регулярная встреча"), meetings.get(0).name());
  }

  @Test
  void mechanisms_aPairAfterBetweenThenAnotherHead_areTwoMechanisms() {
    Document doc = parse("Совместное заявление\nСтороны поддерживают механизм регулярных консультаций между "
        + "министерствами иностранных дел и Стратегический диалог по вопросам безопасности.");
    assertEquals(2, doc.mechanisms().size(), () -> doc.mechanisms().toString());
  }

  @Test
  void signatories_statesNamedThenCalledSidesInFuture_areThoseStates() {
    Document doc = parse("Совместное заявление\nРоссийская Федерация и Китайская Народная Республика, именуемые "
        + "в дальнейшем Сторонами, заявляют о следующем.\nСтороны будут развивать сотрудничество в энергетике.");
    assertEquals(List.of("RU", "CN"), doc.signatories());
  }

  @Test
  void layout_aSitesHeadlineAndAnnouncementBeforeAnUntitledExcerpt_areNotTheDocument() {
    // GIVEN a site's headline listing states and its line announcing the excerpt, then the points
    Document doc = parse("Саммит в Казани: лидеры Бразилии, России, Индии, Китая и ЮАР приняли декларацию\n"
        + "Ниже приведены первые пять пунктов документа.\n"
        + "1. Мы, лидеры стран БРИКС, собрались в Казани 22–24 октября 2024 года на XVI саммите.\n"
        + "2. Мы подтверждаем приверженность развитию отношений с Россией.");
    // THEN only what the points name is counted
    assertEquals(List.of("BRICS", "RU"), doc.parties().stream().map(p -> p.id()).toList());
  }
}
