package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * A page about a declaration «принятой сегодня на рижской сессии» places it in the city of that adjective:
 * the lower-case «декларации» before the participle is the document itself, and «на» opens its sitting.
 * A text the document cites by its name does not place it. Every text is written for these tests.
 */
final class DocumentAdoptedAtASittingTest {
  private static String place(String text) {
    Document doc = Parser.russian().parse("sitting", text);
    return doc.place().map(Place::name).orElse(null);
  }

  @Test
  void theDeclarationAdoptedAtACitysSitting_isPlacedInThatCity() {
    assertEquals("Рига", place("Министры призвали к диалогу\n\n"
        + "Министры трёх стран выступили за продолжение диалога. Об этом говорится в декларации, принятой сегодня"
        + " на рижской сессии совета министров.\n\n"
        + "В документе отмечается важность торговли.\n"));
  }

  @Test
  void aCitedDeclarationByItsName_doesNotPlaceTheStatement() {
    assertNull(place("Совместное заявление министров\n\n"
        + "Министры, руководствуясь Декларацией, принятой на рижской сессии совета министров, подтверждают свои"
        + " обязательства.\n\n"
        + "Министры отмечают важность торговли.\n"));
  }
}
