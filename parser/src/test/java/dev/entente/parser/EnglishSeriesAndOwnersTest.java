package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, session 10: meetings named by their organisation's possessive, two meetings of one
 * series kept apart, a date or place after the next meeting left to it, and an ordinal that makes one
 * noun with the word after it, each on sentences written for the test in several house styles.
 */
final class EnglishSeriesAndOwnersTest {
  private static final Parser PARSER = Parser.english();

  private static Document parse(String head, String body) {
    return PARSER.parse("en-series", head + body + "\n");
  }

  private static final String WHITE_HOUSE = "Joint Statement of the United States and the Republic of Kenya\n\n"
      + "Washington, December 15, 2022\n\n";
  private static final String MOFA = "Japan-Australia Joint Statement\n\nTokyo, 10 June 2023\n\n";
  private static final String DFAT = "Joint Communique of the Australia-Indonesia Ministerial Forum\n\nCanberra, 4 March 2023\n\n";

  private static List<String> events(Document doc) {
    return doc.events().stream().map(e -> e.name() + " | " + e.date().map(Object::toString).orElse("-") + " | "
        + e.place().map(p -> p.name()).orElse("-") + " | " + e.status()).collect(Collectors.toList());
  }

  private static Event event(Document doc, String name) {
    return doc.events().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + events(doc)));
  }

  @Test
  void anOrganisationsPossessiveBeforeABareHead_namesTheMeeting() {
    Document doc = parse(WHITE_HOUSE, "The leaders look forward to the African Union's Summit in February 2023.");
    Event summit = event(doc, "African Union's Summit");
    assertEquals("2023-02", summit.date().map(Object::toString).orElse(null));
    assertEquals(EventStatus.PLANNED, summit.status());
  }

  @Test
  void aCurlyPossessiveOfAnAcronym_namesTheMeetingToo() {
    Document doc = parse(DFAT, "1. The Ministers welcomed ASEAN\u2019s Summit held in Jakarta in September 2023.");
    assertEquals("Jakarta", event(doc, "ASEAN's Summit").place().orElseThrow().name());
  }

  @Test
  void aStatesPossessiveBeforeABareHead_namesNoMeeting() {
    Document doc = parse(MOFA, "1. The Prime Ministers noted Japan's Council on the matter.");
    assertTrue(doc.mechanisms().isEmpty() && doc.events().isEmpty(), () -> events(doc).toString() + " " + doc.mechanisms());
  }

  @Test
  void theCityAfterTheNextMeeting_isThatMeetingsNotTheFirsts() {
    Document doc = parse(WHITE_HOUSE, "The leaders look forward to the African Union's Summit in February 2023 and "
        + "welcomed the outcomes of the AU Summit held in Malabo.");
    assertTrue(event(doc, "African Union's Summit").place().isEmpty(), () -> events(doc).toString());
    assertEquals("Malabo", event(doc, "AU Summit").place().orElseThrow().name());
  }

  @Test
  void onTheSidelinesOfAMeeting_itsCityIsTheFirstsToo() {
    Document doc = parse(WHITE_HOUSE, "The leaders held the first-ever C5+1 Presidential Summit on the margins of the "
        + "78th session of the United Nations General Assembly in New York in September 2023.");
    Event summit = doc.events().get(0);
    assertEquals("New York", summit.place().map(p -> p.name()).orElse(null), () -> events(doc).toString());
  }

  @Test
  void twoMeetingsJoinedByAnd_shareTheDateAfterTheSecond() {
    Document doc = parse(MOFA, "1. The Ministers recalled the declarations at the APEC Economic Leaders' Meeting and the "
        + "G20 Summit in November 2022.");
    assertEquals("2022-11", event(doc, "APEC Economic Leaders' Meeting").date().map(Object::toString).orElse(null),
        () -> events(doc).toString());
  }

  @Test
  void theSummitHeldAndTheSummitPlanned_areTwoMeetings() {
    Document doc = parse(MOFA, "1. The Prime Ministers recalled the G20 Summit in Bali in November 2022.\n\n"
        + "2. They look forward to the G20 Summit in New Delhi in September 2023.");
    List<Event> summits = doc.events().stream().filter(e -> e.name().equals("G20 Summit")).collect(Collectors.toList());
    assertEquals(2, summits.size(), () -> events(doc).toString());
    assertEquals(EventStatus.HELD, summits.get(0).status());
    assertEquals("New Delhi", summits.get(1).place().orElseThrow().name());
    assertEquals(EventStatus.PLANNED, summits.get(1).status());
  }

  @Test
  void theSameSummitToldTwice_staysOneMeeting() {
    Document doc = parse(MOFA, "1. The Prime Ministers look forward to the G20 Summit in New Delhi in September 2023.\n\n"
        + "2. Japan will contribute to the success of the G20 Summit.");
    assertEquals(1, doc.events().stream().filter(e -> e.name().equals("G20 Summit")).count(), () -> events(doc).toString());
  }

  @Test
  void anOrdinalThatMakesOneNounWithTheNextWord_numbersNoMeeting() {
    Document doc = parse(PH, "1. The Parties agreed that the Third Party Monitoring Team will report to the Panels.");
    assertTrue(doc.events().isEmpty(), () -> events(doc).toString());
    assertEquals(List.of("Third Party Monitoring Team"), doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
  }

  @Test
  void anOrdinalBeforeAWordOfTheName_stillNumbersTheMeeting() {
    Document doc = parse(PH, "1. The Parties recalled the Third World Conference on Women held in Nairobi in 1985.");
    assertEquals(3, event(doc, "Third World Conference on Women").ordinal().orElse(0));
  }

  @Test
  void aSummitNamedByItsCity_isAMeetingHeldThere() {
    Document doc = parse(MOFA, "1. The Prime Ministers recalled the G7 Hiroshima Summit and the Bali Summit.");
    Event hiroshima = event(doc, "G7 Hiroshima Summit");
    assertEquals("Hiroshima", hiroshima.place().orElseThrow().name());
    assertEquals(EventStatus.HELD, hiroshima.status(), "«recalled» tells a meeting that took place");
    assertEquals("Bali", event(doc, "Bali Summit").place().orElseThrow().name());
    assertTrue(doc.mechanisms().isEmpty(), () -> doc.mechanisms().toString());
  }

  @Test
  void aForumNamedByItsCityAndItsSubject_isASeries() {
    Document doc = parse(DFAT, "1. The Ministers welcomed the work of the Bali Democracy Forum.");
    assertEquals(List.of("Bali Democracy Forum"), doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
  }

  @Test
  void aCityInsideAnOrganisationsName_isNoPlaceOfTheMeeting() {
    Document doc = parse(MOFA, "1. The Ministers noted the meeting of the Heads of State Council of the Shanghai "
        + "Cooperation Organisation in Astana in July 2024.");
    assertEquals("Astana", doc.events().get(0).place().map(p -> p.name()).orElse(null), () -> events(doc).toString());
  }

  @Test
  void anOrganisationsNameWithAnd_isTakenWholeIntoTheMeetingsName() {
    Document doc = parse(WHITE_HOUSE, "The Secretary recalled the 23rd Ministerial Council of the Organization for "
        + "Security and Co-operation in Europe.");
    assertEquals("23rd Ministerial Council of the Organization for Security and Co-operation in Europe",
        doc.events().get(0).name());
  }

  @Test
  void aQuotedFormatNamedByItsMembersWithAPlus_isOneMechanism() {
    Document doc = parse(MOFA, "1. The Parties will strengthen cooperation within the \"Central Asia + Japan\" format "
        + "and the \u201C3+3\u201D platform.");
    assertEquals(List.of("\"Central Asia + Japan\" format", "\"3+3\" platform"),
        doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
  }

  @Test
  void aDateBeforeAndAnAct_isNotTheNextMeetingsDate() {
    Document doc = parse(MEA, "1. The Prime Ministers welcomed the holding of the 2+2 Ministerial Dialogue in Tokyo in "
        + "September 2022 and decided that the next 2+2 Ministerial Dialogue will be held in New Delhi in 2024.");
    Event next = doc.events().stream().filter(e -> e.name().startsWith("next")).findFirst()
        .orElseThrow(() -> new AssertionError(events(doc).toString()));
    assertEquals("2024", next.date().map(Object::toString).orElse(null), () -> events(doc).toString());
    assertEquals(EventStatus.PLANNED, next.status());
  }

  private static final String MEA = "India-Japan Joint Statement\n\nNew Delhi, 20 March 2023\n\n";

  @Test
  void aNetworkInLowerCaseOrThePlural_isNoStandingArrangement() {
    Document doc = parse(WHITE_HOUSE, "The leaders will build a regional network of young professionals, deploy Open Radio "
        + "Access Networks and launch the Crisis Response Network.");
    assertEquals(List.of("Crisis Response Network"), doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
  }

  private static final String PH = "Joint Statement of the Government of the Philippines and Malaysia\n\n"
      + "Kuala Lumpur, 14 August 2016\n\n";
}
