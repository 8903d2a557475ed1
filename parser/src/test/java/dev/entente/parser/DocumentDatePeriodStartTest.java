package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A day that starts a period the text speaks of («since 4 June 1967», «с 1 января 2025 года») is no day the text
 * was adopted on, even in its closing points; a text that gives no other day has none. Texts written for these tests.
 */
final class DocumentDatePeriodStartTest {
  @Test
  void aDayAfterSinceInTheClosingPoint_isNotTheDocumentsDate() {
    Document doc = Parser.english().parse("since", "Resolution on the Occupied Territories\n"
        + "The Council of Ministers,\n"
        + "Recalling its earlier resolutions,\n"
        + "1. Calls for the withdrawal of forces.\n"
        + "2. Demands the return of the lands occupied since 4 June 1967 to their owners.\n");
    assertNull(doc.date().orElse(null), "the occupation's first day is not the resolution's");
  }

  @Test
  void aRussianDayAfterS_isNotTheDocumentsDate() {
    Document doc = Parser.russian().parse("s", "Решение Совета министров\n"
        + "Совет министров, рассмотрев предложения сторон, решил:\n"
        + "1. Одобрить программу сотрудничества.\n"
        + "2. Применять тарифы с 1 января 2025 года.\n");
    assertNull(doc.date().orElse(null), "the day the tariffs apply from is not the decision's");
  }

  @Test
  void aClosingLineWithTheDay_stillDatesTheText() {
    Document doc = Parser.english().parse("closing", "Joint Statement\n"
        + "1. The sides recalled their cooperation since 4 June 1967.\n"
        + "Done at Geneva on 12 March 2001.\n");
    assertEquals("2001-03-12", doc.date().map(Object::toString).orElse(null));
  }
}
