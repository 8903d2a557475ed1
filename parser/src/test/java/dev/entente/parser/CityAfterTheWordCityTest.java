package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * A meeting held «в российском городе Казани» or «в городе Казани» (a state's adjective, the word for city)
 * places the document in that city. Every text is written for these tests.
 */
final class CityAfterTheWordCityTest {
  private static String place(String text) {
    Document doc = Parser.russian().parse("city-word", text);
    return doc.place().map(Place::name).orElse(null);
  }

  @Test
  void aStatesAdjectiveAndTheWordCity_leadToTheMeetingsCity() {
    assertEquals("Казань", place("Вторая встреча министров культуры трёх стран состоялась в российском городе Казани"
        + " во вторник. По итогам встречи было принято заявление.\n\n"
        + "Министры договорились о новых обменах.\n"));
  }

  @Test
  void theWordCityAlone_leadsToTheMeetingsCity() {
    assertEquals("Казань", place("Вторая встреча министров культуры трёх стран состоялась в городе Казани"
        + " во вторник. По итогам встречи было принято заявление.\n\n"
        + "Министры договорились о новых обменах.\n"));
  }
}
