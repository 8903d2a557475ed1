package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 20: the classes of mechanisms seen on the documents released fresh, each on sentences
 * written for the test.
 */
final class MechanismSession20Test {
  private static final Parser ENGLISH = Parser.english();
  private static final Parser RUSSIAN = Parser.russian();

  private static final String COMMUNIQUE = "Joint Communique\n\nJakarta, 4 March 2023\n\n";
  private static final String STATEMENT = "Совместное заявление\n\nг. Москва, 4 марта 2023 года\n\n";

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  private static List<String> events(Document doc) {
    return doc.events().stream().map(e -> e.name()).collect(Collectors.toList());
  }

  @Test
  void aNumberedMeetingAtALevel_isOneOfItsSeries() {
    Document doc = ENGLISH.parse("en-s20", COMMUNIQUE
        + "1. The Ministers met on the sidelines of the 31st Pacific Foreign Ministers' Meeting in Suva.\n");
    assertEquals(List.of("Pacific Foreign Ministers' Meeting"), mechanisms(doc), () -> events(doc).toString());
    assertEquals(List.of("31st Pacific Foreign Ministers' Meeting"), events(doc));
  }

  @Test
  void aNumberedLeadersSummitOfAGroup_isOneOfItsSeriesNamedWithTheGroup() {
    Document doc = ENGLISH.parse("en-s20", COMMUNIQUE
        + "1. The Ministers prepared the Third G20 Leaders' Summit to be held in Rome.\n");
    assertEquals(List.of("G20 Leaders' Summit"), mechanisms(doc), () -> events(doc).toString());
  }

  @Test
  void aNumberedSummitWithoutALevelInItsHead_opensNoSeries() {
    Document doc = ENGLISH.parse("en-s20", COMMUNIQUE
        + "1. The Ministers welcomed the outcome of the 12th ASEAN Summit and the 9th WTO Ministerial Conference.\n");
    assertTrue(doc.mechanisms().isEmpty(), () -> mechanisms(doc).toString());
  }

  @Test
  void aQuotedFormatBeforeTheLinesPlaceAndDate_endsAtItsClosingQuote() {
    Document doc = RUSSIAN.parse("ru-s20", STATEMENT
        + "Стороны провели очередную встречу в «Нормандском формате», г. Минск, 11-12 февраля 2015 года.\n");
    assertEquals(List.of("Нормандский формат"), mechanisms(doc), () -> events(doc).toString());
  }

  @Test
  void aQuotedFormatBeforeAComma_takesNothingAfterItsQuote() {
    Document doc = RUSSIAN.parse("ru-s20", STATEMENT
        + "Стороны высоко оценили работу в «Женевском формате», в том числе экспертов.\n");
    assertEquals(List.of("Женевский формат"), mechanisms(doc));
  }

  @Test
  void aLowerCaseQuotationAroundAHead_namesNothing() {
    Document doc = RUSSIAN.parse("ru-s20", STATEMENT
        + "Стороны выступили против «гегемонизма и силовой политики», а также против блоков.\n");
    assertTrue(doc.mechanisms().isEmpty() && doc.initiatives().isEmpty(),
        () -> mechanisms(doc) + " " + doc.initiatives());
  }

  @Test
  void aQuotedTitleBeforeItsPlaceAndDate_isNoInitiative() {
    Document doc = RUSSIAN.parse("ru-s20", "15.05.2013\n\n«Стратегия Севера», г. Тромсё, Норвегия, 15 мая 2013 года\n\n"
        + "Мы, министры, собрались в Тромсё.\n");
    assertTrue(doc.initiatives().isEmpty(), () -> doc.initiatives().toString());
  }

  @Test
  void consultationsHeldOnADay_areOneRoundOfThem() {
    Document doc = RUSSIAN.parse("ru-s20", "Совместное заявление\n\nг. Баку, 21 мая 2022 года\n\n"
        + "1. Стороны приветствовали состоявшиеся 12 апреля 2022 г. в Баку консультации заместителей министров "
        + "иностранных дел Азербайджана и Грузии.\n");
    assertTrue(doc.mechanisms().isEmpty(), () -> mechanisms(doc).toString());
    assertEquals(List.of("консультации заместителей министров иностранных дел Азербайджана и Грузии"), events(doc));
  }

  @Test
  void regularConsultationsOfDeputyMinisters_stayAStandingMechanism() {
    Document doc = RUSSIAN.parse("ru-s20", "Совместное заявление\n\nг. Баку, 21 мая 2022 года\n\n"
        + "1. Стороны будут проводить регулярные консультации заместителей министров иностранных дел.\n");
    assertEquals(1, doc.mechanisms().size(), () -> mechanisms(doc) + " " + events(doc));
    assertTrue(doc.events().isEmpty(), () -> events(doc).toString());
  }

  @Test
  void aWorkingGroupOfOpenComposition_keepsItsParticipleAndTopic() {
    Document doc = RUSSIAN.parse("ru-s20", STATEMENT
        + "1. Стороны поддержали работу Рабочей группы открытого состава по вопросам кибербезопасности.\n");
    assertEquals(List.of("Рабочая группа открытого состава по вопросам кибербезопасности"), mechanisms(doc));
  }

  @Test
  void internationalDiscussions_areAFormat() {
    Document doc = ENGLISH.parse("en-s20", COMMUNIQUE
        + "1. The Co-Chairs of the Vienna International Discussions met in Vienna.\n");
    assertEquals(List.of("Vienna International Discussions"), mechanisms(doc), () -> events(doc).toString());
  }

  @Test
  void aRomanNumeralAfterABodysHead_numbersIt() {
    Document doc = ENGLISH.parse("en-s20", COMMUNIQUE
        + "1. In Working Group III, the participants discussed water issues.\n\n"
        + "2. The participants of Working Group II discussed property rights.\n");
    assertEquals(List.of("Working Group III", "Working Group II"), mechanisms(doc));
  }

  @Test
  void aNumberedAnnualConference_isOneMeeting() {
    Document doc = ENGLISH.parse("en-s20", COMMUNIQUE
        + "1. The Ministers convened the Fifth Asia-Europe Annual Conference at the Secretariat in Jakarta.\n");
    assertEquals(List.of("Fifth Asia-Europe Annual Conference"), events(doc));
  }
}
