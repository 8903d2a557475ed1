package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * English meetings told by their noun and city alone, and the place right after an event's name, on
 * sentences written for these tests (none is taken from a real document).
 */
final class EnglishMeetingsByPlaceTest {
  private static final Parser PARSER = Parser.english();

  private static Document parse(String body) {
    return PARSER.parse("en-test", "Joint Statement of India and Japan\n\nNew Delhi, 5 April 2025\n\n" + body + "\n");
  }

  private static String events(Document doc) {
    return doc.events().stream()
        .map(e -> e.name() + "/" + e.date().map(Object::toString).orElse("-") + "/"
            + e.place().map(p -> p.name()).orElse("-"))
        .collect(Collectors.joining("; "));
  }

  @Test
  void aMeetingsNounHeldInACity_isAMeetingThere() {
    Document doc = parse("1. The Ministers welcomed the progress made at the meeting held in Osaka on 3-4 May 2024.");
    assertTrue(events(doc).contains("meeting held in Osaka/2024-05-03/2024-05-04/Osaka"), () -> events(doc));
  }

  @Test
  void aSummitsNounInACity_afterAnArticle_isASummitThere() {
    Document doc = parse("1. The two leaders recalled the summit in Kyoto in March 2024 and its outcomes.");
    assertTrue(events(doc).contains("summit in Kyoto/2024-03/Kyoto"), () -> events(doc));
  }

  @Test
  void theStateRightAfterAnEventsName_isItsPlace_overACityFurtherOff() {
    Document doc = parse("1. Building on the plan agreed in Osaka in 2023, the leaders looked forward to the"
        + " third Ministerial Forum in India in 2026.");
    Event forum = doc.events().stream().filter(e -> e.name().contains("Ministerial Forum")).findFirst().orElseThrow(
        () -> new AssertionError(events(doc)));
    assertEquals("IN", forum.place().orElseThrow().country().orElse("-"), () -> events(doc));
  }

  @Test
  void aConferencesNounHeldInACity_isAConferenceThere() {
    Document doc = parse("1. The Sides welcomed the outcomes of the conference held in Geneva in November 2024.");
    assertTrue(events(doc).contains("conference held in Geneva/2024-11/Geneva"), () -> events(doc));
  }

  @Test
  void theDateAndCityAfterAnEvent_areNotTheNextCoordinatedEvents() {
    Document doc = parse("1. The leaders recalled the 9th Pacific Rim Summit held in Lima in March 2024 and the"
        + " Global Ocean Conference.");
    Event second = doc.events().stream().filter(e -> e.name().contains("Ocean Conference")).findFirst().orElseThrow(
        () -> new AssertionError(events(doc)));
    assertTrue(second.date().isEmpty() && second.place().isEmpty(), () -> events(doc));
  }

  @Test
  void aSummitsNounInAStateWithNoCity_isASummitInThatState() {
    Document doc = parse("1. The leaders recalled the summit in Portugal in March 2024 and its outcomes.");
    assertTrue(events(doc).contains("summit in Portugal/2024-03/Portugal"), () -> events(doc));
  }

  @Test
  void twoLowerCaseWordsBetweenTheArticleAndTheNoun_openTheEventsName() {
    Document doc = parse("1. The leaders recalled the recent economic summit in Puerto Rico and its outcomes.");
    assertTrue(events(doc).contains("recent economic summit in Puerto Rico/-/Puerto Rico"), () -> events(doc));
  }

  @Test
  void aVerbOfGatheringBeforeAState_tellsNoMeetingThere() {
    Document doc = parse("1. The ministers met in Portugal to discuss trade.");
    assertTrue(doc.events().stream().noneMatch(e -> e.name().contains("Portugal")), () -> events(doc));
  }

  @Test
  void aLowerCaseEventAfterAsAndItsArticle_saysWhatAPartyIs_noEvent() {
    Document doc = parse("We, the Leaders of India and Japan, met on the margins of the ASEAN Summit in Jakarta to"
        + " reaffirm our commitment to the G20 as the leading forum for global economic cooperation.");
    assertTrue(doc.events().stream().noneMatch(e -> e.name().contains("forum for global")), () -> events(doc));
    assertTrue(events(doc).contains("ASEAN Summit"), () -> events(doc));
  }
}
