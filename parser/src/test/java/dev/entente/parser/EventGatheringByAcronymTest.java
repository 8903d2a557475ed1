package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * An organisation named by its acronym that stands for its gathering: with a year after it («APEC 2031»), a year before
 * it («the 2030 CHOGM»), a cue of its status before it («the forthcoming CHOGM»), or a word of a host event before it and
 * its city after («during APEC in Auckland»); and acronyms that stay organisations. Sentences written for these tests
 * (none is taken from a real document); the texts are dated 12 November 2024, in Ottawa.
 */
final class EventGatheringByAcronymTest {

  @Test
  void anAcronymAndAYear_isThatYearsGathering() {
    // GIVEN an organisation's acronym with a year right after it, in a clause that goes on
    Document doc = DatedStatements.english("1. The Ministers expressed confidence that CHOGM 2026 would be a success.");
    assertTrue(events(doc).contains("CHOGM 2026"), () -> events(doc));
    Event chogm = DatedStatements.event(doc, "CHOGM 2026");
    // THEN it is the gathering of that year, still to come
    assertEquals("2026", chogm.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals(EventStatus.PLANNED, chogm.status(), () -> events(doc));
  }

  @Test
  void anAcronymTheHostStateAndAYear_isHeldInThatState() {
    // GIVEN an acronym, the host state and a year
    Document doc = DatedStatements.english("1. Canada supports the success of the APEC Peru 2016, including its trade agenda.");
    assertTrue(events(doc).contains("APEC Peru 2016"), () -> events(doc));
    Event apec = DatedStatements.event(doc, "APEC Peru 2016");
    // THEN the gathering is in that state, that year
    assertEquals("2016", apec.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals("PE", apec.place().flatMap(Place::country).orElse("-"), () -> events(doc));
  }

  @Test
  void aYearBeforeTheAcronym_namesTheGathering() {
    // GIVEN an article, a year and the acronym
    Document doc = DatedStatements.english("1. The leaders looked forward to the 2030 CHOGM and its outcomes.");
    assertTrue(events(doc).contains("2030 CHOGM"), () -> events(doc));
    Event chogm = DatedStatements.event(doc, "2030 CHOGM");
    assertEquals("2030", chogm.date().map(Object::toString).orElse("-"), () -> events(doc));
  }

  @Test
  void aCueBeforeTheAcronym_namesTheComingGathering() {
    // GIVEN a cue of a coming event before the acronym, and «and» after it
    Document doc = DatedStatements.english("1. The Prime Ministers will work together at the forthcoming CHOGM and beyond.");
    assertTrue(events(doc).contains("forthcoming CHOGM"), () -> events(doc));
    Event chogm = DatedStatements.event(doc, "forthcoming CHOGM");
    assertEquals(EventStatus.PLANNED, chogm.status(), () -> events(doc));
  }

  @Test
  void duringAnAcronymInACity_isTheGatheringThere() {
    // GIVEN «during», the acronym and «in» a city
    Document doc = DatedStatements.english("1. The network was established during APEC in Auckland in November 2021.");
    assertTrue(events(doc).contains("APEC in Auckland"), () -> events(doc));
    Event apec = DatedStatements.event(doc, "APEC in Auckland");
    assertEquals("Auckland", apec.place().map(Place::name).orElse("-"), () -> events(doc));
  }

  @Test
  void anAcronymInsideALongerName_orBeforeANoun_isNoGathering() {
    // GIVEN an acronym followed by a year and a noun, one followed by a capitalised word, and a cue before a noun
    Document doc = DatedStatements.english("1. The sides support the EU 2030 targets, the CHOGM 2026 Communiqué, the next G20 presidency and the 2002 ASEAN-Japan Declaration.");
    // THEN none of them is a gathering
    assertFalse(events(doc).contains("2030"), () -> events(doc));
    assertFalse(events(doc).contains("CHOGM"), () -> events(doc));
    assertFalse(events(doc).contains("G20"), () -> events(doc));
    assertFalse(events(doc).contains("ASEAN"), () -> events(doc));
  }
}
