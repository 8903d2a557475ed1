package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * On a page about a document of one kind, a sentence that opens with a document of another kind («Соглашение … было
 * подписано 17 мая 2021 года в Тбилиси» under a declaration) dates and places that other text, not the page's. Every
 * text is written for these tests.
 */
final class SentenceOfAnotherKindTest {
  private static final String HEAD = "Три страны подписали батумскую декларацию\n\n"
      + "Президенты трех стран подписали батумскую декларацию о сотрудничестве.\n\n";

  private static Document parse(String text) {
    return Parser.russian().parse("another-kind", text);
  }

  @Test
  void agreementSignedElsewhere_neitherDatesNorPlacesTheDeclaration() {
    // GIVEN a declaration's report that recalls where and when an agreement of the format was signed
    Document doc = parse(HEAD + "Соглашение о создании формата было подписано 17 мая 2021 года в Тбилиси министрами.\n");
    // WHEN it is dated and placed THEN the agreement's day and city are not the declaration's
    assertNull(doc.date().map(EdtfDate::toString).orElse(null));
    assertNull(doc.place().map(Place::name).orElse(null));
  }

  @Test
  void declarationOfTheSameKind_stillDatesAndPlacesIt() {
    // GIVEN the same report whose sentence opens with a declaration, the page's own kind
    Document doc = parse(HEAD + "Декларация о создании формата была подписана 17 мая 2021 года в Тбилиси министрами.\n");
    // WHEN it is dated and placed THEN its day and city are the document's
    assertEquals("2021-05-17", doc.date().map(EdtfDate::toString).orElse(null));
    assertEquals("Тбилиси", doc.place().map(Place::name).orElse(null));
  }
}
