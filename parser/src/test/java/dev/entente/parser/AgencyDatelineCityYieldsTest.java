package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * An agency's dateline («ОМСК, 3 марта. /Агентство/.») dates a report, but its city is where the report
 * was filed: a meeting the report places elsewhere («по итогам встречи … в Казани») places the document;
 * with none, the dateline's city does. Every text is written for these tests.
 */
final class AgencyDatelineCityYieldsTest {
  private static Document parse(String text) {
    return Parser.russian().parse("agency-dateline", text);
  }

  @Test
  void aMeetingCityAfterPoItogam_overridesTheDatelinesCity() {
    Document doc = parse("ОМСК, 3 марта. /Агентство/. Министры иностранных дел трёх стран договорились расширить"
        + " сотрудничество в области энергетики. Об этом говорится в совместном заявлении, опубликованном по итогам"
        + " встречи министров в Казани.\n\n"
        + "Министры также обсудили план работы на 2021 год.\n");
    assertEquals("Казань", doc.place().map(Place::name).orElse(null));
    assertEquals("2021-03-03", doc.date().map(EdtfDate::toString).orElse(null));
  }

  @Test
  void withNoOtherCity_theDatelinesCityPlacesTheReport() {
    Document doc = parse("ОМСК, 3 марта. /Агентство/. Министры иностранных дел трёх стран договорились расширить"
        + " сотрудничество в области энергетики. Об этом говорится в совместном заявлении министров.\n\n"
        + "Министры также обсудили план работы на 2021 год.\n");
    assertEquals("Омск", doc.place().map(Place::name).orElse(null));
  }

  @Test
  void aCityAndDayClosingTheirLine_areTheDocumentsOwn() {
    Document doc = parse("Совместное заявление министров иностранных дел\n\n"
        + "Министры обсудили вопросы транспорта и энергетики на встрече в Казани.\n\n"
        + "ОМСК, 3 марта 2021 года\n");
    assertEquals("Омск", doc.place().map(Place::name).orElse(null));
  }
}
