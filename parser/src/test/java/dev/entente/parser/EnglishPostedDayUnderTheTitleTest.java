package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import org.junit.jupiter.api.Test;

/**
 * «Lusaka Communiqué … ⏎ March 09, 2017 ⏎ We the Ministers … met in Lusaka … on 4 March 2017»: the day an English
 * site stamps under the title gives way to the day of the authors' meeting the text tells, a few days before it;
 * a meeting months before the stamp is another occasion's, and the stamp stays.
 */
final class EnglishPostedDayUnderTheTitleTest {

  private static String date(String text) {
    Document doc = Parser.english().parse("posted-day", text);
    return doc.date().map(EdtfDate::toString).orElse(null);
  }

  @Test
  void theMeetingsDayInTheOpeningDatesTheCommuniqueOverThePostedDay() {
    // GIVEN a communiqué whose site put the day of posting under the title, and whose opening tells the meeting
    String text = "Lusaka Communiqué of the 9th Meeting of the Council of Ministers\n\nMarch 09, 2017\n\n"
        + "We the Ministers of the Member States met in Lusaka, Zambia, for the 9th Meeting of the Council of Ministers"
        + " on 4 March 2017.\n\n1. We welcome the admission of two new members.\n";
    // WHEN it is parsed
    // THEN the document is dated by the meeting
    assertEquals("2017-03-04", date(text));
  }

  @Test
  void aMeetingMonthsBeforeThePostedDayLeavesTheStamp() {
    // GIVEN a statement stamped under its title whose opening recalls a meeting held months before
    String text = "Joint Statement of the Ministers of Chile and Peru\n\nMarch 09, 2017\n\n"
        + "The Ministers of Chile and Peru, who met in Lima on 4 October 2016, reaffirm their partnership.\n\n"
        + "1. The two sides will expand trade.\n";
    // WHEN it is parsed
    // THEN the stamp under the title stays the document's day
    assertEquals("2017-03-09", date(text));
  }
}
