package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * Session 34: a news report whose first paragraph opens with an agency's dateline — a city in capitals, then a day
 * and the agency after a dash («КАИР, 20 дек — РИА Новости.»), or the agency between slashes («БИШКЕК /Тренд/ -») —
 * was filed in that city, the city of the occasion it retells, unless its first words place something in another
 * city. Every text is written for these tests.
 */
final class OpeningAgencyDatelineTest {
  private static Document parse(String text) {
    return Parser.russian().parse("opening-dateline", text);
  }

  private static String place(Document doc) {
    return doc.place().map(Place::name).orElse(null);
  }

  @Test
  void agencyAfterTheDash_placesTheReport() {
    Document doc = parse("КАИР, 20 дек — РИА Новости. Министры иностранных дел Египта и Иордании в пятницу подписали"
        + " меморандум о сотрудничестве в области туризма, сообщил МИД Египта.\n"
        + "Документ предусматривает обмен опытом и совместные выставки.\n");
    assertEquals("Каир", place(doc));
  }

  @Test
  void agencyBetweenSlashesWithNoDay_placesTheReport() {
    Document doc = parse("ДУШАНБЕ /Агентство/ - По итогам переговоров президентов Таджикистана и Казахстана стороны"
        + " подписали протокол о сотрудничестве в области энергетики.\n"
        + "Протокол подписали министры энергетики двух стран.\n");
    assertEquals("Душанбе", place(doc));
  }

  @Test
  void anotherCityInTheOpening_isNoPlaceOfTheDatelines() {
    Document doc = parse("ТАШКЕНТ, 3 мар — Агентство. Следующее заседание совета министров пройдет в Душанбе осенью,"
        + " говорится в коммюнике по итогам заседания.\n"
        + "Министры обсудили вопросы транспорта.\n");
    assertNotEquals("Ташкент", place(doc));
  }
}
