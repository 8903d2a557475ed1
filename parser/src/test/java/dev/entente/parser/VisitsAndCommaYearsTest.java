package dev.entente.parser;

import static dev.entente.parser.DatedStatements.english;
import static dev.entente.parser.DatedStatements.event;
import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import dev.entente.model.Place;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Visits told by a verb in the past or by an invitation to a city, visits after a word of their status,
 * and English days whose year follows a comma or whose range repeats the month, on sentences written for
 * these tests (none is taken from a real document).
 */
final class VisitsAndCommaYearsTest {
  private static final LanguageData EN = LanguageData.of("en");
  private static final DateRecognizer DATES = new DateRecognizer(EN);

  private static String resolve(String text) {
    Tokens tokens = EN.tokenizer.tokenize(EN.normalizer.normalize(text));
    List<DateRecognizer.Found> found = DATES.find(tokens, 0, tokens.size);
    assertEquals(1, found.size(), () -> "one date in «" + text + "»");
    EdtfDate date = found.get(0).resolve(2025, LocalDate.of(2025, 4, 27));
    return date == null ? null : date.toString();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The summit was held in Gaborone on the 14th March, 2023.|2023-03-14",
      "The Commission met in Suva on 3 October, 2019 and adopted its report.|2019-10-03",
      "The Minister visited Tokyo from April 28 to May 2, 2019.|2019-04-28/2019-05-02",
      "The talks took place from October 5 to October 9, 1981.|1981-10-05/1981-10-09",
  })
  void find_aYearAfterACommaOrARangeThatRepeatsTheMonth(String text, String expected) {
    assertEquals(expected, resolve(text));
  }

  @Test
  void aVerbOfVisitInThePast_tellsAVisitToTheStateAfterIt() {
    // GIVEN a past visit told by its verb, the state after an article
    Document doc = english("1. The Governor-General of Canada visited the Republic of Peru in 2019 and met"
        + " community leaders.");
    Event visit = event(doc, "visit");
    // THEN it is a visit to Peru, in 2019, held; no reading of the verb with the words before it remains
    assertEquals("Peru", visit.place().map(Place::name).orElse("-"), () -> events(doc));
    assertEquals("2019", visit.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals(EventStatus.HELD, visit.status(), () -> events(doc));
    assertTrue(visit.name().startsWith("visit to"), () -> events(doc));
    assertEquals(1, doc.events().size(), () -> events(doc));
  }

  @Test
  void aVisitedCityOfTheDocumentsOwnCountry_isAStopOfItsVisit() {
    // GIVEN a statement adopted in Ottawa, whose guest also visited another Canadian city
    Document doc = english("1. The President of Chile also visited Vancouver, where she met business leaders.");
    // THEN that stop is no visit of its own
    assertFalse(events(doc).contains("Vancouver"), () -> events(doc));
  }

  @Test
  void recentVisitsToAState_areAVisitThere() {
    // GIVEN visits after a word of their status and a destination
    Document doc = english("1. The Leaders welcomed recent visits to Peru by senior officials of both countries.");
    // THEN they are a visit to Peru that took place
    Event visit = event(doc, "visits to Peru");
    assertEquals(EventStatus.HELD, visit.status(), () -> events(doc));
  }

  @Test
  void anInvitationToVisitACity_isAPlannedVisitThere() {
    // GIVEN an invitation to visit a city, not a state
    Document doc = english("1. The Prime Minister of Canada invited the President of Chile to visit Toronto at a"
        + " mutually convenient time.");
    Event visit = event(doc, "Toronto");
    // THEN it is a planned visit to that city
    assertEquals("Toronto", visit.place().map(Place::name).orElse("-"), () -> events(doc));
    assertEquals(EventStatus.PLANNED, visit.status(), () -> events(doc));
  }

  @Test
  void aPassiveInvitation_namesNoVisitorAndIsDatedByItsDays() {
    // GIVEN a visitor invited in the passive, the visit dated up to the document's day
    Document doc = english("1. The President of Chile was invited by the Government of Canada to visit Ottawa from"
        + " 10 to 12 November 2024.");
    Event visit = event(doc, "visit to Ottawa");
    // THEN the agent is no visitor, and the visit took place on its days
    assertEquals("2024-11-10/2024-11-12", visit.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals(EventStatus.HELD, visit.status(), () -> events(doc));
  }

  @Test
  void aGatheringTodayWithoutACity_isTheDocumentsMeeting() {
    // GIVEN an opening sentence whose verb of gathering has a day and no city
    Document doc = english("We met today to celebrate 100 years of diplomatic relations and to set out our vision.");
    Event meeting = event(doc, "met today");
    // THEN the meeting is named by its clause, held on the document's day in its city
    assertEquals("met today to celebrate 100 years of diplomatic relations", meeting.name(), () -> events(doc));
    assertEquals("2024-11-12", meeting.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals("Ottawa", meeting.place().map(Place::name).orElse("-"), () -> events(doc));
    assertEquals(EventStatus.HELD, meeting.status(), () -> events(doc));
  }

  @Test
  void aGatheringTodayFarIntoTheText_isNoMeetingOfItsOwn() {
    // GIVEN the same verb and day in the fifth point, past the opening
    Document doc = english("1. The Ministers reviewed trade.\n\n2. They discussed energy.\n\n3. They discussed health."
        + "\n\n4. They discussed culture.\n\n5. Officials met today to prepare the ministerial.");
    // THEN no meeting is read from it
    assertFalse(events(doc).contains("met today"), () -> events(doc));
  }

  @Test
  void anAgreementToMeetInACity_isAPlannedMeetingThere() {
    // GIVEN an infinitive of gathering, a city and a month after the document's
    Document doc = english("1. The two delegations agreed to meet again in Santiago in March 2025 to review progress.");
    Event meeting = event(doc, "meet again in Santiago");
    // THEN it is a planned meeting in that city, in that month
    assertEquals("Santiago", meeting.place().map(Place::name).orElse("-"), () -> events(doc));
    assertEquals("2025-03", meeting.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals(EventStatus.PLANNED, meeting.status(), () -> events(doc));
  }

  @Test
  void anAgreementVstretitsyaVGorode_isAPlannedMeetingThere() {
    // GIVEN the Russian infinitive of gathering and a city
    Document doc = DatedStatements.russian("1. Стороны договорились встретиться в Ташкенте в 2025 году.");
    // THEN it is a planned meeting there
    Event meeting = event(doc, "Ташкент");
    assertEquals(EventStatus.PLANNED, meeting.status(), () -> events(doc));
    assertEquals("2025", meeting.date().map(Object::toString).orElse("-"), () -> events(doc));
  }

  @Test
  void aListOfMeetingsEachWithItsClause_datesEachByItsOwn() {
    // GIVEN meetings listed one after another, each followed by a clause that says when it is held
    Document doc = english("1. The Ministers welcomed the fifth session of the Ocean Forum, to be held in Lima in"
        + " March 2025, the second session of the Mountain Forum, to be hosted by Nepal from 4 to 6 June 2026, and"
        + " the Desert Summit in 2027.");
    // THEN each meeting takes the date of its own clause, not the one before it
    assertEquals("2025-03", event(doc, "Ocean Forum").date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals("2026-06-04/2026-06-06", event(doc, "Mountain Forum").date().map(Object::toString).orElse("-"),
        () -> events(doc));
  }

  @Test
  void aMeetingOnTheDocumentsDayWithoutAPlace_satInTheDocumentsCity() {
    // GIVEN a statement of Ottawa, 12 November 2024, whose meeting that day names no city, and a meeting of
    // another day
    Document doc = english("1. The Council held its 212th meeting on 12 November 2024 and recalled its 200th"
        + " meeting on 3 May 2023.");
    // THEN the day's meeting sat in Ottawa; the other has no place
    assertEquals("Ottawa", event(doc, "212th meeting").place().map(Place::name).orElse("-"), () -> events(doc));
    assertEquals("-", event(doc, "200th meeting").place().map(Place::name).orElse("-"), () -> events(doc));
  }

  @Test
  void aCityAdjectiveAfterALowerCaseWord_placesTheSummit() {
    // GIVEN a summit named by a lower-case word and then a city's adjective
    Document doc = DatedStatements.russian("1. Стороны высоко оценили итоги состоявшегося в 2023 году юбилейного"
        + " Бишкекского саммита.");
    // THEN the summit sat in that city
    assertEquals("Бишкек", event(doc, "саммит").place().map(Place::name).orElse("-"), () -> events(doc));
  }
}
