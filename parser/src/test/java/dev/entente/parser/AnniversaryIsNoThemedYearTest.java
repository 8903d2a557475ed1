package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A themed year («Год образования», «в Году музыки») is named by the word «год» itself; an anniversary
 * («в пятнадцатую годовщину образования Содружества») is no year of a theme. Sentences written for the test.
 */
final class AnniversaryIsNoThemedYearTest {

  private static List<String> initiatives(String text) {
    Document doc = Parser.russian().parse("year", text);
    return doc.initiatives().stream().map(Initiative::name).toList();
  }

  private static boolean any(List<String> names, String part) {
    return names.stream().anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains(part));
  }

  @Test
  void anAnniversaryOfAFounding_isNoThemedYear() {
    List<String> found = initiatives("Декларация глав государств Содружества\n\n"
        + "Главы государств по итогам состоявшегося в Минске в пятнадцатую годовщину образования Содружества "
        + "заседания Совета глав государств заявляют о следующем.\n");
    assertFalse(any(found, "годовщин"), found::toString);
  }

  @Test
  void aThemedYear_staysAnInitiative() {
    List<String> found = initiatives("Совместное заявление Республики Беларусь и Республики Армения\n\n"
        + "Стороны договорились провести в 2026 году Год образования Беларуси и Армении.\n");
    assertTrue(any(found, "год образования"), found::toString);
  }
}
