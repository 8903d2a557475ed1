package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import org.junit.jupiter.api.Test;

/**
 * The bracket of adoption after a document's name, under a page's own heading, dates the document, though its day follows «от» as the
 * day of another text would («(принята резолюцией … от …)»). Texts written for these tests.
 */
final class DateInTheAdoptionBracketTest {
  private static String date(String text) {
    Document doc = Parser.russian().parse("adoption-bracket", text);
    return doc.date().map(EdtfDate::toString).orElse(null);
  }

  @Test
  void theBracketOfAdoption_datesTheDocument() {
    assertEquals("1972-10-12", date("декларация о сотрудничестве в области морского транспорта принята\n\n"
        + "Декларация о сотрудничестве в области морского транспорта (принята резолюцией Генеральной Ассамблеи "
        + "ООН 3011 (XXVII) от 12 октября 1972 г.)\n\n"
        + "Генеральная Ассамблея,\n\nпризнавая значение морского транспорта для развития торговли,\n\n"
        + "торжественно провозглашает следующие принципы.\n"));
  }

  @Test
  void aTextCitedWithItsDay_stillDatesNothing() {
    assertNull(date("декларация о сотрудничестве в области морского транспорта принята\n\n"
        + "Декларация о сотрудничестве в области морского транспорта (в развитие резолюции Генеральной Ассамблеи "
        + "ООН 3011 (XXVII) от 12 октября 1972 г.)\n\n"
        + "Генеральная Ассамблея,\n\nпризнавая значение морского транспорта для развития торговли,\n\n"
        + "торжественно провозглашает следующие принципы.\n"));
  }
}
