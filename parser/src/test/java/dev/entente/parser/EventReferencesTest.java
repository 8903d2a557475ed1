package dev.entente.parser;

import static dev.entente.parser.DatedStatements.english;
import static dev.entente.parser.DatedStatements.event;
import static dev.entente.parser.DatedStatements.events;
import static dev.entente.parser.DatedStatements.russian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * Mentions that refer to an event rather than name one: the document's own occasion pointed at as «the
 * current session», «текущей сессии», «сегодняшнем саммите»; and visits named by their visitor after the
 * destination («a visit to Peru by …»), on sentences written for these tests (none is taken from a real
 * document).
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
    // GIVEN a statement that names its session, then welcomes guests «в сегодняшнем саммите»
    Document doc = russian("1. Совет провел свою двенадцатую сессию 12 ноября 2024 года в г. Астане.\n"
        + "2. Мы приветствовали участие в сегодняшнем саммите глав государств и правительств стран-наблюдателей.");
    // THEN today's summit, the document's own occasion pointed at, is no event of its own (where the text names no
    // event at all, OccasionNamedByPointingTest: the pointing words name the occasion)
    assertFalse(events(doc).contains("саммит"), () -> events(doc));
    assertEquals(1, doc.events().size(), () -> events(doc));
  }

  @Test
  void aPreviousSession_staysAnEvent() {
    // GIVEN a session pointed at by a word that is no pointer at the occasion
    Document doc = russian("1. Стороны отметили итоги предыдущей сессии Межправительственной комиссии,"
        + " состоявшейся 5 мая 2024 года в г. Ташкенте.");
    // THEN it is an event
    assertTrue(events(doc).contains("сессия Межправительственной комиссии"), () -> events(doc));
  }

  @Test
  void aVisitToAStateByAVisitor_isAVisitNamedWithItsVisitor() {
    // GIVEN visits named by their destination and, after it (and a date), the visitor
    Document doc = english("1. The two leaders welcomed the visit to Brazil in April 2024 by Chile's Minister for"
        + " Education, Dr Juan Perez.\n\n2. They looked forward to a visit to Peru by a high-level Canadian"
        + " delegation to explore investment opportunities, and welcomed the growth of bilateral trade.");
    // THEN each is a visit there, the visitor in its name, dated and given a status by its sentence
    Event brazil = event(doc, "visit to Brazil");
    assertEquals("visit to Brazil in April 2024 by Chile's Minister for Education", brazil.name(), () -> events(doc));
    assertEquals("2024-04", brazil.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals("Brazil", brazil.place().map(Place::name).orElse("-"), () -> events(doc));
    Event peru = event(doc, "visit to Peru");
    assertTrue(peru.name().contains("by a high-level Canadian delegation"), () -> events(doc));
    assertFalse(peru.name().contains("welcomed"), () -> events(doc));
    assertEquals(EventStatus.PLANNED, peru.status(), () -> events(doc));
  }

  @Test
  void aVisitToAStateWithNoVisitor_isNoVisitByThisRule() {
    // GIVEN a visit after an article with its destination, but no visitor named after it
    Document doc = english("1. The Ministers discussed the timing of a visit to Peru.");
    // THEN this rule names no visit to Peru by a visitor
    assertFalse(events(doc).contains(" by "), () -> events(doc));
  }

  @Test
  void aPersonsVisit_isTheVisitTheTextReports() {
    // GIVEN a visit named by its visitor's possessive alone, with no destination after it
    Document doc = english("1. Prime Minister Trudeau welcomed President Boric to Canada. President Boric's visit"
        + " marked the eightieth anniversary of diplomatic relations.");
    // THEN it is a visit, held on the text's day
    Event visit = event(doc, "President Boric's visit");
    assertEquals(EventStatus.HELD, visit.status(), () -> events(doc));
    assertEquals("2024-11-12", visit.date().map(Object::toString).orElse("-"), () -> events(doc));
  }

  @Test
  void aStatesPossessiveVisit_isNoPersonsVisit() {
    // GIVEN a state's possessive before «visit» with nothing after it
    Document doc = english("1. The Ministers noted that Canada's visit programme for young leaders has grown.");
    // THEN no visit of a person is made of it
    assertFalse(events(doc).contains("Canada's visit"), () -> events(doc));
  }

  @Test
  void aDateEndingInGDot_datesTheVisitAfterIt() {
    // GIVEN a visit whose day, written with «г.», opens the sentence before the visitor and the verb
    Document doc = russian("1. По приглашению Президента Республики Узбекистан 10 октября 2024 г. Президент"
        + " Республики Казахстан посетил Узбекистан с государственным визитом.");
    // THEN the day is the visit's: the stop of «г.» before a lower-case word ends no clause
    Event visit = event(doc, "государственный визит");
    assertEquals("2024-10-10", visit.date().map(Object::toString).orElse("-"), () -> events(doc));
  }

  @Test
  void aDecisionMadeAtASummit_tellsASummitHeld() {
    // GIVEN an undated summit at which something was done, and one at which something is to be done
    Document doc = english("1. The leaders continued to implement the decision made at the Ottawa Summit on"
        + " critical minerals.\n\n2. The leaders agreed that the decision is to be made at the Santiago Summit.\n\n"
        + "3. The leaders noted that the decision will be made at the Lima Summit.");
    // THEN the first took place; the others, with a function word before the verb, are not told as held
    assertEquals(EventStatus.HELD, event(doc, "Ottawa Summit").status(), () -> events(doc));
    assertEquals(EventStatus.PLANNED, event(doc, "Santiago Summit").status(), () -> events(doc));
    assertEquals(EventStatus.PLANNED, event(doc, "Lima Summit").status(), () -> events(doc));
  }
}
