package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A capitalised word the gazetteer lacks after the abbreviation of «city» («в г. Заречный») is the city
 * an event sits in. Sentences written for these tests.
 */
final class UnlistedCityAfterTheCityWordTest {
  private static final Parser PARSER = Parser.russian();

  private static Document parse(String body) {
    return PARSER.parse("ru-city", "Совместное заявление министров иностранных дел\n\n" + body + "\n");
  }

  private static String events(Document doc) {
    return doc.events().stream()
        .map(e -> e.name() + "/" + e.place().map(p -> p.name()).orElse("-"))
        .collect(Collectors.joining("; "));
  }

  private static String placeOf(Document doc, String namePart) {
    Event e = doc.events().stream().filter(x -> x.name().contains(namePart)).findFirst()
        .orElseThrow(() -> new AssertionError(events(doc)));
    return e.place().map(p -> p.name()).orElse("-");
  }

  @Test
  void anUnlistedCityAfterTheAbbreviation_isTheEventsPlace() {
    Document doc = parse("Министры провели 5-ю министерскую сессию Совета в г. Заречный 3 июня 2024 года.");
    assertEquals("Заречный", placeOf(doc, "министерская сессия"), () -> events(doc));
  }

  @Test
  void anUnlistedCityBeforeItsRegion_isTheEventsPlace() {
    Document doc = parse("Следующее заседание Совета состоится в г. Заречный Пензенской области в 2026 году.");
    assertEquals("Заречный", placeOf(doc, "заседание Совета"), () -> events(doc));
  }
}
