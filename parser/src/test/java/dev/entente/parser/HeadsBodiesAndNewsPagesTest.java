package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.EdtfDate;
import dev.entente.model.Participant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, session 6: sides named by people of different titles, a role whose body is two bodies,
 * ministers who speak for their states, and the fields of a document reprinted on a news page
 * (a dateline with a numeric date, a headline before the heading the lead-in introduces), each on
 * sentences written for the test.
 */
final class HeadsBodiesAndNewsPagesTest {
  private static Document parse(String text) {
    return Seeds.PARSER.parse("own.txt", text);
  }

  @Test
  void pressRelease_theMeetingItsHeadingNames_isTheOneTheBodyHoldsThatDay_heldAndSignedByNoOne() {
    Document doc = parse("О совместном заседании коллегий министерств иностранных дел Армении и Казахстана\n\n"
        + "12 марта 2024 г.\n\n12 марта 2024 г. в Астане состоялось очередное совместное заседание коллегий "
        + "министерств иностранных дел Республики Армения и Республики Казахстан. Стороны обсудили программу "
        + "консультаций.\n");
    assertEquals(1, doc.events().size(), () -> doc.events().toString());
    dev.entente.model.Event meeting = doc.events().get(0);
    assertEquals(dev.entente.model.EventStatus.HELD, meeting.status());
    assertEquals("2024-03-12", meeting.date().map(EdtfDate::toString).orElse(null));
    assertEquals(List.of(), doc.signatories(), "a ministry's release is adopted by no sides");
  }

  @Test
  void pressRelease_theHeadingsMeetingToldAgainByTheHeadingsName_isStillTheOneMeeting() {
    // GIVEN a heading's meeting, the body's fuller meeting on the day, and the heading's words again later
    Document doc = parse("О заседании Межправительственной комиссии\n\n10 ноября 2025 г.\n\n10 ноября 2025 г. в Ереване"
        + " состоялось заседание Межправительственной комиссии по экономическому сотрудничеству между Республикой"
        + " Армения и Монголией.\n\nУчастники заседания Межправительственной комиссии отметили рост торговли.\n");
    // THEN all three are the one meeting, under the body's name
    assertEquals(1, doc.events().size(), () -> doc.events().toString());
    assertEquals(3, doc.events().get(0).mentions().size(), () -> doc.events().get(0).mentions().toString());
    assertTrue(doc.events().get(0).name().contains("по экономическому сотрудничеству"), doc.events().get(0).name());
  }

  @Test
  void signatories_aListOfPeopleByDifferentTitles_isOneSubject() {
    Document doc = parse("Декларация\n"
        + "Президент Азербайджанской Республики Гейдар Алиев, Президент Турецкой Республики Сулейман Демирель, "
        + "Председатель Меджлиса Туркменистана Сахат Мурадов и Председатель Олий Мажлиса Республики Узбекистан "
        + "Эркин Халилов провели встречу на высшем уровне.");
    assertEquals(List.of("AZ", "TR", "TM", "UZ"), doc.signatories(), "a chairman of parliament speaks for his state too");
  }

  @Test
  void participant_aRoleOverTwoBodiesJoinedByAnd_keepsTheRoleAndTheParty() {
    Document doc = parse("Совместное заявление\n"
        + "В Москве состоялись переговоры между Президентом Российской Федерации В.В.Путиным и Председателем "
        + "Государственного Совета и Совета Министров Республики Куба М.Диас-Канелем, в ходе которых главы двух "
        + "государств подтвердили характер отношений.");
    Participant cuban = doc.participants().stream().filter(p -> "CU".equals(p.party().orElse(null))).findFirst().orElseThrow();
    assertEquals("председатель", cuban.role().orElse(null), "«Министров» belongs to the second body, not the role");
    assertEquals(List.of("RU", "CU"), doc.signatories());
  }

  @Test
  void signatories_ministersOfTwoStatesWhoOpenThePreamble_speakForThem() {
    Document doc = parse("Совместное коммюнике\n"
        + "По приглашению Министра иностранных дел Российской Федерации С.В.Лаврова Министр иностранных дел "
        + "Китайской Народной Республики Ван И посетил Москву с официальным визитом. Министры провели переговоры.");
    assertEquals(List.of("RU", "CN"), doc.signatories());
  }

  /** A meeting's opening that names its two inviting speakers, then who took part. */
  private static String speakersMeeting(String attendees) {
    return "Минск, 5 мая 2019 г.\n"
        + "1. Первая встреча председателей парламентов была проведена в г. Минске 5 мая 2019 г. по приглашению "
        + "Председателя Палаты представителей Республики Беларусь Ивана Петрова и Председателя Совета Федерации "
        + "Российской Федерации Анны Ивановой. В ней приняли участие " + attendees + ".\n"
        + "2. Участники обсудили сотрудничество.";
  }

