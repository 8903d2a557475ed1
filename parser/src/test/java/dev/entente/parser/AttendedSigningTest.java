package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A signing the sides attend («witnessed the signing of …») is an event the document reports, on its own
 * day, named by what was signed; so is one the sides welcome («welcomed the signing of …»), and a signing
 * only hoped for is none. Sentences written for these tests.
 */
final class AttendedSigningTest {
  private static final Parser ENGLISH = Parser.english();

  private static Document english(String body) {
    return ENGLISH.parse("en-signing", "Joint Statement of Canada and the Republic of Chile\n\nOttawa, 10 June 2025\n\n"
        + body + "\n");
  }

  private static List<String> events(Document doc) {
    return doc.events().stream().map(Event::name).collect(Collectors.toList());
  }

  private static Optional<Event> signing(Document doc) {
    return doc.events().stream().filter(e -> e.name().startsWith("sign")).findFirst();
  }

  @Test
  void aWitnessedSigning_isAnEventOfTheDocumentsDay() {
    Document doc = english("The Prime Minister and the President witnessed the signing of a Memorandum of Understanding"
        + " on Fisheries Cooperation, which will enter into force later this year.");
    Event e = signing(doc).orElseThrow(() -> new AssertionError("events " + events(doc)));
    assertTrue(e.name().startsWith("signing of a Memorandum of Understanding"), e.name());
    assertEquals("2025-06-10", e.date().map(Object::toString).orElse(null));
    assertEquals(EventStatus.HELD, e.status());
    assertTrue(doc.initiatives().isEmpty(), "a memorandum signed is an instrument, no initiative: " + doc.initiatives());
  }

  @Test
  void aSignature_theSidesWitness_isNamedByWhatWasSigned() {
    Document doc = english("The two Ministers also witnessed the signature of three bilateral arrangements.");
    Event e = signing(doc).orElseThrow(() -> new AssertionError("events " + events(doc)));
    assertEquals("signature of three bilateral arrangements", e.name());
  }

  @Test
  void aSigningTheSidesWelcome_isAnEventOfTheDocumentsDay() {
    Document doc = english("The Ministers welcomed the signing of a Memorandum of Understanding on Fisheries Cooperation.");
    Event e = signing(doc).orElseThrow(() -> new AssertionError("events " + events(doc)));
    assertTrue(e.name().startsWith("signing of a Memorandum of Understanding"), e.name());
    assertEquals("2025-06-10", e.date().map(Object::toString).orElse(null));
    assertEquals(EventStatus.HELD, e.status());
  }

  @Test
  void aSigningOnlyHopedFor_namesNoEvent() {
    Document doc = english("The Ministers hoped for the signing of a Memorandum of Understanding on Fisheries Cooperation.");
    assertTrue(signing(doc).isEmpty(), "events " + events(doc));
  }
}
