package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * A meeting whose name heads the text on a line of its own an anniversary dated by its year, an organisation's gathering a state hosts, and visits named with their
 * visitor, on sentences written for these tests (none is
 * taken from a real document).
 */
final class EventOccasionsAndVisitorsTest {
  private static final Parser ENGLISH = Parser.english();

  @Test
  void aMeetingHeadingTheText_isTheDocumentsOccasion() {
    // GIVEN a communiqué whose second line names a meeting, the day on a line below it
    Document doc = ENGLISH.parse("en-test", "Final Communiqué\n\nThirtieth Meeting of the Joint Council of Ministers"
        + " held at the Secretariat\n\n12 November 2024\n\n1. The Ministers reviewed the cooperation in trade.\n");
    Event meeting = DatedStatements.event(doc, "Meeting of the Joint Council");
    // THEN it took place on the document's day
    assertEquals("2024-11-12", meeting.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals(EventStatus.HELD, meeting.status(), () -> events(doc));
  }

  @Test
  void anAnniversaryMarkedUndated_isTheDocumentsYear() {
    // GIVEN an anniversary the talks marked, in a text of 12 November 2024
    Document doc = DatedStatements.english("1. The talks of the two Ministers marked the 40th anniversary of"
        + " diplomatic relations between Canada and Chile.");
    // THEN it is dated by the document's year
    assertEquals("2024", DatedStatements.event(doc, "anniversary").date().map(Object::toString).orElse("-"),
        () -> events(doc));
  }

  @Test
  void anAnniversaryAhead_keepsItsOwnYear() {
    // GIVEN an anniversary the sides will celebrate next year
    Document doc = DatedStatements.english("1. The Ministers looked forward to celebrating the 40th anniversary of"
        + " diplomatic relations in 2025.");
    // THEN its own year stays
    assertEquals("2025", DatedStatements.event(doc, "anniversary").date().map(Object::toString).orElse("-"),
        () -> events(doc));
  }

  @Test
  void anOrganisationHostedInAYear_isThatYearsGatheringInTheHostState() {
    // GIVEN a state that will host an organisation's gathering in a year
    Document doc = DatedStatements.english("1. The Ministers looked forward to Chile's hosting of APEC in 2026.");
    Event gathering = DatedStatements.event(doc, "APEC in 2026");
    // THEN it is planned for that year, in the host state
    assertEquals("2026", gathering.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals("CL", gathering.place().orElseThrow().country().orElse("-"), () -> events(doc));
    assertEquals(EventStatus.PLANNED, gathering.status(), () -> events(doc));
  }

  @Test
  void anOrganisationHostingSomethingElse_isNoGathering() {
    // GIVEN a state that hosts an organisation's office, no year after it
    Document doc = DatedStatements.english("1. Chile will host the APEC Secretariat office for two years.");
    // THEN no gathering is read
    assertEquals("", events(doc));
  }

  @Test
  void aVisitOfItsVisitorToAState_isNamedWithTheVisitorAndGoesThere() {
    // GIVEN a visit whose visitor is named between its head and its destination
    Document doc = DatedStatements.english("1. The Ministers looked forward to the visit of Canada's Special Envoy for"
        + " Oceans and Fisheries to Chile.");
    Event visit = DatedStatements.event(doc, "visit of Canada's Special Envoy for Oceans and Fisheries to Chile");
    // THEN it goes to the state after the visitor
    assertEquals("CL", visit.place().orElseThrow().country().orElse("-"), () -> events(doc));
  }

  @Test
  void aDescribedVisitByItsVisitor_keepsItsWordAndItsVisitor() {
    // GIVEN a visit an article and one describing word open, its visitor after the destination
    Document doc = DatedStatements.english("1. The Ministers welcomed a separate visit to Chile by four young"
        + " Canadian scientists.");
    // THEN its name runs from the describing word to the visitor
    DatedStatements.event(doc, "separate visit to Chile by four young Canadian scientists");
  }

  @Test
  void aYearPastTheNextEvent_isThatOnesNotTheVisits() {
    // GIVEN two visits in one sentence, the year after the second
    Document doc = DatedStatements.english("1. The Ministers looked forward to a visit to Chile by a Canadian trade"
        + " mission, and the visit of the Chilean Minister for Mining to Canada in 2025.");
    // THEN the first visit is undated
    assertEquals("-", DatedStatements.event(doc, "visit to Chile").date().map(Object::toString).orElse("-"),
        () -> events(doc));
  }
}
