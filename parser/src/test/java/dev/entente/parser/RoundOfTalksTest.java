package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A round of a dialogue or of talks («второй раунд …», "the first round of negotiations") is one event; a round
 * named alone ("the Doha Round") stays the negotiations' programme. Sentences written for these tests.
 */
final class RoundOfTalksTest {
  private static final Parser RUSSIAN = Parser.russian();
  private static final Parser ENGLISH = Parser.english();

  @Test
  void aNumberedRound_isAnEvent() {
    Document doc = RUSSIAN.parse("ru-round", "Совместное заявление Республики Казахстан и Республики Узбекистан\n\n"
        + "Астана, 10 июня 2025 года\n\n1. Министры иностранных дел провели в пятницу второй раунд стратегического"
        + " диалога в Астане.\n");
    assertEquals(List.of("второй раунд стратегического диалога"),
        doc.events().stream().map(Event::name).collect(Collectors.toList()));
    assertEquals(Integer.valueOf(2), doc.events().get(0).ordinal().orElse(null));
  }

  @Test
  void aRoundOfTalks_isAnEvent_theDohaRoundIsNot() {
    Document doc = ENGLISH.parse("en-round", "Joint Statement of Canada and the Republic of Chile\n\nOttawa, 10 June 2025\n\n"
        + "1. The first round of negotiations for a double taxation agreement will take place in Santiago in September"
        + " 2025. The Ministers called for an ambitious conclusion of the Doha Round of trade negotiations. They welcomed"
        + " the Fourth Round of the Six-Party Talks held in Beijing in July 2005.\n");
    List<String> events = doc.events().stream().map(Event::name).collect(Collectors.toList());
    assertEquals(2, events.size(), events.toString());
    assertEquals("first round of negotiations", events.get(0));
    assertEquals(true, events.get(1).startsWith("Fourth Round of the"), events.get(1));
    assertEquals(List.of("Doha Round"), doc.initiatives().stream().map(i -> i.name()).collect(Collectors.toList()));
  }
}
