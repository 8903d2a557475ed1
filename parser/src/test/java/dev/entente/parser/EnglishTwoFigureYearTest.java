package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import org.junit.jupiter.api.Test;

/**
 * «27.05.14 | News», «(21.09.22)»: an English page that dates itself day, month and year in two figures each,
 * joined by dots; a Russian text leaves such a triple alone.
 */
final class EnglishTwoFigureYearTest {

  private static String date(Document doc) {
    return doc.date().map(EdtfDate::toString).orElse(null);
  }

  @Test
  void aDottedDateUnderTheHeadlineDatesTheEnglishPage() {
    // GIVEN a news page's line «day.month.year | News» under its headline, and no other day
    String text = "Ministers of Norway and Denmark agree on closer energy ties\n\n03.11.16 | News\n\n"
        + "The Ministers of Norway and Denmark agreed at their meeting in Oslo to link their power grids.\n";
    // WHEN it is parsed
    Document doc = Parser.english().parse("two-figure-news", text);
    // THEN the page is dated by it, the year in this century
    assertEquals("2016-11-03", date(doc));
  }

  @Test
  void aDottedDateInTheTitlesBracketsDatesTheEnglishStatement() {
    // GIVEN a title that ends in «– (day.month.year)», a year of the last century
    String text = "Joint statement of the ministers of Chile and Peru – (14.02.97)\n\n"
        + "The Ministers of Chile and Peru met today and issued the following statement.\n";
    // WHEN it is parsed
    Document doc = Parser.english().parse("two-figure-title", text);
    // THEN the statement is dated by it
    assertEquals("1997-02-14", date(doc));
  }

  @Test
  void aSectionNumberOfThreeFiguresIsNoDateInRussian() {
    // GIVEN a Russian text whose only triple of two-figure numbers is in a reference, not a day
    String text = "Совместное заявление министров\n\n"
        + "Министры подтвердили приверженность положениям пункта 10.11.12 плана действий.\n";
    // WHEN it is parsed
    Document doc = Parser.russian().parse("two-figure-ru", text);
    // THEN no date is read from it
    assertNull(date(doc));
  }
}
