package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * A meeting held «в административной столице Боливии Сукре» is placed in the city named after the state; one
 * held «в северной столице России», with no city named, is placed nowhere (a capital of a kind is not the
 * state's capital); a document signed «в Кремле» or "at the Élysée Palace" is placed in the capital of the
 * state whose seat of power that is. Every text is written for these tests.
 */
final class CapitalOfAKindAndSeatOfPowerTest {
  private static String place(Parser parser, String text) {
    Document doc = parser.parse("capital-kind", text);
    return doc.place().map(Place::name).orElse(null);
  }

  @Test
  void aCapitalOfAKindBeforeTheState_leadsToTheCityNamedAfterIt() {
    assertEquals("Сукре", place(Parser.russian(), "Совещание министров энергетики пяти стран сегодня прошло в"
        + " конституционной столице Боливии Сукре. По итогам совещания было принято заявление.\n\n"
        + "Министры договорились о новых проектах.\n"));
  }

  @Test
  void aCapitalOfAKindWithoutItsCity_placesNothing() {
    assertNull(place(Parser.russian(), "Совещание министров энергетики пяти стран сегодня прошло в северной столице"
        + " Бразилии. По итогам совещания было принято заявление.\n\n"
        + "Министры договорились о новых проектах.\n"));
  }

  @Test
  void aSeatOfPowerAfterTheVerbOfSigning_leadsToItsStatesCapital() {
    assertEquals("Москва", place(Parser.russian(), "Соглашение о культурном обмене между двумя странами было"
        + " подписано в Кремле министрами культуры.\n\n"
        + "Статья 1\nСтороны развивают обмены.\n"));
  }

  @Test
  void anEnglishSeatOfPower_leadsToItsStatesCapital() {
    assertEquals("Paris", place(Parser.english(), "The two Presidents met today at the Elysee Palace and"
        + " adopted the following statement.\n\n"
        + "1. The sides agree to deepen their cooperation.\n"));
  }
}
