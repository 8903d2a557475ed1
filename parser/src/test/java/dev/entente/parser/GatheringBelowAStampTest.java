package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * Short lines of a stamp between the title and the body («Принято ⏎ Президентом … ⏎ 5 мая 1997 года»)
 * do not push the opening «Мы, …, собравшись в городе …» out of the paragraphs searched for where the
 * authors met. The text is written for this test.
 */
final class GatheringBelowAStampTest {
  @Test
  void theGatheringCityBelowManyStampLines_placesTheStatement() {
    Document doc = Parser.russian().parse("stamp", "Совместное заявление Президентов\n\n"
        + "Принято\n"
        + "Президентом Республики Казахстан\n"
        + "5 мая 1997 года,\n"
        + "Президентом Кыргызской Республики\n"
        + "5 мая 1997 года,\n"
        + "Президентом Республики Узбекистан\n"
        + "5 мая 1997 года\n"
        + "Мы, Президенты Республики Казахстан, Кыргызской Республики и Республики Узбекистан, собравшись в городе"
        + " Самарканде на ежегодную встречу, заявляем:\n"
        + "Наши государства продолжат сотрудничество в области водных ресурсов и энергетики.\n");
    assertEquals("Самарканд", doc.place().map(Place::name).orElse(null));
  }
}
