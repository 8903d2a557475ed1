package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.EdtfDate;
import dev.entente.model.Event;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A title-case heading that ends in a stop, gatherings named in the lower-case plural, and a date line of a
 * place the gazetteer lacks under a page stamped years later; on texts written for these tests.
 */
final class EnglishHeadingsPluralsAndDateLinesTest {
  private static final Parser PARSER = Parser.english();

  @Test
  void aTitleCaseHeadingWithAStop_isTheTitleAndNamesTheKind() {
    // GIVEN a first line that opens with «Joint Statement», every word capitalised but the small ones, and a stop
    Document doc = PARSER.parse("en-heading-stop", "Joint Statement on the Official Visit of President Amara Lindqvist "
        + "to the Republic of Chile.\n"
        + "At the invitation of the President of Chile, the President of Finland paid an official visit to Santiago "
        + "from 3 to 5 April 2024.\n"
        + "The two Presidents agreed to deepen cooperation in trade, science and education.\n");
    // WHEN it is parsed THEN the line is the title, without its stop, and a joint statement
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
    assertEquals("Joint Statement on the Official Visit of President Amara Lindqvist to the Republic of Chile", doc.title());
  }

  @Test
  void aSentenceThatOpensWithAKind_staysProse() {
    // GIVEN a first line that opens with the kind's words but goes on in lower-case words, as a sentence does
    Document doc = PARSER.parse("en-kind-sentence", "Joint statements were issued by the two sides after every round.\n"
        + "The two Ministers agreed to deepen cooperation in trade, science and education.\n");
    // WHEN it is parsed THEN the line is no title
    assertFalse(doc.title().startsWith("Joint statements"), () -> "title " + doc.title());
  }

  @Test
  void lowerCaseConferencesAndSummits_nameNoOneEvent() {
    // GIVEN a text that speaks of a body's conferences and summits in the lower-case plural
    Document doc = PARSER.parse("en-plural-gatherings", "Joint Statement of Chile and Finland\n\n"
        + "1. The two sides stressed the follow-up to the major United Nations conferences and summits in the "
        + "economic and social fields.\n\n"
        + "2. The two sides agreed to hold the Third Chile-Finland Business Forum in Helsinki in 2025.\n");
    List<String> events = doc.events().stream().map(Event::name).collect(Collectors.toList());
    // WHEN it is parsed THEN no event is made of the plural, while the forum to be held is one
    assertTrue(events.stream().noneMatch(n -> n.contains("conferences") || n.contains("summits")), () -> "events " + events);
    assertTrue(events.stream().anyMatch(n -> n.contains("Business Forum")), () -> "events " + events);
  }

  @Test
  void aPlaceAndDayLine_datesTheTextUnderAPageStampedYearsLater() {
    // GIVEN a page whose row of links is stamped in 2024, over a communiqué whose title runs over three lines and whose date line
    // below them names a province and a day of 2019
    Document doc = PARSER.parse("en-place-day-line", "Home Facebook Twitter Instagram YouTube Friday, May 10, 2024\n"
        + "Search\nArchive\n\n"
        + "Joint Communique of the 5th Meeting of the Foreign Ministers of\n\n"
        + "the Republic of Chile, the Republic of Finland and\n\n"
        + "the Kingdom of Norway\n\n"
        + "Ostrobothnia, 27 February, 2019\n\n"
        + "1. We, the Foreign Ministers of Chile, Finland and Norway, held our meeting and discussed regional issues.\n");
    // WHEN it is parsed THEN the date line's day is the document's, not the page's
    assertEquals("2019-02-27", doc.date().map(EdtfDate::toString).orElse(null));
  }
}
