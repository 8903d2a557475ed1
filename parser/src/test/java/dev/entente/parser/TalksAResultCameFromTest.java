package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talks named as what a result came from («в результате длительных переговоров», "as a result of the
 * negotiations") are the course that led to it, not one sitting the text counts as an event; talks held
 * on a day stay. Sentences written for the test.
 */
final class TalksAResultCameFromTest {

  private static List<String> events(Document doc) {
    return doc.events().stream().map(Event::name).toList();
  }

  private static boolean any(List<String> names, String part) {
    return names.stream().anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains(part));
  }

  @Test
  void talksAfterVRezultate_areNoEvent() {
    List<String> found = events(Parser.russian().parse("result", "Совместное заявление Республики Перу и Королевства Марокко\n\n"
        + "В результате длительных и конструктивных переговоров между двумя странами стороны достигли договоренности "
        + "об открытии посольств.\n\n"
        + "Коммюнике было обнародовано в Лиме в результате переговоров между Перу и Марокко.\n"));
    assertFalse(any(found, "переговор"), found::toString);
  }

  @Test
  void talksHeldOnADay_stayAnEvent() {
    List<String> found = events(Parser.russian().parse("held", "Совместное заявление Республики Перу и Королевства Марокко\n\n"
        + "12 мая 2015 года в Лиме состоялись переговоры между Президентом Республики Перу и Королем Марокко. "
        + "Стороны достигли договоренности об открытии посольств.\n"));
    assertTrue(any(found, "переговор"), found::toString);
  }

  @Test
  void talksAfterAsAResultOf_areNoEvent() {
    List<String> found = events(Parser.english().parse("result", "Joint Statement of Peru and Morocco\n\n"
        + "As a result of lengthy negotiations between the two countries, the Parties agreed to open embassies.\n\n"
        + "The Parties reached this agreement as a result of the talks between President Humala and King Mohammed VI"
        + " in Lima.\n"));
    assertFalse(any(found, "negotiations") || any(found, "talks"), found::toString);
  }
}
