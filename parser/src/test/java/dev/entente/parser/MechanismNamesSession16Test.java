package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import dev.entente.model.MechanismKind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Formats named by their members' number («C5+1», «P5+1») and where a body's name ends before what a
 * decision of the body is about (session 16), on sentences written for these tests.
 */
final class MechanismNamesSession16Test {
  private static final Parser ENGLISH = Parser.english();

  private static Document english(String body) {
    return ENGLISH.parse("en-formats", "Joint Statement of Canada and the Republic of Chile\n\nOttawa, 10 June 2025\n\n" + body + "\n");
  }

  private static List<String> names(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  /** «talks between the P5+1 and Iran»: a format by its members' number standing alone is a mechanism. */
  @Test
  void aFormatByItsMembersNumberIsAMechanism() {
    // GIVEN
    Document doc = english("The Ministers called for a resumption of the talks between the P5+1 and Iran.");
    // THEN
    assertEquals(List.of("P5+1"), names(doc), doc.events().toString() + doc.parties());
    assertEquals(MechanismKind.FORMAT, doc.mechanisms().get(0).kind());
  }

  /** «Страны “С5+1” подтверждают …»: the format in quotes, in Russian, is a mechanism too. */
  @Test
  void aQuotedFormatByItsMembersNumberIsAMechanism() {
    // GIVEN
    Document doc = parse("Страны “С5+1” подтверждают приверженность расширению взаимодействия в области энергетики.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    assertEquals("С5+1", doc.mechanisms().get(0).name(), dump(doc));
  }

  /** «the C5+1 Secretariat», «C5+1 countries»: a word that runs on from the format leaves the name to the head. */
  @Test
  void aFormatTheNextWordRunsOnFromIsNoItemOfItsOwn() {
    // GIVEN
    Document doc = english("The Ministers welcomed the work of the C5+1 Secretariat in the C5+1 countries.");
    // THEN
    assertEquals(List.of("C5+1 Secretariat"), names(doc), doc.mechanisms().toString());
  }

  /** «a 2+2 price», «COVID-19»: numbers alone, or capitals with a number and no «+», name no format. */
  @Test
  void numbersWithoutCapitalsNameNoFormat() {
    // GIVEN
    Document doc = english("The Leaders discussed the response to COVID-19 and agreed that 2+2 equals four.");
    // THEN
    assertTrue(doc.mechanisms().isEmpty(), doc.mechanisms().toString());
  }

  /** «Решение Совета глав государств — членов ШОС о предоставлении …»: the body's name ends at the organisation. */
  @Test
  void aBodysNameEndsBeforeWhatItsDecisionIsAbout() {
    // GIVEN
    Document doc = parse("Стороны приветствовали Решение Совета глав государств — членов ШОС о предоставлении "
        + "Республике Беларусь статуса государства-члена.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    String name = doc.mechanisms().get(0).name();
    assertTrue(name.startsWith("Совет глав государств") && name.endsWith("ШОС"), dump(doc));
  }

  /** «Заявление Совета министров иностранных дел СНГ о …» and the Council named again: one mechanism. */
  @Test
  void aBodyNamedBeforeTwoTopicsIsOne() {
    // GIVEN
    Document doc = parse("Стороны поддерживают Заявление Совета министров иностранных дел СНГ о борьбе с терроризмом "
        + "и Решение Совета министров иностранных дел СНГ о плане консультаций.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    assertTrue(doc.mechanisms().get(0).name().endsWith("СНГ"), dump(doc));
  }

  /** «Совет по сотрудничеству в области образования»: a body's field after «по» stays in its name. */
  @Test
  void aBodysFieldStaysInItsName() {
    // GIVEN
    Document doc = parse("Стороны договорились создать Совет по сотрудничеству в области образования.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    assertTrue(doc.mechanisms().get(0).name().contains("образования"), dump(doc));
  }
  /** «an official visit to Santiago … his first visit to Chile»: «first» counts the visitor's visits; one visit. */
  @Test
  void aFirstVisitToThePlaceOfTheVisitToldIsThatVisit() {
    // GIVEN
    Document doc = english("The Prime Minister of Canada paid an official visit to Santiago from 8 to 10 June 2025. "
        + "This was the Prime Minister's first visit to Chile since assuming office.");
    // THEN
    List<String> visits = doc.events().stream().map(e -> e.name()).collect(Collectors.toList());
    assertEquals(1, visits.size(), doc.events().toString());
    assertTrue(doc.events().get(0).ordinal().isEmpty(), doc.events().toString());
  }

  /** A first visit to another country than the visit told is another visit. */
  @Test
  void aFirstVisitElsewhereStaysAVisitOfItsOwn() {
    // GIVEN
    Document doc = english("The Prime Minister of Canada paid an official visit to Santiago from 8 to 10 June 2025. "
        + "The President of Chile accepted an invitation to make his first visit to Canada.");
    // THEN
    assertEquals(2, doc.events().size(), doc.events().toString());
  }
  /** «договорились учредить постоянный секретариат»: a head with a word of its own that a cue creates is a mechanism. */
  @Test
  void aBodyOfATwoWordHeadThatACueCreatesIsAMechanism() {
    // GIVEN
    Document doc = parse("Стороны договорились учредить постоянный секретариат.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    assertEquals("постоянный секретариат", doc.mechanisms().get(0).name(), dump(doc));
  }

  /** «отметили работу постоянного секретариата»: the same words with no cue of creation name no body. */
  @Test
  void aBodyOfATwoWordHeadWithoutACueIsNoMechanism() {
    // GIVEN
    Document doc = parse("Стороны положительно отметили работу постоянного секретариата.");
    // THEN
    assertTrue(doc.mechanisms().isEmpty(), dump(doc));
  }
  /** «Во время визита заместитель министра … провели встречу»: the subject after a visit's head is no part of its name. */
  @Test
  void theSubjectAfterAVisitsHeadIsNoPartOfItsName() {
    // GIVEN
    Document doc = parse("Министр иностранных дел Республики Казахстан осуществил рабочий визит в Республику Узбекистан "
        + "14 марта 2024 года. Во время визита заместитель министра иностранных дел Республики Узбекистан провел с ним встречу.");
    // THEN
    assertTrue(doc.events().stream().noneMatch(e -> e.name().contains("заместитель")), dump(doc));
  }

  /** «В ходе визита сторонами было подписано …»: nor is the agent in the instrumental. */
  @Test
  void theAgentAfterAVisitsHeadIsNoPartOfItsName() {
    // GIVEN
    Document doc = parse("Президент Республики Казахстан посетил Республику Узбекистан с государственным визитом 14 марта 2024 года. "
        + "В ходе визита сторонами было подписано десять соглашений.");
    // THEN
    assertTrue(doc.events().stream().noneMatch(e -> e.name().contains("сторонами")), dump(doc));
  }

  /** «визит министра иностранных дел»: whose visit it is, in the genitive, stays in its name. */
  @Test
  void theVisitorInTheGenitiveStaysInTheName() {
    // GIVEN
    Document doc = parse("Стороны приветствовали предстоящий визит министра иностранных дел Республики Узбекистан в Астану в апреле 2024 года.");
    // THEN
    assertTrue(doc.events().stream().anyMatch(e -> e.name().contains("министра")), dump(doc));
  }
  /** «пятую встречу руководителей государств-участников ШОС»: a numbered meeting an organisation names after its
   * members is the organisation's, no series of its own. */
  @Test
  void aNumberedMeetingOfAnOrganisationsMembersOpensNoSeries() {
    // GIVEN
    Document doc = parse("Стороны поддерживают проведение в 2025 году пятой встречи руководителей государств-участников ШОС в Астане.");
    // THEN
    assertTrue(doc.mechanisms().isEmpty(), dump(doc));
    assertEquals(1, doc.events().size(), dump(doc));
  }
  /** «the Alliance's 60th Anniversary Summit»: the ordinal counts years, so the summit opens no series. */
  @Test
  void anAnniversarySummitOpensNoSeries() {
    // GIVEN
    Document doc = english("The Ministers prepared the decisions to be taken at the Alliance's 60th Anniversary Summit in Ottawa in April 2026.");
    // THEN
    assertTrue(doc.mechanisms().isEmpty(), doc.mechanisms().toString());
    assertEquals(1, doc.events().size(), doc.events().toString());
  }

  /** «the Fourth Ottawa Democracy Forum»: a numbered forum with a proper name still opens its series. */
  @Test
  void aNumberedForumWithAProperNameStillOpensASeries() {
    // GIVEN
    Document doc = english("The Ministers welcomed the Fourth Ottawa Democracy Forum held in Ottawa in May 2025.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), doc.mechanisms().toString() + doc.events());
  }
  /** «будут проводить ежегодные заседания Межправительственной комиссии»: a series of meetings, no one event; the body stays. */
  @Test
  void meetingsARegularityWordInThePluralQualifiesAreNoEvent() {
    // GIVEN
    Document doc = parse("Стороны будут проводить ежегодные заседания Межправительственной комиссии по торгово-экономическому сотрудничеству.");
    // THEN
    assertTrue(doc.events().isEmpty(), dump(doc));
    assertEquals(1, doc.mechanisms().size(), dump(doc));
  }

  /** «очередное ежегодное заседание Комиссии состоится в Астане»: one meeting in the singular stays an event. */
  @Test
  void aRegularMeetingInTheSingularStaysAnEvent() {
    // GIVEN
    Document doc = parse("Очередное ежегодное заседание Межправительственной комиссии состоится в Астане в мае 2024 года.");
    // THEN
    assertEquals(1, doc.events().size(), dump(doc));
  }
}
