package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «Палата представителей A», «собрание народных представителей A»: an envoy noun that ends a legislature's name
 * is no envoy, so the state after it, and those the list goes on with, are sides rather than attendees. Every text
 * is written for these tests.
 */
final class ChamberOfRepresentativesTest {
  @Test
  void aChamberOfRepresentativesInTheListOfSides_isASide() {
    // GIVEN three legislatures named as the sides, the second a chamber «of representatives»
    Document doc = Parser.russian().parse("Меморандум о сотрудничестве\n\n"
        + "Национальное собрание Республики Армения, Палата представителей Национального собрания Республики Беларусь"
        + " и Мажилис Парламента Республики Казахстан, далее именуемые Сторонами, договорились о нижеследующем:\n\n"
        + "1. Стороны проводят ежегодные консультации.\n");
    // THEN the chamber's state, and the state named after it, are sides with the first
    assertEquals(List.of("AM", "BY", "KZ"), sorted(doc.signatories()));
  }

  @Test
  void aRepresentativeAmongTheAttendees_stillOnlyAttends() {
    // GIVEN two heads as the subject and, after «в том числе», the representative of a third state
    Document doc = Parser.russian().parse("Совместное заявление\n\n"
        + "Президент Республики Армения и Президент Республики Беларусь, в присутствии участников встречи,"
        + " в том числе представителя Республики Казахстан, приняли настоящее Совместное заявление.\n");
    assertEquals(List.of("AM", "BY"), sorted(doc.signatories()));
  }
}
