package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Russian house styles of 2001–2025 read in session 11: texts without line breaks (a heading in
 * capitals run on into the body, points numbered inside a paragraph). Every text is written for
 * these tests.
 */
final class RussianHouseStylesTest {
  private static final Parser RUSSIAN = Parser.russian();

  @Test
  void aHeadingInCapitalsRunOnIntoTheBody_leavesTheBodyItsSubject() {
    // GIVEN a text without line breaks: the heading in capitals, the organisation's heads as the subject, points inline
    Document doc = RUSSIAN.parse("ЗАЯВЛЕНИЕ ГЛАВ ГОСУДАРСТВ – ЧЛЕНОВ ОРГАНИЗАЦИИ ДОГОВОРА О КОЛЛЕКТИВНОЙ БЕЗОПАСНОСТИ"
        + " Главы государств – членов Организации Договора о коллективной безопасности, собравшиеся 10 ноября 2022 года"
        + " в Ереване на сессии Совета коллективной безопасности, заявляют о следующем: 1. Мы подтверждаем верность"
        + " Уставу ОДКБ и целям Организации. 2. Мы поручаем Совету министров обороны продолжить работу по укреплению"
        + " коллективных сил. 3. Следующая сессия Совета коллективной безопасности ОДКБ пройдет в 2023 году в Беларуси.");
    // THEN the heading is the title, the organisation adopts the text, and its points are three
    assertEquals("ЗАЯВЛЕНИЕ ГЛАВ ГОСУДАРСТВ – ЧЛЕНОВ ОРГАНИЗАЦИИ ДОГОВОРА О КОЛЛЕКТИВНОЙ БЕЗОПАСНОСТИ", doc.title());
    assertEquals(List.of("CSTO"), sorted(doc.signatories()));
    assertEquals(3, doc.clauses().size());
  }

  @Test
  void pointsNumberedInsideAParagraph_eachKeepTheirOwnPlace() {
    // GIVEN one paragraph whose points follow a comma and semicolons, the first naming the meeting's city
    Document doc = RUSSIAN.parse("Совместное заявление\n\nГлавы государств Центральной Азии, собравшиеся 6 августа 2019 года"
        + " в Ташкенте, на втором Консультативном совещании, 1. подтвердили важность регулярных встреч на высшем уровне"
        + " для развития регионального сотрудничества и добрососедства; 2. договорились провести третье Консультативное"
        + " совещание в 2020 году в Туркменистане; 3. приветствовали работу национальных координаторов.\n");
    // THEN the third meeting is planned in the country the second point names, not in the city of the first
    Event third = doc.events().stream().filter(e -> e.name().startsWith("третье")).findFirst().orElseThrow();
    assertEquals("Туркменистан", third.place().orElseThrow().name());
    assertEquals(3, doc.clauses().size());
  }

  @Test
  void surnamesThatDoNotDecline_stayAsWritten_andTheGivenNameTakesTheNominative() {
    // GIVEN Persian and Turkic surnames after roles in the instrumental and genitive, and a hyphenated surname after initials
    Document doc = RUSSIAN.parse("Совместное заявление\n\n1. Министр иностранных дел Республики Армения встретился"
        + " с Министром иностранных дел Турецкой Республики Орханом Фиданоглу и с Вице-премьером Республики Таджикистан"
        + " Давлатшохом Назарзода.\n2. Президент Республики Казахстан провел переговоры с Эмиром Государства Катар"
        + " Т.Х.Аль-Тани.\n");
    // THEN the surnames keep their endings, the given name loses its case, and the hyphenated surname is whole
    List<String> names = doc.participants().stream().map(p -> p.name()).sorted().collect(Collectors.toList());
    assertEquals(List.of("Давлатшох Назарзода", "Орхан Фиданоглу", "Т.Х.Аль-Тани"), names);
  }

