package dev.entente.parser;

import static dev.entente.parser.DatedStatements.english;
import static dev.entente.parser.DatedStatements.events;
import static dev.entente.parser.DatedStatements.russian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Mentions that refer to an event rather than name one: the document's own occasion pointed at as «the
 * current session», «текущей сессии», «сегодняшнем саммите», on sentences written for these tests
 * (none is taken from a real document).
 */
final class EventReferencesTest {

  @Test
  void theCurrentSession_isNoEventOfItsOwn() {
    // GIVEN a communiqué of a council's session that names its chair as «chairman of the current session»
    Document doc = english("1. The Council held its Twelfth Session in Ottawa on 12 November 2024 under the"
        + " chairmanship of the Prime Minister of Canada, chairman of the current session of the Council.");
    // THEN the numbered session is found and the current session is not a second event
    assertTrue(events(doc).contains("Twelfth Session"), () -> events(doc));
    assertFalse(events(doc).contains("current session"), () -> events(doc));
    assertEquals(1, doc.events().size(), () -> events(doc));
  }

  @Test
  void tekushchayaSessiya_isNoEventOfItsOwn() {
    // GIVEN a Russian communiqué whose session is named once by its ordinal and once as «текущей сессии»
    Document doc = russian("1. Совет провел свою двенадцатую сессию 12 ноября 2024 года в г. Астане под"
        + " председательством Президента Республики Казахстан, председателя текущей сессии Совета.");
    // THEN only the numbered session is an event
    assertEquals(1, doc.events().size(), () -> events(doc));
    assertTrue(events(doc).contains("двенадцатая сессия"), () -> events(doc));
  }

  @Test
  void segodnyashniySammit_isNoEventOfItsOwn() {
    // GIVEN a statement that welcomes guests «в сегодняшнем саммите»
    Document doc = russian("Мы приветствовали участие в сегодняшнем саммите глав государств и правительств"
        + " стран-наблюдателей.");
    // THEN today's summit, the document's own occasion pointed at, is no event of its own
    assertFalse(events(doc).contains("саммит"), () -> events(doc));
  }

  @Test
  void aPreviousSession_staysAnEvent() {
    // GIVEN a session pointed at by a word that is no pointer at the occasion
    Document doc = russian("1. Стороны отметили итоги предыдущей сессии Межправительственной комиссии,"
        + " состоявшейся 5 мая 2024 года в г. Ташкенте.");
    // THEN it is an event
    assertTrue(events(doc).contains("сессия Межправительственной комиссии"), () -> events(doc));
  }
}
