package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import org.junit.jupiter.api.Test;

/**
 * The day a document was issued, told by the page around it: an English stamp kept on a Russian page
 * («Issued on 14 May 2002»), and the page's own day over a day the body only recalls. Every text is
 * written for these tests.
 */
final class DocumentDayStampsTest {
  private static String date(Parser parser, String text) {
    Document doc = parser.parse("day-stamps", text);
    return doc.date().map(EdtfDate::toString).orElse(null);
  }

  @Test
  void anEnglishStampWithinTheMeeting_isTheDayARussianStatementWasIssued() {
    assertEquals("2002-05-14", date(Parser.russian(), "Заявление о сотрудничестве в области безопасности\n\n"
        + "принято министрами иностранных дел стран, участвовавших в сессии совета в Вене, 14-15 мая 2002 г.\n\n"
        + "  • 14 May 2002\n"
        + "  • Issued on 14 May 2002\n\n"
        + "  1. Министры подтверждают приверженность сотрудничеству в области безопасности.\n\n"
        + "  2. Министры будут проводить консультации.\n"));
  }

  @Test
  void aDayTheBodyRecallsWeeksBeforeThePagesDay_givesWayToThePagesDay() {
    assertEquals("2024-03-20", date(Parser.english(), "---\n"
        + "date: '2024-03-20'\n"
        + "title: \"Joint Statement on Maritime Security\"\n"
        + "---\n\n"
        + "Recognizing the concern many states expressed on March 5, 2024 about attacks on shipping, our"
        + " governments remain committed to the freedom of navigation.\n\n"
        + "We call on all parties to respect the law of the sea.\n"));
  }

  @Test
  void aDayTheBodyTellsTheDayBeforeThePagesDay_staysTheDocumentsDay() {
    assertEquals("2024-03-19", date(Parser.english(), "---\n"
        + "date: '2024-03-20'\n"
        + "title: \"Joint Statement on Maritime Security\"\n"
        + "---\n\n"
        + "On March 19, 2024 our governments agreed to remain committed to the freedom of navigation.\n\n"
        + "We call on all parties to respect the law of the sea.\n"));
  }
}
