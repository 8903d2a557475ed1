package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * A news page that tells no day of its document but names it, by its own kind, in a sentence with «в <город>» is placed
 * in that city; a text of another kind places nothing. Every text is written for
 * these tests.
 */
final class OwnKindsCityTest {
  private static Document parse(String text) {
    return Parser.russian().parse("own-kinds-city", text);
  }

  private static String place(Document doc) {
    return doc.place().map(Place::name).orElse(null);
  }

  @Test
  void jointStatementPublishedInACity_placesTheReport() {
    // GIVEN a report whose lead says where the joint statement was published, with a weekday and no date
    Document doc = parse("Монголия и Вьетнам намерены расширять торговлю. Об этом говорится в совместном заявлении"
        + " двух стран, опубликованном в среду в Ханое.\n\n"
        + "Стороны договорились продолжать консультации.\n");
    // WHEN the parser places it THEN the city the statement's sentence names is the document's
    assertEquals("Ханой", place(doc));
  }

  @Test
  void cityBeforeTheKind_placesTheReport() {
    // GIVEN a lead whose city comes before the joint statement it names
    Document doc = parse("Девять стран выступили в Вене с совместным заявлением о защите журналистов.\n\n"
        + "Авторы призвали все государства обеспечить безопасность прессы.\n");
    // WHEN the parser places it THEN the city is the document's
    assertEquals("Вена", place(doc));
  }

  @Test
  void cityInTheNextSentence_placesNothing() {
    // GIVEN a lead that names the joint statement and, only in its next sentence, another city
    Document doc = parse("Монголия и Вьетнам намерены расширять торговлю, говорится в совместном заявлении двух"
        + " стран. Ранее министры побывали в Пекине.\n\n"
        + "Стороны договорились продолжать консультации.\n");
    // WHEN the parser places it THEN the city of the other sentence is not the statement's
    assertNull(place(doc));
  }

  @Test
  void aTextOfAnotherKindInACity_placesNoJointStatement() {
    // GIVEN a joint statement's report whose only city is that of an agreement it recalls
    Document doc = parse("Монголия и Вьетнам приняли совместное заявление о торговле.\n\n"
        + "В документе стороны сослались на соглашение между университетами в Вене.\n\n"
        + "Стороны договорились продолжать консультации.\n");
    // WHEN the parser places it THEN the agreement's city is not the statement's
    assertNull(place(doc));
  }
}
