package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Events found by their wording rather than a head word alone, in English and Russian, on sentences
 * written for these tests (none taken from a real document): a meeting told by a verb of gathering,
 * a meeting numbered in digits past any list, a name that runs on from another head to an event's.
 */
final class EventRecallTest {
  private static final Parser ENGLISH = Parser.english();
  private static final Parser RUSSIAN = Parser.russian();

  private static Document english(String body) {
    return ENGLISH.parse("en-events", "Joint Statement of Canada and the Republic of Chile\n\nOttawa, 10 June 2025\n\n"
        + body + "\n");
  }

  private static Document russian(String body) {
    return RUSSIAN.parse("ru-events", "Совместное заявление Республики Казахстан и Республики Узбекистан\n\n"
        + "Астана, 10 июня 2025 года\n\n" + body + "\n");
  }

  private static List<String> events(Document doc) {
    return doc.events().stream().map(Event::name).collect(Collectors.toList());
  }

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  private static Optional<Event> event(Document doc, String name) {
    return doc.events().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  private static String date(Event e) {
    return e.date().map(Object::toString).orElse(null);
  }

  private static String place(Event e) {
    return e.place().map(p -> p.name()).orElse(null);
  }

  @Test
  void aVerbOfGathering_tellsAMeeting_namedByWhoMetAndWhere() {
    Document doc = english("1. We, the Heads of Government of the Andean Group, met in Santiago on 3-4 June 2025 and"
        + " agreed as follows.");
    Event meeting = event(doc, "meeting of the Heads of Government of the Andean Group in Santiago")
        .orElseThrow(() -> new AssertionError("events " + events(doc)));
    assertEquals("2025-06-03/2025-06-04", date(meeting));
    assertEquals("Santiago", place(meeting));
    assertEquals(EventStatus.HELD, meeting.status());
  }

  @Test
  void aVerbOfGathering_withoutASubject_namesTheMeetingByItsPlace() {
    Document doc = english("1. The Ministers, having met in Lima, instructed their officials to report by the end"
        + " of the year.");
    assertEquals(List.of("meeting in Lima"), events(doc));
    Document sentenceStart = english("1. The Working Party met in Montevideo to review the plan.");
    assertEquals(List.of("meeting of the Working Party in Montevideo"), events(sentenceStart));
  }

  @Test
  void aVerbOfGathering_beforeANamedEvent_addsNoMeeting() {
    Document doc = english("1. The Leaders met in Santiago on 3 June 2025 at the Fifth BRICS Summit.");
    assertEquals(List.of("Fifth BRICS Summit"), events(doc));
  }

  @Test
  void aVerbOfGathering_inRussian_namesTheMeetingByWhoMetAndItsPlace() {
    Document doc = russian("1. Министры иностранных дел встретились в Москве 3 июня 2025 года и обсудили вопросы"
        + " двустороннего сотрудничества.");
    Event meeting = event(doc, "встреча министров иностранных дел в Москве").orElseThrow(() -> new AssertionError("events " + events(doc)));
    assertEquals("2025-06-03", date(meeting));
    assertEquals("Москва", place(meeting));
    assertEquals(EventStatus.HELD, meeting.status());
  }

  @Test
  void anOrdinalInDigits_numbersAMeeting_pastAnyList() {
    Document doc = english("1. The Council, at its 1201st meeting held on 5 June 2025, adopted the following decision"
        + " on the situation in the region.");
    Event meeting = event(doc, "1201st meeting").orElseThrow(() -> new AssertionError("events " + events(doc)));
    assertEquals(Optional.of(1201), meeting.ordinal().map(Integer::valueOf));
    assertEquals("2025-06-05", date(meeting));
  }

  @Test
  void englishOrdinalEndings_fitTheirDigits() {
    English english = (English) Language.forCode("en");
    assertEquals(469, english.writtenOrdinal("469", "th"));
    assertEquals(1201, english.writtenOrdinal("1201", "st"));
    assertEquals(322, english.writtenOrdinal("322", "nd"));
    assertEquals(113, english.writtenOrdinal("113", "th"));
    assertEquals(0, english.writtenOrdinal("113", "rd"));
    assertEquals(0, english.writtenOrdinal("469", "st"));
    assertEquals(0, english.writtenOrdinal("12", "km"));
  }

  @Test
  void aNameRunningOnToAnEventHead_isTheEvents_andTheFirstHeadKeepsItsOwn() {
    Document doc = english("1. The Ministers welcomed the outcomes of the recent Andes Process Ministerial Conference"
        + " in Lima on 2 March 2025.");
    Event conference = event(doc, "Andes Process Ministerial Conference")
        .orElseThrow(() -> new AssertionError("events " + events(doc)));
    assertEquals("Lima", place(conference));
    assertTrue(mechanisms(doc).contains("Andes Process"), () -> "mechanisms " + mechanisms(doc));
  }

  @Test
  void anOrdinalBeforeTwoHeads_numbersTheMeeting() {
    Document doc = english("1. The Leaders of the delegations to the Thirteenth Council Meeting were the Ministers of"
        + " Foreign Affairs.");
    assertEquals(List.of("Thirteenth Council Meeting"), events(doc));
  }

  @Test
  void whatAVerbOfHoldingTakes_isOneEventToCome() {
    Document doc = english("1. We will hold an in-person summit by the end of 2026.\n\n2. To that end, the Ministers"
        + " will convene a joint session with the leaders of the Caribbean nations.");
    assertEquals(List.of("in-person summit", "joint session"), events(doc));
    assertEquals(EventStatus.PLANNED, event(doc, "in-person summit").orElseThrow().status());
    assertEquals(List.of(), mechanisms(doc));
  }

  @Test
  void aVerbOfHolding_beforeABareOrPluralHead_namesNone() {
    Document doc = english("1. The Ministers agreed to hold regular meetings and will convene a meeting when needed.");
    assertEquals(List.of(), events(doc));
  }

  @Test
  void aVerbOfHolding_inRussian_takesAnEvent_butNotConsultations() {
    Document doc = russian("1. Стороны договорились провести совместное заседание двух правительств.\n\n2. Стороны"
        + " намерены проводить на регулярной основе консультации между министерствами иностранных дел.");
    assertEquals(List.of("совместное заседание двух правительств"), events(doc));
    assertEquals(List.of("консультации между министерствами иностранных дел"), mechanisms(doc));
  }

  @Test
  void aNumberedOrganisationNamedAfterItsMeeting_isThatMeeting_oneForEveryMention() {
    Document doc = english("1. The Twenty-Second (22nd) Pacific Islands Forum was held in Suva, Fiji from 3 - 5 March"
        + " 2025.\n\n2. Leaders thanked the hosts of the 22nd Pacific Islands Forum for its preparations.");
    assertEquals(List.of("Twenty-Second (22nd) Pacific Islands Forum"), events(doc));
    Event forum = doc.events().get(0);
    assertEquals(Optional.of(22), forum.ordinal().map(Integer::valueOf));
    assertEquals("Suva", place(forum));
    assertEquals(EventStatus.HELD, forum.status());
    assertEquals(List.of(), mechanisms(doc), "the forum's series is the organisation itself");
  }

  @Test
  void whatWasAdoptedAtAnEvent_makesItHeld_evenInAnUndatedText() {
    Document ru = RUSSIAN.parse("ru-undated", "Заявление министров\n\nСтороны, руководствуясь решением, принятым на"
        + " Третьем степном форуме в Бишкеке, заявляют о следующем.\n");
    assertEquals(EventStatus.HELD, event(ru, "Третий степной форум").orElseThrow(() -> new AssertionError(events(ru)))
        .status());
    Document en = ENGLISH.parse("en-undated", "Statement of the Ministers\n\nThe Ministers, guided by the Plan adopted"
        + " at the Third Andes Forum in Lima, state the following.\n");
    assertEquals(EventStatus.HELD, event(en, "Third Andes Forum").orElseThrow(() -> new AssertionError(events(en)))
        .status());
  }

  @Test
  void aRangeFromOneMonthToTheNext_datesTheVisitWhole() {
    Document en = english("1. The President of Chile paid a state visit to Canada from 28 May to 2 June 2025.");
    assertEquals("2025-05-28/2025-06-02", date(doc(en)));
    Document ru = russian("1. Президент Республики Узбекистан находился с государственным визитом в Республике Казахстан"
        + " с 30 мая по 2 июня 2025 года.");
    assertEquals("2025-05-30/2025-06-02", date(doc(ru)));
  }

  private static Event doc(Document d) {
    return d.events().stream().findFirst().orElseThrow(() -> new AssertionError("no event"));
  }

  @Test
  void aGerundOfGathering_inRussian_tellsTheMeetingToo() {
    Document doc = russian("Президенты двух государств, встретившись в Москве 14 мая 2025 года и обсудив состояние"
        + " двусторонних отношений, заявляют о следующем:\n\n1. Стороны будут развивать сотрудничество.");
    Event meeting = event(doc, "встреча президентов двух государств в Москве").orElseThrow(() -> new AssertionError("events " + events(doc)));
    assertEquals("2025-05-14", date(meeting));
    assertEquals(EventStatus.HELD, meeting.status());
  }
}
