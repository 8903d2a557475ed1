package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An event's head alone, capitalised inside a sentence («повестки Совещания»), points back at the
 * occasion named in full before it and is no event of its own. Sentences written for these tests.
 */
final class CapitalisedHeadPointsBackTest {
  private static final Parser PARSER = Parser.russian();

  private static String events(Document doc) {
    return doc.events().stream().map(Event::name).collect(Collectors.joining("; "));
  }

  @Test
  void aCapitalisedHeadAlone_isTheOccasionNamedBefore() {
    Document doc = PARSER.parse("ru-back", "Совместное заявление\n\nТашкент, 4 мая 2024 г.\n\n"
        + "1. Первое Совещание министров транспорта стран Азии было проведено в г. Ташкенте 3-4 мая 2024 г.\n\n"
        + "2. В ходе обсуждения повестки Совещания участники отметили рост грузоперевозок.\n");
    assertEquals(1, doc.events().size(), () -> events(doc));
  }

  @Test
  void aHeadAloneInLowerCase_isLeftAsBefore() {
    Document doc = PARSER.parse("ru-back", "Совместное заявление\n\nТашкент, 4 мая 2024 г.\n\n"
        + "1. Первое Совещание министров транспорта стран Азии было проведено в г. Ташкенте 3-4 мая 2024 г.\n\n"
        + "2. Стороны договорились провести следующее совещание в Бишкеке в 2025 году.\n");
    assertEquals(2, doc.events().size(), () -> events(doc));
  }
}
