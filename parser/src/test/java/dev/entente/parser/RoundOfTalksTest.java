package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A numbered round of a dialogue or of talks («второй раунд …») is one event. Sentences written for this test. */
final class RoundOfTalksTest {
  private static final Parser RUSSIAN = Parser.russian();

  @Test
  void aNumberedRound_isAnEvent() {
    Document doc = RUSSIAN.parse("ru-round", "Совместное заявление Республики Казахстан и Республики Узбекистан\n\n"
        + "Астана, 10 июня 2025 года\n\n1. Министры иностранных дел провели в пятницу второй раунд стратегического"
        + " диалога в Астане.\n");
    assertEquals(List.of("второй раунд стратегического диалога"),
        doc.events().stream().map(Event::name).collect(Collectors.toList()));
    assertEquals(Integer.valueOf(2), doc.events().get(0).ordinal().orElse(null));
  }
}
