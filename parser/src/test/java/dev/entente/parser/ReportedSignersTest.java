package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 27: a news page that reports a document names its sides as the coordinated subject of the
 * plural verb by which they signed or adopted it («Глава МИД A … и генеральный секретарь B … подписали
 * Меморандум»), whatever the kind and wherever in the lead the sentence stands; the sides stay out of the
 * document's parties. The pages are written for these tests; the names of the people are made up.
 */
final class ReportedSignersTest {
  private static Document russian(String text) {
    return Parser.russian().parse("ru-test", text);
  }

  @Test
  void aStatesOfficialAndAnOrganisationsHeadSigningAMemorandum_areTheSides() {
    Document doc = russian("Казахстан и исламские страны договорились о сотрудничестве\n"
        + "Министр иностранных дел Казахстана Арман Тлеубаев и генеральный секретарь Организации исламского"
        + " сотрудничества Юсуф Бакри подписали во вторник Меморандум о взаимопонимании в области образования.\n"
        + "Церемония прошла в штаб-квартире организации в Джидде.\n");
    assertTrue(doc.signatories().containsAll(List.of("KZ", "OIC")), () -> doc.signatories().toString());
  }

  @Test
  void twoSpeakersSigningAnAgreementInTheSecondParagraph_areTheSides() {
    Document doc = russian("Парламенты договорились о сотрудничестве\n"
        + "3 марта 2025 года\n"
        + "Переговоры прошли в теплой и дружественной атмосфере.\n"
        + "Председатель Сената Олий Мажлиса Республики Узбекистан Тимур Каримов и председатель Национального"
        + " собрания Республики Армения Гарик Саакян подписали Соглашение о межпарламентском сотрудничестве.\n");
    assertEquals(List.of("UZ", "AM"), doc.signatories());
  }

  @Test
  void aCountryAfterAPrepositionOfPlace_isWhereTheySignedNotASide() {
    Document doc = russian("Армения и Узбекистан подписали программу сотрудничества\n"
        + "В Казахстане министры культуры Армении Анна Петросян и Узбекистана Азиз Каримов подписали"
        + " программу сотрудничества на 2026–2028 годы.\n");
    assertFalse(doc.signatories().contains("KZ"), () -> doc.signatories().toString());
    assertTrue(doc.signatories().containsAll(List.of("AM", "UZ")), () -> doc.signatories().toString());
  }

  @Test
  void aSubjectWithoutAnAnd_namesNoSides() {
    Document doc = russian("Депутаты обратились к коллегам\n"
        + "Депутаты парламента Армении на встрече в Узбекистане приняли обращение к парламентам государств региона.\n"
        + "Текст обращения будет опубликован позднее.\n");
    assertFalse(doc.signatories().contains("UZ"), () -> doc.signatories().toString());
  }

  @Test
  void anEnglishReport_namesItsSidesSo() {
    Document doc = Parser.english().parse("en-test", "Cairo and the Arab League agree on training\n"
        + "Egypt's Minister of Higher Education Karim Mansour and the Secretary-General of the League of Arab"
        + " States Omar Haddad signed a memorandum of understanding on Sunday.\n"
        + "The ceremony took place at the League's headquarters.\n");
    assertTrue(doc.signatories().containsAll(List.of("EG", "LAS")), () -> doc.signatories().toString());
  }

  @Test
  void participantsSigningAfterTheirStatesWereListed_behindASitesMenu_areTheListedStates() {
    Document doc = russian("RU\n\n"
        + "Министры транспорта обсуждают логистику\n\n"
        + " / Главная /   / Новости / Министры транспорта обсуждают логистику\n\n\n"
        + "Министры транспорта обсуждают логистику\n"
        + "05.06.2023\n\n"
        + "Второе заседание министров транспорта сегодня прошло в Бишкеке. На нем министры транспорта Киргизии,"
        + " Таджикистана, Казахстана и Узбекистана обсудили развитие коридоров.\n\n"
        + "В ходе заседания участники встречи подписали совместное коммюнике, в котором отмечается важность"
        + " транзита.\n");
    assertEquals(List.of("KG", "TJ", "KZ", "UZ"), doc.signatories());
  }

  @Test
  void theSidesOfAMeetingNamedWithADash_areTheSidesTheLeadersStandFor() {
    Document doc = russian("В Алматы прошел форум Казахстан – Евросоюз\n"
        + "В столице прошла встреча в рамках диалога Казахстан – Европейский союз. Мероприятие было посвящено"
        + " торговле.\n"
        + "В среду лидеры делегаций, участвующих во встрече, приняли совместную декларацию о транспорте.\n");
    assertEquals(List.of("KZ", "EU"), doc.signatories());
  }

  @Test
  void aListOfPlacesBeforeTheGroup_namesNoSides() {
    Document doc = russian("Делегация завершила поездку\n"
        + "Делегация министерства побывала в Армении, Грузии и Азербайджане.\n"
        + "Участники поездки подписали меморандум о сотрудничестве вузов.\n");
    assertFalse(doc.signatories().containsAll(List.of("AM", "GE", "AZ")), () -> doc.signatories().toString());
  }

  @Test
  void anEnglishReportsParticipantsAfterTheirStates_areTheStates() {
    Document doc = Parser.english().parse("en-test", "Ministers meet on migration\n"
        + "The foreign ministers of Chile, Peru and Colombia met in Lima on Tuesday to discuss migration.\n"
        + "The participants signed a joint declaration on regional migration.\n");
    assertTrue(doc.signatories().containsAll(List.of("CL", "PE", "CO")), () -> doc.signatories().toString());
  }

  @Test
  void theAgentsOfTheNounOfSigning_areTheSides() {
    Document doc = russian("Визит завершился\n"
        + "Ханой, 4 апреля. Главным итогом визита стало подписание президентами Вьетнама и Узбекистана совместного"
        + " заявления о всеобъемлющем партнерстве.\n\n"
        + "В документе говорится о торговле, энергетике и образовании.\n");
    assertTrue(doc.signatories().containsAll(List.of("VN", "UZ")), () -> doc.signatories().toString());
  }

  @Test
  void theDocumentBeforeTheVerb_andItsSignersAfterIt_areTheSides() {
    // GIVEN a lead that names the memorandum first and the officials of three states after «подписали»
    Document doc = russian("Три страны договорились о транзите\n"
        + "Меморандум о развитии транзитных перевозок подписали заместители министров транспорта Грузии,"
        + " Молдавии и Армении.\n"
        + "Следующая встреча пройдет осенью.\n");
    // THEN the three states are the sides
    assertEquals(List.of("GE", "MD", "AM"), doc.signatories());
  }

  @Test
  void aStateAfterAPrepositionOfPlace_endsTheSignersAfterTheVerb() {
    // GIVEN a document signed by two ministers in a third state's presence
    Document doc = russian("Подписан документ о связи\n"
        + "Документ подписали министры связи Словакии и Чехии в присутствии посла Австрии.\n");
    // THEN the third state is no side
    assertEquals(List.of("SK", "CZ"), doc.signatories());
  }
}
