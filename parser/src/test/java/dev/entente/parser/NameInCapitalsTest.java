package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import org.junit.jupiter.api.Test;

/**
 * An item named in a heading in capitals and again in the body in running text: its name is the body's writing of the
 * same words, where the body writes them all; a shorter body mention leaves the heading's name. Sentences written for
 * the test.
 */
final class NameInCapitalsTest {

  @Test
  void headingInCapitals_thenTheSameWordsInTheBody_nameAsTheBodyWritesIt() {
    // GIVEN
    Document doc = Parser.english().parse("capitals", "CHAIR'S STATEMENT\nSUB-REGIONAL MEETING ON BORDER SECURITY\n\n"
        + "The Sub-Regional Meeting on Border Security was held in Manado on 29 July 2017.");
    // THEN
    Event meeting = OwnSentences.event(doc, "Border Security").or(() -> OwnSentences.event(doc, "BORDER SECURITY"))
        .orElseThrow(() -> new AssertionError(OwnSentences.dump(doc)));
    assertEquals("Sub-Regional Meeting on Border Security", meeting.name(), OwnSentences.dump(doc));
  }

  @Test
  void headingInCapitals_thenFewerWordsInTheBody_keepsTheHeadingsWords() {
    // GIVEN
    Document doc = Parser.english().parse("shorter", "CHAIR'S STATEMENT\nSUB-REGIONAL MEETING ON BORDER SECURITY\n\n"
        + "The Meeting was held in Manado on 29 July 2017.");
    // THEN the name keeps every word of the heading
    assertTrue(doc.events().stream().anyMatch(e -> e.name().toLowerCase().contains("border security")),
        OwnSentences.dump(doc));
  }
}
