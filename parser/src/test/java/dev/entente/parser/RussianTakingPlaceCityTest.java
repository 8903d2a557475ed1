package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * A news page that opens with where its meeting is taking place («В Казани проходит заседание …», «Сегодня в Ереване
 * открылся саммит …»): the city is the document's, on texts written for
 * these tests (none is taken from a real document).
 */
final class RussianTakingPlaceCityTest {
  private static final Parser PARSER = Parser.russian();

  private static String place(String text) {
    Document doc = PARSER.parse("ru-taking-place", text);
    return doc.place().map(Place::name).orElse(null);
  }

  @Test
  void aCityBeforeAVerbOfTakingPlace_placesTheDocument() {
    assertEquals("Казань", place("Парламентарии приняли обращение к молодежи\n\n"
        + "В Казани проходит выездное заседание совета парламентариев стран Содружества. "
        + "Участники приняли обращение к молодежи.\n"));
  }

  @Test
  void aVerbOfTakingPlaceAfterTheDayWord_placesTheDocument() {
    assertEquals("Ереван", place("Лидеры договорились о новой программе\n\n"
        + "В Ереване сегодня открылся саммит глав правительств. По его итогам ожидается подписание программы.\n"));
  }

  @Test
  void aCityNamedWithoutAnOccasion_placesNothing() {
    assertNull(place("Стороны обсудили торговлю\n\n"
        + "В Казани растет число туристов из соседних стран. Стороны обсудили торговлю.\n"));
  }
}
