package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * A meeting held «в токийском особняке МИД» is placed in the city of the adjective; a state's adjective
 * («в китайской провинции») names no city. Every text is written for these tests.
 */
final class CityAdjectiveOfTheMeetingTest {
  private static String place(String text) {
    Document doc = Parser.russian().parse("city-adjective", text);
    return doc.place().map(Place::name).orElse(null);
  }

  @Test
  void aMeetingInATokyoMansion_isPlacedInTokyo() {
    assertEquals("Токио", place("Встреча министров иностранных дел Японии и Казахстана\n\n"
        + "15 мая Министр иностранных дел Японии встретился в токийском особняке МИД с Министром иностранных дел"
        + " Казахстана, находящимся с визитом в Японии.\n\n"
        + "Министры обсудили вопросы торговли.\n"));
  }

  @Test
  void aStatesAdjective_namesNoCity() {
    assertNotEquals("Кито", place("Пресс-релиз по итогам стратегического диалога\n\n"
        + "20 августа министры иностранных дел провели стратегический диалог в китайской провинции Хайнань.\n\n"
        + "Министры обсудили вопросы торговли.\n"));
  }
}
