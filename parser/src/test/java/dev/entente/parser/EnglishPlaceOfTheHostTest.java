package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The place of an event after an article («in the Netherlands») and the state that hosts it («hosted by
 * Norway»), on sentences written for these tests (none is taken from a real document).
 */
final class EnglishPlaceOfTheHostTest {
  private static final Parser PARSER = Parser.english();

  private static Document parse(String body) {
    return PARSER.parse("en-host", "Joint Statement of Canada and Norway\n\nOttawa, 5 April 2025\n\n" + body + "\n");
  }

  private static String events(Document doc) {
    return doc.events().stream()
        .map(e -> e.name() + "/" + e.place().map(p -> p.name()).orElse("-"))
        .collect(Collectors.joining("; "));
  }

  private static String countryOf(Document doc, String namePart) {
    Event e = doc.events().stream().filter(x -> x.name().contains(namePart)).findFirst()
        .orElseThrow(() -> new AssertionError(events(doc)));
    return e.place().flatMap(p -> p.country()).orElse("-");
  }

  @Test
  void aStateAfterAnArticle_isTheEventsPlace() {
    Document doc = parse("The Ministers agreed to hold the next Ministerial Meeting in the Netherlands in 2026.");
    assertEquals("NL", countryOf(doc, "Ministerial Meeting"), () -> events(doc));
  }

  @Test
  void aStateThatHostsTheEvent_isItsPlace() {
    Document doc = parse("The first Ministerial Dialogue Meeting will be hosted by Norway in the autumn of 2025.");
    assertEquals("NO", countryOf(doc, "first Ministerial"), () -> events(doc));
  }

  @Test
  void aStateThatHostsTheEvent_afterAnArticle_isItsPlace() {
    Document doc = parse("They will work together for the success of the Ocean Summit on 12 June hosted by the"
        + " United Kingdom.");
    assertEquals("GB", countryOf(doc, "Ocean Summit"), () -> events(doc));
  }
}
