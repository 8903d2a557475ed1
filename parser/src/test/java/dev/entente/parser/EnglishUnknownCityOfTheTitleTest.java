package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * A town the gazetteer lacks places the document where the title closes with it and its state, or
 * where the meeting «was held at» it with its state before the day. Every text is written for these tests.
 */
final class EnglishUnknownCityOfTheTitleTest {
  private static final Parser PARSER = Parser.english();

  private static Document parse(String text) {
    return PARSER.parse("en-unknown-city", text);
  }

  @Test
  void aTitleClosingWithATownAndItsState_placesTheDocument() {
    Document doc = parse("Communiqué Issued at the Conclusion of the Fifth Meeting of the Council of Ministers,"
        + " 3-4 May 2018, Dennery, Saint Lucia\n\n"
        + "The Ministers reviewed the state of the regional economy and agreed to deepen trade.\n");
    assertEquals("Dennery", doc.place().map(Place::name).orElse(null));
    assertEquals("LC", doc.place().flatMap(Place::country).orElse(null));
  }

  @Test
  void aMeetingHeldAtATownAndItsStateBeforeTheDay_placesTheDocument() {
    Document doc = parse("Communiqué of the Fifth Meeting of the Council of Ministers\n\n"
        + "The Fifth Meeting of the Council of Ministers was held at Dennery, Saint Lucia on 3-4 May 2018."
        + " The Ministers reviewed the state of the regional economy.\n");
    assertEquals("Dennery", doc.place().map(Place::name).orElse(null));
  }

  @Test
  void aTitleClosingWithAPersonsRoleAndAState_placesNothing() {
    Document doc = parse("Joint Statement with Prime Minister Dennery, Saint Lucia\n\n"
        + "The two leaders reviewed the state of the regional economy and agreed to deepen trade.\n");
    assertNull(doc.place().orElse(null));
  }
}
