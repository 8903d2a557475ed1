package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import org.junit.jupiter.api.Test;

/**
 * The note of a document's adoption broken into lines («Принята решением … ⏎ Совета министров ⏎ от 3 апреля
 * 1999 года») dates the document by the day its last line gives after «от»; a line «от …» under anything
 * else still dates another text. Every text is written for these tests.
 */
final class AdoptionNoteOverLinesTest {
  private static String date(String text) {
    Document doc = Parser.russian().parse("note", text);
    return doc.date().map(EdtfDate::toString).orElse(null);
  }

  @Test
  void theDayClosingAnAdoptionNote_datesTheDeclaration() {
    assertEquals("1999-04-03", date("ДЕКЛАРАЦИЯ\n"
        + "Принята решением 12/4\n"
        + "Совета министров\n"
        + "от 3 апреля 1999 года\n"
        + "Совет министров,\n"
        + "напоминая о своих прежних решениях, заявляет о поддержке сотрудничества в области культуры.\n"));
  }

  @Test
  void aNoteUnderASubtitle_datesTheDeclarationToo() {
    assertEquals("1999-04-03", date("ДЕКЛАРАЦИЯ\n"
        + "О СОТРУДНИЧЕСТВЕ В КУЛЬТУРЕ\n"
        + "Принята решением 12/4\n"
        + "Совета министров\n"
        + "от 3 апреля 1999 года\n"
        + "Совет министров,\n"
        + "напоминая о своих прежних решениях, заявляет о поддержке сотрудничества в области культуры.\n"));
  }

  @Test
  void aDayAfterOtInARunningSentence_stillDatesAnotherText() {
    assertNull(date("ДЕКЛАРАЦИЯ\n\n"
        + "Совет министров, руководствуясь Договором о дружбе от 3 апреля 1999 года, заявляет о поддержке"
        + " сотрудничества в области культуры.\n\n"
        + "Совет министров продолжит работу.\n"));
  }
}
