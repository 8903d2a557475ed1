package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * «held at Government House, Stockholm»: the city after the venue a meeting was held at places the text;
 * on a text written for this test.
 */
final class CityAfterAVenueTest {
  private static String place(String text) {
    Document doc = Parser.english().parse("city-after-venue", text);
    return doc.place().map(Place::name).orElse(null);
  }

  @Test
  void aMeetingHeldAtAVenueOfACity_isPlacedInTheCity() {
    assertEquals("Stockholm", place("Final Communiqué\n\n"
        + "Meeting of the Council of Foreign Ministers held at Government House, Stockholm\n\n"
        + "1. The Ministers reviewed the security of the region and the work of the Council.\n\n"
        + "2. The Ministers agreed to strengthen cooperation on energy.\n"));
  }
}
