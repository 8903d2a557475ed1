package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import org.junit.jupiter.api.Test;

/**
 * A day the text gives that is still to come on the day its page gives is not the day the document was
 * adopted: the page's day dates it. Every text is written for these tests.
 */
final class DayAfterThePagesDayTest {
  private static String date(Parser parser, String text) {
    Document doc = parser.parse("page-day", text);
    return doc.date().map(EdtfDate::toString).orElse(null);
  }

  @Test
  void anEnglishSummitStillToComeOnThePagesDay_doesNotDateTheStatement() {
    assertEquals("2021-03-02", date(Parser.english(), "---\n"
        + "date: '2021-03-02'\n"
        + "published_time: 2021-03-02 09:00:00-05:00\n"
        + "---\n"
        + "Joint Statement Between the United States and Ghana on Health Security\n\n"
        + "The United States and Ghana reaffirm their partnership on health security. The two countries"
        + " look forward to the second Health Security Summit, to be convened in Accra on April 20, 2021.\n\n"
        + "Both sides will expand the training of health workers.\n"));
  }

  @Test
  void aDayOnThePagesDay_stillDatesTheStatement() {
    assertEquals("2021-03-02", date(Parser.english(), "---\n"
        + "date: '2021-03-02'\n"
        + "---\n"
        + "Joint Statement Between the United States and Ghana on Health Security\n\n"
        + "The Presidents of the United States and Ghana met in Washington on March 2, 2021.\n\n"
        + "Both sides will expand the training of health workers.\n"));
  }
}
