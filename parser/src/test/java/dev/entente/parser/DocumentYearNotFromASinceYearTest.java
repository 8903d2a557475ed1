package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import org.junit.jupiter.api.Test;

/**
 * A day the text gives without its year takes no year from one that starts a period («since 1955», «с 1992
 * года»): that year is another event's, and no year is better than a wrong one. Texts written for these tests.
 */
final class DocumentYearNotFromASinceYearTest {
  private static String date(Parser parser, String text) {
    Document doc = parser.parse("since-year", text);
    return doc.date().map(EdtfDate::toString).orElse(null);
  }

  @Test
  void aSinceYear_givesNoYearToTheDocumentsDay() {
    assertNull(date(Parser.english(), "Joint Statement on the Norway - Canada Policy Dialogue\n\n"
        + "At their policy dialogue on April 7, Norway and Canada, partners since 1955, reviewed their cooperation "
        + "on fisheries and maritime security.\n\nThe two sides agreed to meet again next year.\n"));
  }

  @Test
  void aYearThatDatesAnEvent_stillGivesIt() {
    assertEquals("2019-04-07", date(Parser.english(), "Joint Statement on the Norway - Canada Policy Dialogue\n\n"
        + "At their policy dialogue on April 7, Norway and Canada reviewed the plan they adopted in March 2019 "
        + "on fisheries and maritime security.\n\nThe two sides agreed to meet again next year.\n"));
  }
}
