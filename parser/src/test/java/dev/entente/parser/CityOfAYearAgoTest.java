package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * A meeting a dated document names with its year alone («на встрече в Бишкеке (1993 г.)») is an earlier one
 * it recalls: its city does not place the document. Every text is written for these tests.
 */
final class CityOfAYearAgoTest {
  private static Document parse(String text) {
    return Parser.russian().parse("year-ago", text);
  }

  @Test
  void aCityDatedByItsYearAlone_yieldsToTheMeetingsOwn() {
    Document doc = parse("Заявление глав государств от 14.11.1993\n\n"
        + "Главы государств, следуя договоренностям, достигнутым на встрече в Бишкеке (1993 г.), собрались на"
        + " очередную встречу в Самарканде, где подписали настоящее заявление.\n\n"
        + "Стороны продолжат консультации.\n");
    assertEquals("Самарканд", doc.place().map(Place::name).orElse(null));
  }

  @Test
  void aCityDatedByTheDocumentsDay_stillPlacesIt() {
    Document doc = parse("Заявление глав государств от 14.11.1993\n\n"
        + "Главы государств, следуя договоренностям, достигнутым на встрече в Бишкеке 14 ноября 1993 г., подписали"
        + " настоящее заявление.\n\n"
        + "Стороны продолжат консультации.\n");
    assertEquals("Бишкек", doc.place().map(Place::name).orElse(null));
  }
}
