package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * A city's name that closes a longer capitalised name («President Lagos», «Hotel Astana») places
 * nothing; one after «in» still does. Every text is written for these tests.
 */
final class CityClosingAPersonsNameTest {
  private static String place(String text) {
    Document doc = Parser.english().parse("city-in-a-name", text);
    return doc.place().map(Place::name).orElse(null);
  }

  @Test
  void aSurnameThatIsACitysName_placesNothing() {
    assertEquals(null, place("Joint Statement by the Prime Minister of New Zealand and the President of Peru\n\n"
        + "The Prime Minister of New Zealand and President Carlos Lagos of Peru today reaffirmed their friendship.\n\n"
        + "  President Lagos is visiting New Zealand from 3 to 5 May 2005 at the invitation of the Governor-General.\n\n"
        + "The two leaders agreed to expand trade in agricultural products.\n"));
  }

  @Test
  void theSameCityAfterIn_stillPlacesTheMeeting() {
    assertEquals("Lagos", place("Joint Statement by the Prime Minister of New Zealand and the President of Nigeria\n\n"
        + "The Prime Minister of New Zealand and the President of Nigeria met in Lagos on 4 May 2005.\n\n"
        + "The two leaders agreed to expand trade in agricultural products.\n"));
  }

  @Test
  void aCityAfterItsStatesName_stillPlacesTheMeeting() {
    Document doc = Parser.russian().parse("city-after-state", "Совместное заявление министров иностранных дел\n\n"
        + "5 мая 2025 года министры находились в столице Казахстана Астане и обсудили торговлю.\n\n"
        + "Министры договорились расширять торговлю.\n");
    assertEquals("Астана", doc.place().map(Place::name).orElse(null));
  }
}
