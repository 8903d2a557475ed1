package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import dev.entente.model.Mechanism;
import dev.entente.model.MechanismStatus;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * English mechanisms, events and initiatives by class of wording, on sentences written for these
 * tests in the genre's style (none is taken from a real document): formats named by numbers, the
 * next meeting of a mechanism, and what names none.
 */
final class EnglishConceptsTest {
  private static final Parser PARSER = Parser.english();
  private static final String TITLE = "Joint Statement of Canada and the Republic of Chile\n\n";

  private static Document parse(String body) {
    return PARSER.parse("en-concepts", TITLE + "Ottawa, 10 June 2025\n\n" + body + "\n");
  }

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  private static List<String> events(Document doc) {
    return doc.events().stream().map(Event::name).collect(Collectors.toList());
  }

  private static Optional<Mechanism> mechanism(Document doc, String name) {
    return doc.mechanisms().stream().filter(m -> m.name().equals(name)).findFirst();
  }

  private static Optional<Event> event(Document doc, String name) {
    return doc.events().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  @Test
  void aTwoPlusTwoMeeting_isAFormat_writtenWithOrWithoutSpaces() {
    for (String written : List.of("2+2", "2 + 2")) {
      Document doc = parse("1. The Foreign and Defence Ministers reviewed defence cooperation at the " + written
          + " meeting.");
      assertEquals(List.of(written + " meeting"), mechanisms(doc), () -> written + ": events " + events(doc));
    }
  }

  @Test
  void twoPlusTwo_doesNotMatchOtherNumbers() {
    Document doc = parse("1. The Sides noted that 2+20 partners joined the 12 + 2 arrangement.");
    assertEquals(List.of(), mechanisms(doc));
  }

  @Test
  void anInauguralTwoPlusTwoMeeting_isAMeetingOfANewFormat() {
    Document doc = parse("1. The Sides committed to hold an inaugural 2 + 2 meeting in the first quarter of 2026.");
    assertEquals(MechanismStatus.NEW, mechanism(doc, "2 + 2 meeting").orElseThrow(
        () -> new AssertionError("mechanisms " + mechanisms(doc))).status());
    Event meeting = event(doc, "inaugural 2 + 2 meeting").orElseThrow(() -> new AssertionError("events " + events(doc)));
    assertEquals(1, meeting.ordinal().orElse(0));
    assertEquals(EventStatus.PLANNED, meeting.status());
  }

  @Test
  void theNextMeetingOfAMechanism_isAPlannedEventOfIt() {
    Document doc = parse("1. The Ministers will take this work forward in the context of the next 2+2 meeting.");
    assertEquals(List.of("2+2 meeting"), mechanisms(doc));
    Event next = event(doc, "next 2+2 meeting").orElseThrow(() -> new AssertionError("events " + events(doc)));
    assertEquals(EventStatus.PLANNED, next.status());
    assertTrue(next.mechanism().isPresent());
  }

  @Test
  void theNextMeetingTakesTheMeetingWordAfterTheName() {
    Document doc = parse("1. The Ministers look forward to the next Joint Economic Commission meeting in Santiago.");
    assertTrue(mechanisms(doc).contains("Joint Economic Commission"), () -> "mechanisms " + mechanisms(doc));
    assertEquals(List.of("next Joint Economic Commission meeting"), events(doc));
  }

  @Test
  void aNumberedFormatInQuotesAfterAName_isItsAlias() {
    Document doc = parse("1. The Ministers will convene the Security Consultative Committee (SCC: \"2+2\") at an early date.");
    assertFalse(mechanisms(doc).stream().anyMatch(m -> m.startsWith("2+2")), () -> "mechanisms " + mechanisms(doc));
  }
}
