package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A gathering told only by its head and lower-case words («встреча в Астане», «встреча на уровне министров») on the
 * day and at the place of one named by a body is that one again.
 */
final class GatheringDescribedOnlyTest {

  @Test
  void sameOccasions_describedOnlyIsTheNamedOne() {
    // GIVEN a council's session held on the document's day, then a meeting told only by its city
    Document doc = parse("15 марта 2024 года в Астане состоялось заседание Совета министров иностранных дел Содружества Независимых Государств.",
        "На встрече в Астане 15 марта 2024 года министры обсудили вопросы региональной безопасности.");
    // WHEN the events are read
    // THEN the session is the one event
    assertEquals(1, doc.events().size(), dump(doc));
    assertEquals(2, doc.events().get(0).mentions().size(), dump(doc));
  }
}
