package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A page that opens by telling its document adopted under a city's adjective («приняли Казанскую декларацию») names
 * where it was adopted; a text of another kind named so is another document's. Every text is written for these tests.
 */
final class OpeningAdjectivePlaceTest {
  private static Optional<String> place(Document doc) {
    return doc.place().map(p -> p.name());
  }

  @Test
  void aDeclarationAdoptedUnderItsCitysAdjective_isPlacedThere() {
    // GIVEN a news page: the leaders adopted the declaration named after the city of the summit
    Document doc = Parser.russian().parse("Саммит завершился во вторник.\n"
        + "Главы государств приняли Казанскую декларацию и обсудили вопросы торговли.\n"
        + "Декларация призывает расширять сотрудничество в области транспорта.\n");
    assertEquals(Optional.of("Казань"), place(doc));
  }

  @Test
  void anotherKindUnderACitysAdjective_placesNothing() {
    // GIVEN a joint statement that opens by recalling a convention named after a city
    Document doc = Parser.russian().parse("Совместное заявление министров иностранных дел\n"
        + "Министры подтвердили приверженность Венской конвенции о дипломатических сношениях.\n"
        + "Стороны договорились продолжить консультации.\n");
    assertEquals(Optional.empty(), place(doc));
  }
}
