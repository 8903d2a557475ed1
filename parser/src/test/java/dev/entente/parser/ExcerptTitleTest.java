package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.EdtfDate;
import org.junit.jupiter.api.Test;

/**
 * A collection's heading of an excerpt («Док. № 12 Из совместного … заявления», its day on the line below)
 * names the document's kind and day. Texts written for these tests.
 */
final class ExcerptTitleTest {
  private static final String EXCERPT = "Источник: сборник документов, 1975 г.\n"
      + "Док. № 12 Из совместного советско-индийского заявления\n"
      + "от 5 марта 1975 г.\n"
      + "1. По приглашению правительства Индии Председатель Совета Министров СССР посетил Индию с 1 по 5 марта.\n"
      + "2. Стороны обсудили вопросы двусторонних отношений и международного положения.\n";

  @Test
  void anExcerptsHeadingAfterItsNumber_namesTheKindAndTheDay() {
    Document doc = Parser.russian().parse("excerpt", EXCERPT);
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
    assertEquals("1975-03-05", doc.date().map(EdtfDate::toString).orElse(null));
  }

  @Test
  void anEnglishExcerptsHeading_keepsItsKind() {
    Document doc = Parser.english().parse("excerpt-en", "Source: collection of documents, 1975\n\n"
        + "Doc. 12 From the Joint Statement of the Soviet Union and India\n\n"
        + "1. At the invitation of the Government of India, the Chairman of the Council of Ministers of the USSR "
        + "visited India on 1-5 March 1975.\n\n"
        + "2. The two sides discussed bilateral relations and the international situation.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }
}