  @Test
  void signatories_attendeesListedBesideTheInvitingOfficials_areSidesToo() {
    Document doc = parse(speakersMeeting("руководители парламентов Республики Армения, Республики Беларусь, "
        + "Республики Казахстан и Российской Федерации"));
    assertEquals(List.of("BY", "RU", "AM", "KZ"), doc.signatories());
  }

  @Test
  void signatories_attendeesWhoLeaveOutAnInvitingOfficial_addNoSides() {
    Document doc = parse(speakersMeeting("наблюдатели Республики Армения и Республики Казахстан"));
    assertEquals(List.of("BY", "RU"), doc.signatories());
  }

  @Test
  void signatories_headsNamedAfterWordsOfHelp_adoptNothing() {
    Document doc = parse("Совместное заявление по Ближнему Востоку\n\n5 мая 2010 года\n\n"
        + "Принято Президентом Франции Николя Саркози, Председателем Европейского совета Хосе Мария Аснаром, при "
        + "содействии Генерального секретаря Лиги арабских государств Амра Мусы и Председателя Комиссии Европейских "
        + "сообществ Жака Делора в Париже 5 мая 2010 года\n\nМы выражаем озабоченность развитием обстановки.");
    assertEquals(List.of("FR", "EU"), doc.signatories());
  }

  @Test
  void dateAndPlace_ofANewsPage_areTheMeetingsNotTheDatelines() {
    Document doc = parse("НИАТ «Ховар» представляет Совместное заявление участников встречи\n"
        + "ДУШАНБЕ, 15.10.2022 /НИАТ «Ховар»/. Как было сообщено ранее, 14 октября в Астане прошла встреча глав "
        + "государств. По итогам саммита участниками принято Совместное заявление.\n"
        + "НИАТ «Ховар» представляет полный текст документа.\n"
        + "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ\n"
        + "Мы, президенты Республики Казахстан и Российской Федерации, собравшиеся в ознаменование годовщины, "
        + "подтверждаем приверженность Уставу ООН.");
    assertEquals("СОВМЕСТНОЕ ЗАЯВЛЕНИЕ", doc.title(), "the heading the lead-in introduces, not the headline");
    assertEquals(EdtfDate.ofDay(2022, 10, 15), doc.publicationDate().orElseThrow(), "the dateline dates the page");
    assertEquals(EdtfDate.ofDay(2022, 10, 14), doc.date().orElseThrow());
    assertEquals("Астана", doc.place().orElseThrow().name());
  }

  @Test
  void kind_withNoTitle_isTheOneAHeadlineSaysWasAdopted() {
    Document doc = parse("Путин и Байден приняли совместное заявление\n"
        + "Полный текст заявления, опубликованный Кремлем:\n"
        + "\"Мы, Президент Российской Федерации и Президент Соединенных Штатов Америки, отмечаем прогресс.\"");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }

  @Test
  void kind_aHyphenatedCityAdjective_opensTheTitle() {
    Document doc = parse("Алма-Атинская декларация\n"
        + "Стороны подтверждают приверженность Уставу ООН и заявляют о следующем.");
    assertEquals(DocumentKind.DECLARATION, doc.kind());
    assertEquals("Алма-Атинская декларация", doc.title());
  }

  @Test
  void place_aTitleThatOpensWithACitysAdjective_isThatCity() {
    assertEquals("Москва", parse("МОСКОВСКАЯ ДЕКЛАРАЦИЯ\nГлавы государств заявляют о следующем.").place().orElseThrow().name());
    assertEquals("Баку", parse("Бакинская декларация\nГлавы государств заявляют о следующем.").place().orElseThrow().name());
    assertEquals("Циндао", parse("Циндаоская декларация\nГлавы государств заявляют о следующем.").place().orElseThrow().name());
    assertEquals(java.util.Optional.empty(), parse("Политическая декларация\nГлавы государств заявляют о следующем.").place(),
        "an adjective in «-ический» names no city");
  }

  @Test
  void participant_aMonarchsOneNameAndRegnalNumber_isAPerson() {
    Document doc = parse("Заявление\n"
        + "Король Иорданского Хашимитского Королевства Абдалла II и Президент Российской Федерации В.В.Путин "
        + "провели переговоры в Москве.");
    Participant king = doc.participants().stream().filter(p -> "JO".equals(p.party().orElse(null))).findFirst().orElseThrow();
    assertEquals("Абдалла II", king.name());
    assertEquals(List.of("JO", "RU"), doc.signatories());
  }

  @Test
  void participant_lowerCaseParticlesInsideAName_belongToIt() {
    Document doc = parse("Заявление\n"
        + "Эмир Государства Катар шейх Тамим бен Хамад Аль Тани и Президент Российской Федерации В.В.Путин "
        + "провели переговоры.");
    List<String> names = doc.participants().stream().map(Participant::name).collect(java.util.stream.Collectors.toList());
    assertEquals(List.of("Тамим бен Хамад Аль Тани", "В.В.Путин"), names,
        "the particle and family name after the given names belong to it; no second person starts inside it");
  }
}
