package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * A report's lead that retells a document by its city's adjective («говорится в итоговой Душанбинской
 * декларации») names the document's kind and place; a treaty named so is not the document. Texts written for
 * these tests.
 */
final class KindAfterACityAdjectiveInTheLeadTest {
  private static final String LEAD = "Лидеры стран СНГ призвали расширить торговлю в национальных валютах.\n\n"
      + "Как передает агентство, об этом говорится в итоговой %s, принятой по итогам саммита глав государств.\n\n"
      + "\"Мы поддерживаем переход к расчетам в национальных валютах\", - отмечается в документе.\n";

  private static Document parse(String named) {
    return Parser.russian().parse("lead-city-adjective", String.format(LEAD, named));
  }

  @Test
  void aDeclarationNamedByItsCitysAdjective_givesKindAndPlace() {
    Document doc = parse("Душанбинской декларации");
    assertEquals(DocumentKind.DECLARATION, doc.kind());
    assertEquals("Душанбе", doc.place().map(Place::name).orElse(null));
  }

  @Test
  void aTreatyNamedByItsCitysAdjective_isNotTheDocument() {
    assertEquals(DocumentKind.OTHER, parse("Душанбинском договоре").kind());
  }
}
