package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import org.junit.jupiter.api.Test;

/**
 * A report's weekday («concluded here Friday») dates the document, counted back from the page's day;
 * a weekday inside a name («the Good Friday Agreement») does not. Every text is written for these tests.
 */
final class WeekdayOfTheReportTest {
  private static String date(String text) {
    Document doc = Parser.english().parse("weekday", text);
    return doc.date().map(EdtfDate::toString).orElse(null);
  }

  @Test
  void aReportsFridayBeforeItsSaturdayPage_datesTheDeclaration() {
    assertEquals("2016-03-11", date("---\n"
        + "date: '2016-03-12'\n"
        + "---\n"
        + "Danube Ministers adopt Vienna Declaration\n"
        + "The meeting of the Danube Ministers concluded here Friday with the adoption of a declaration."
        + " The following is the full text of the declaration.\n"
        + "Vienna Declaration of the Danube Ministers\n"
        + "The Ministers reaffirm their commitment to the navigation of the Danube.\n"));
  }

  @Test
  void aWeekdayInsideAName_datesNothing() {
    assertEquals("2019-04-16", date("---\n"
        + "date: '2019-04-16'\n"
        + "---\n"
        + "Joint Statement by the Governments of Ireland and the United Kingdom\n\n"
        + "The two Governments reaffirm their commitment to the Good Friday Agreement, adopted in Belfast.\n\n"
        + "They will meet again in the autumn.\n"));
  }
}
