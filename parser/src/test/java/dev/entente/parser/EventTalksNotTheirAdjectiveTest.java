package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * «переговоры» heads talks in its noun forms; the adjective «переговорный» heads nothing, on sentences written for this
 * test (none is taken from a real document).
 */
final class EventTalksNotTheirAdjectiveTest {

  @Test
  void theAdjectiveOfTalks_headsNoEvent() {
    // GIVEN «переговорного процесса» after a cue of a held event
    Document doc = DatedStatements.russian("Участники совещания обсудили ход приаральского переговорного процесса.");
    // THEN no talks are read from the adjective
    assertFalse(doc.events().stream().anyMatch(e -> e.name().contains("переговорн")), () -> events(doc));
  }

  @Test
  void theNounOfTalks_stillHeadsThem() {
    // GIVEN talks named by the noun with their place
    Document doc = DatedStatements.russian("Стороны провели переговоры в Ташкенте 10 ноября 2024 года.");
    // THEN the talks are found
    assertTrue(doc.events().stream().anyMatch(e -> e.name().startsWith("переговоры")), () -> events(doc));
  }
}
