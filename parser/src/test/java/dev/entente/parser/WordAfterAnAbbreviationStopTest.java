package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A head capitalised right after the stop of an abbreviation («2025 г. Заседание прошло …») may open a
 * sentence the splitter kept whole: the capital names nothing. Sentences written for these tests.
 */
final class WordAfterAnAbbreviationStopTest {
  private static final Parser RUSSIAN = Parser.russian();

  @Test
  void aBareHeadAfterAYearsAbbreviation_namesNoEvent() {
    Document doc = RUSSIAN.parse("ru-stop", "Совместное заявление Республики Казахстан и Республики Узбекистан\n\n"
        + "Астана, 10 июня 2025 года\n\n1. Министры провели ежегодную встречу в Нью-Йорке 26 сентября 2025 г. Заседание"
        + " прошло под председательством Индии, председателя БРИКС в 2026 г.\n");
    assertEquals(List.of("ежегодная встреча"), doc.events().stream().map(Event::name).collect(Collectors.toList()));
  }
}
