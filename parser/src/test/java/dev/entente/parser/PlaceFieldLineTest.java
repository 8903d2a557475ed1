package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * A database's field line of place («[Place] Cebu, Philippines») places the document; a field whose value is
 * no city does not. Texts written for these tests.
 */
final class PlaceFieldLineTest {
  private static final String PAGE = "Documents on Foreign Relations Database\n\n"
      + "[Title] Chairman's Statement of the Fifth Mekong-Korea Meeting\n\n"
      + "%s\n[Date] March 3, 2012\n[Source] Ministry of Foreign Affairs\n[Full text]\n\n"
      + "1. The Fifth Mekong-Korea Meeting was convened on 3 March 2012. The Ministers reviewed the progress "
      + "of their cooperation in water resources, agriculture and human resource development.\n\n"
      + "2. The Ministers agreed to hold the next meeting in 2013.\n";

  private static String place(String field) {
    Document doc = Parser.english().parse("place-field", String.format(PAGE, field));
    return doc.place().map(Place::name).orElse(null);
  }

  @Test
  void aFieldOfPlace_placesTheDocument() {
    assertEquals("Cebu", place("[Place] Cebu, Philippines"));
  }

  @Test
  void aFieldWithNoCity_placesNothing() {
    assertNull(place("[Place] Meeting room of the Secretariat"));
  }
}
