package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static dev.entente.parser.DatedStatements.russian;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A state's legislature named by an event's head word («Национальный конгресс Республики Чили») is a body that sits, no event; a congress named otherwise stays one.
 * Sentences written for these tests (none is taken from a real document).
 */
final class EventLegislaturesTest {

  @Test
  void natsionalnyKongressGosudarstva_isNoEvent() {
    // GIVEN parliamentarians who name their chambers, a state's «Национальный конгресс» among them
    Document doc = russian("Мы, представители Национального конгресса Республики Чили и Государственной Думы"
        + " Федерального Собрания Российской Федерации, договорились продолжить сотрудничество.");
    // THEN the congress is no event
    assertFalse(events(doc).contains("онгресс"), () -> events(doc));
  }

  @Test
  void aCongressOnATopic_staysAnEvent() {
    // GIVEN a congress named by its topic and held in a city
    Document doc = russian("Стороны приветствовали проведение Всемирного конгресса по информационным технологиям"
        + " в г. Ереване в мае 2024 года.");
    // THEN it is an event
    assertTrue(events(doc).contains("онгресс"), () -> events(doc));
  }
}
