package dev.entente.parser;

import static dev.entente.parser.DatedStatements.event;
import static dev.entente.parser.DatedStatements.events;
import static dev.entente.parser.DatedStatements.russian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A meeting or talks named with whom they are held («встреча с Президентом …»): the counterpart is part of the name.
 * Sentences written for these tests (none is taken from a real document).
 */
final class EventCounterpartTest {

  @Test
  void aMeetingWithARole_isNamedWithTheCounterpart() {
    // GIVEN a meeting named by its head and, after «с», the role and name of whom it was held with
    Document doc = russian("5 марта 2024 года в Ташкенте состоялась встреча с Президентом Кении Иваном Петровым.");
    // THEN the meeting is an event whose name holds the counterpart
    assertEquals("встреча с Президентом Кении Иваном Петровым", event(doc, "встреча").name(), () -> events(doc));
  }

  @Test
  void aMeetingOfOnePersonWithAnother_runsOnOverTheCounterpartsPreposition() {
    // GIVEN a meeting named after one role, with another role after «с»
    Document doc = russian("5 марта 2024 года в Ташкенте состоялась встреча Министра иностранных дел Узбекистана"
        + " с Президентом Кении.");
    // THEN the name runs on to the second role
    assertEquals("встреча Министра иностранных дел Узбекистана с Президентом Кении", event(doc, "встреча").name(),
        () -> events(doc));
  }

  @Test
  void aMeetingWithALowerCaseIdiom_endsBeforeThePreposition() {
    // GIVEN a meeting followed by «с» and a lower-case word that is no role («с целью …»)
    Document doc = russian("5 марта 2024 года в Ташкенте состоялась встреча министров транспорта с целью обсуждения"
        + " новых маршрутов.");
    // THEN the preposition and what follows are no part of the name
    assertFalse(event(doc, "встреча").name().contains("целью"), () -> events(doc));
  }
}
