package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.entente.model.Document;
import dev.entente.model.SegmentKind;
import org.junit.jupiter.api.Test;

/**
 * A publisher's note over a text it translated («Перевод с английского», "Unofficial translation") is the
 * site's, not a line of the document; a sentence of the document about a translation stays the document's.
 * The texts are written for these tests.
 */
final class TranslationNoteTest {
  @Test
  void aTranslatorsNoteUnderTheTitle_isTheSites() {
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление министров иностранных дел Армении и Грузии\n\n"
        + "Неофициальный перевод с французского\n\n"
        + "Министры иностранных дел двух стран провели переговоры в Ереване и договорились расширять торговлю.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Неофициальный перевод"));
    Document en = Parser.english().parse("en-test", "Joint Statement of the Foreign Ministers of Chile and Peru\n\n"
        + "Unofficial translation\n\n"
        + "The Foreign Ministers of Chile and Peru met in Lima and agreed to expand trade between the two countries.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(en, "Unofficial translation"));
  }

  @Test
  void aSentenceOfTheTextAboutATranslation_staysTheTexts() {
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление министров иностранных дел Армении и Грузии\n\n"
        + "Перевод документов с английского языка на армянский и грузинский языки обеспечит Секретариат.\n");
    assertNotEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Перевод документов"));
  }
}
