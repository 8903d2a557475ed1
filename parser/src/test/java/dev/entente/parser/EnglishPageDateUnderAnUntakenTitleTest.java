package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import org.junit.jupiter.api.Test;

/**
 * An archive's «Release Date» line dates a text that tells no day of its own even when the long
 * capitalised heading above it is not taken for the title; on a text written for this test.
 */
final class EnglishPageDateUnderAnUntakenTitleTest {
  private static final Parser PARSER = Parser.english();

  @Test
  void theReleaseDateUnderALongCapitalisedHeading_datesTheText() {
    Document doc = PARSER.parse("en-release-date", "JOINT COMMUNIQUE BY PRIME MINISTER SMITH AND PRESIDENT SANTOS "
        + "ON THE OCCASION OF THE FIRST OFFICIAL VISIT TO AUSTRALIA BY THE PRESIDENT OF THE REPUBLIC OF CHILE.\n\n"
        + "Prime Minister: Smith, Anna\nRelease Date: 14/03/2005\nRelease Type: Media Release\n\n"
        + "On the occasion of the first official visit to Australia by a Chilean head of state, the President "
        + "and the Prime Minister of Australia held talks on trade and investment.\n\n"
        + "Both leaders welcomed the growth of trade between the two countries.\n");
    assertEquals("2005-03-14", doc.date().map(EdtfDate::toString).orElse(null));
  }
}
