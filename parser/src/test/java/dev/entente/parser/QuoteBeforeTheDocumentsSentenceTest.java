package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «"Стороны …". В документе также говорится …»: on a news page that retells a document, a quote that is a sentence of
 * its own right before one that attributes words to the document is the document's words; one a speaker is named
 * for is not. Pages written for the test in the house style of Russian news agencies.
 */
final class QuoteBeforeTheDocumentsSentenceTest {

  private static Document parse(String text) {
    return Parser.russian().parse("ru-test", text);
  }

  @Test
  void aQuoteRightBeforeTheDocumentsSentence_isTheDocuments() {
    // GIVEN a report whose quote stands alone, followed by a sentence that names the document as its source
    Document doc = parse("Монголия и Кыргызстан подписали совместное заявление\n\n"
        + "БИШКЕК, 12 мая. Президенты Монголии и Кыргызстана по итогам переговоров подписали совместное заявление.\n\n"
        + "\"Стороны будут развивать сотрудничество в рамках Шанхайской организации сотрудничества\". "
        + "В документе также говорится о торговле и транспорте.\n");
    // THEN the organisation of the quoted words is the document's
    assertEquals(List.of("SCO"), doc.parties().stream().map(p -> p.id()).toList());
  }

  @Test
  void aQuoteWithASpeaker_staysTheReports() {
    // GIVEN the same quote, given to a minister
    Document doc = parse("Монголия и Кыргызстан подписали совместное заявление\n\n"
        + "БИШКЕК, 12 мая. Президенты Монголии и Кыргызстана по итогам переговоров подписали совместное заявление.\n\n"
        + "\"Мы будем развивать сотрудничество в рамках Шанхайской организации сотрудничества\", - сказал министр. "
        + "В документе также говорится о торговле и транспорте.\n");
    // THEN it names nothing of the document's
    assertTrue(doc.parties().isEmpty(), () -> doc.parties().toString());
  }
}