  @Test
  void aCommissionsNameWithListedAdjectives_andItsMeeting_areBothFound() {
    // GIVEN the numbered meeting of a joint commission whose subject lists adjectives with a comma and «и»
    Document doc = RUSSIAN.parse("Совместное заявление\n\nМосква, 12 апреля 2019 года\n1. Стороны приветствовали"
        + " проведение первого заседания Совместной российско-бразильской комиссии по торгово-экономическому,"
        + " научно-техническому и гуманитарному сотрудничеству в 2020 году в Бразилиа.\n"
        + "2. Стороны отметили работу Совместной рабочей группы по энергетике и инвестициям.\n");
    // THEN the commission is a mechanism with its whole name, and the working group's subject keeps both nouns
    assertEquals(List.of("Совместная российско-бразильская комиссия по торгово-экономическому, научно-техническому"
        + " и гуманитарному сотрудничеству", "Совместная рабочая группа по энергетике и инвестициям"),
        doc.mechanisms().stream().map(m -> m.name()).collect(Collectors.toList()));
  }

  @Test
  void aFormatNamedWithAPlus_andACouncilOfATreatyOrganisation_keepTheirWholeNames() {
    // GIVEN «С5+1» in Cyrillic without quotes, a council named after a treaty organisation, a frequency after a name
    Document doc = RUSSIAN.parse("Совместное заявление\n\nБишкек, 3 марта 2024 года\n1. Министры провели встречу в"
        + " формате С5+1 и обсудили региональную безопасность.\n2. Министры отметили роль Совета министров обороны"
        + " государств – членов Организации Договора о коллективной безопасности.\n3. Стороны будут проводить"
        + " заседания Делового совета раз в два года.\n");
    // THEN the format, the council with the organisation's whole name and the business council are the mechanisms
    assertEquals(List.of("формат С5+1", "Совет министров обороны государств - членов Организации Договора о коллективной"
        + " безопасности", "Деловой совет"),
        doc.mechanisms().stream().map(m -> m.name()).collect(Collectors.toList()));
  }

  @Test
  void aForumsParticipantsWhoAdoptTheText_leaveItWithoutSignatories() {
    // GIVEN a final statement adopted by the participants of a forum named after two states
    Document doc = RUSSIAN.parse("Итоговое заявление\n\nУчастники Форума регионов Беларуси и России, собравшиеся"
        + " 28 июня 2023 года в Уфе, приняли настоящее заявление.\n1. Участники поддерживают развитие"
        + " межрегиональных связей.\n");
    // THEN nobody signs it, though both states are mentioned
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aCommissionsAliasAfterHereinafter_isTheCommission_andASeriesKeepsItsCapitalisedAdjective() {
    // GIVEN «(далее – Комиссия)» after a commission's name, and the numbered meetings of a consultative body
    Document doc = RUSSIAN.parse("Протокол\n\nДушанбе, 5 мая 2022 года\n1. Межправительственная комиссия по"
        + " сотрудничеству между Республикой Таджикистан и Республикой Беларусь (далее – Комиссия) провела"
        + " заседание.\n2. Стороны отметили итоги второго Консультативного совещания министров транспорта"
        + " и договорились провести третье Консультативное совещание министров транспорта в 2023 году.\n");
    // THEN the alias is no mechanism of its own, and the series is named with «Консультативное»
    assertEquals(List.of("Межправительственная комиссия по сотрудничеству между Республикой Таджикистан и Республикой"
        + " Беларусь", "Консультативное совещание министров транспорта"),
        doc.mechanisms().stream().map(m -> m.name()).collect(Collectors.toList()));
  }

  @Test
  void aNameWithItsPatronymic_keepsTheSurname_andAGivenNameOfTheADeclensionTakesTheNominative() {
    // GIVEN a head named in full with his patronymic, and a guest whose given name is in the genitive
    Document doc = RUSSIAN.parse("Совместное заявление\n\nАстана, 3 июля 2024 года\n1. Президент Республики Казахстан"
        + " Касым-Жомарт Кемелевич Токаев приветствовал участие Премьер-министра Республики Индия Нарендры Моди.\n");
    // THEN both names are whole and in the nominative
    assertEquals(List.of("Касым-Жомарт Кемелевич Токаев", "Нарендра Моди"),
        doc.participants().stream().map(p -> p.name()).collect(Collectors.toList()));
  }

  @Test
  void anOrganisationsConceptBeforeAKnownInitiativeAfterAnd_isAnInitiativeOfItsOwn() {
    // GIVEN an organisation's named concept, «и», then an initiative the data knows
    Document doc = RUSSIAN.parse("Декларация\n\nДушанбе, 15 июня 2019 года\n1. Мы приветствуем принятие Концепции"
        + " развития СВМДА и Каталога мер доверия СВМДА.\n");
    // THEN both are initiatives of the organisation
    assertEquals(List.of("Каталог мер доверия СВМДА", "Концепция развития СВМДА"),
        doc.initiatives().stream().map(i -> i.name()).sorted().collect(Collectors.toList()));
  }

  @Test
  void twoOrgansNamedFromOneOrganisation_areTwoMechanisms() {
    // GIVEN two organs of one union that the gazetteer lists under it, each named from the union's first word
    Document doc = RUSSIAN.parse("Заявление\n\nМинск, 26 мая 2023 года\n1. Главы государств поручили Евразийской"
        + " экономической комиссии подготовить доклад.\n2. Доклад будет рассмотрен на заседании Евразийского"
        + " межправительственного совета.\n");
    // THEN the commission and the council stay apart
    assertEquals(List.of("Евразийская экономическая комиссия", "Евразийский межправительственный совет"),
        doc.mechanisms().stream().map(m -> m.name()).sorted().collect(Collectors.toList()));
  }

  @Test
  void aSignatureBlockInTwoColumnsRunTogether_givesBothStates() {
    // GIVEN no subject in the body, and a signature block whose two columns share the lines
    Document doc = RUSSIAN.parse("Меморандум о сотрудничестве в области образования\n\n1. Стороны будут развивать обмены"
        + " студентами.\n2. Настоящий Меморандум вступает в силу с даты подписания.\n\n"
        + "За Правительство                              За Правительство\n"
        + "Республики Таджикистан                        Королевства Таиланд\n");
    // THEN the states under «За Правительство» sign it
    assertEquals(List.of("TH", "TJ"), sorted(doc.signatories()));
  }

  @Test
  void consultationsBetweenMinistriesWithTheirSubject_areAMechanismInLowerCase() {
    // GIVEN consultations between foreign ministries on a subject, praised without a date
    Document doc = RUSSIAN.parse("Совместное заявление\n\nБаку, 2 марта 2024 года\n1. Стороны высоко оценивают"
        + " межмидовские консультации по вопросам консульского сотрудничества.\n");
    // THEN they are a standing mechanism (GUIDELINES: consultations), though written in lower case
    assertEquals(List.of("межмидовские консультации по вопросам консульского сотрудничества"),
        doc.mechanisms().stream().map(m -> m.name()).collect(Collectors.toList()));
  }

  @Test
  void anEventWhereSomethingWasWorkedOut_wasHeld() {
    // GIVEN undated summits named after what was worked out at them
    Document doc = RUSSIAN.parse("Совместное заявление\n\nМинск, 1 июня 2005 года\n1. Стороны подтверждают"
        + " договоренности, согласованные на саммите ШОС в Ташкенте.\n");
    // THEN the summit took place
    assertEquals(List.of(dev.entente.model.EventStatus.HELD),
        doc.events().stream().map(Event::status).collect(Collectors.toList()));
  }

  @Test
  void aClosingLineOfCityAndDay_datesTheText_overADayInAPoint() {
    // GIVEN a point that dates an event in the same city, and a closing line «г. Город, день»
    Document doc = RUSSIAN.parse("Совместное заявление Республики Казахстан и Монголии\n\n1. Стороны приветствовали"
        + " проведение 10 октября 2023 г. в Астане Казахстанско-монгольского делового форума.\n"
        + "2. Стороны договорились продолжить сотрудничество.\n\nг. Астана, 12 октября 2023 г.\n");
    // THEN the closing line gives the document's day
    assertEquals("2023-10-12", doc.date().orElseThrow().toString());
  }
}
