package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import dev.entente.model.Mechanism;
import dev.entente.model.MechanismStatus;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * English mechanisms, events and initiatives by class of wording, on sentences written for these
 * tests in the genre's style (none is taken from a real document): formats named by numbers, the
 * next meeting of a mechanism, and what names none.
 */
final class EnglishConceptsTest {
  private static final Parser PARSER = Parser.english();
  private static final String TITLE = "Joint Statement of Canada and the Republic of Chile\n\n";

  private static Document parse(String body) {
    return PARSER.parse("en-concepts", TITLE + "Ottawa, 10 June 2025\n\n" + body + "\n");
  }

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  private static List<String> events(Document doc) {
    return doc.events().stream().map(Event::name).collect(Collectors.toList());
  }

  private static Optional<Mechanism> mechanism(Document doc, String name) {
    return doc.mechanisms().stream().filter(m -> m.name().equals(name)).findFirst();
  }

  private static Optional<Event> event(Document doc, String name) {
    return doc.events().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  @Test
  void aTwoPlusTwoMeeting_isAFormat_writtenWithOrWithoutSpaces() {
    for (String written : List.of("2+2", "2 + 2")) {
      Document doc = parse("1. The Foreign and Defence Ministers reviewed defence cooperation at the " + written
          + " meeting.");
      assertEquals(List.of(written + " meeting"), mechanisms(doc), () -> written + ": events " + events(doc));
    }
  }

  @Test
  void twoPlusTwo_doesNotMatchOtherNumbers() {
    Document doc = parse("1. The Sides noted that 2+20 partners joined the 12 + 2 arrangement.");
    assertEquals(List.of(), mechanisms(doc));
  }

  @Test
  void anInauguralTwoPlusTwoMeeting_isAMeetingOfANewFormat() {
    Document doc = parse("1. The Sides committed to hold an inaugural 2 + 2 meeting in the first quarter of 2026.");
    assertEquals(MechanismStatus.NEW, mechanism(doc, "2 + 2 meeting").orElseThrow(
        () -> new AssertionError("mechanisms " + mechanisms(doc))).status());
    Event meeting = event(doc, "inaugural 2 + 2 meeting").orElseThrow(() -> new AssertionError("events " + events(doc)));
    assertEquals(1, meeting.ordinal().orElse(0));
    assertEquals(EventStatus.PLANNED, meeting.status());
  }

  @Test
  void theNextMeetingOfAMechanism_isAPlannedEventOfIt() {
    Document doc = parse("1. The Ministers will take this work forward in the context of the next 2+2 meeting.");
    assertEquals(List.of("2+2 meeting"), mechanisms(doc));
    Event next = event(doc, "next 2+2 meeting").orElseThrow(() -> new AssertionError("events " + events(doc)));
    assertEquals(EventStatus.PLANNED, next.status());
    assertTrue(next.mechanism().isPresent());
  }

  @Test
  void theNextMeetingTakesTheMeetingWordAfterTheName() {
    Document doc = parse("1. The Ministers look forward to the next Joint Economic Commission meeting in Santiago.");
    assertTrue(mechanisms(doc).contains("Joint Economic Commission"), () -> "mechanisms " + mechanisms(doc));
    assertEquals(List.of("next Joint Economic Commission meeting"), events(doc));
  }

  @Test
  void aNumberedFormatInQuotesAfterAName_isItsAlias() {
    Document doc = parse("1. The Ministers will convene the Security Consultative Committee (SCC: \"2+2\") at an early date.");
    assertFalse(mechanisms(doc).stream().anyMatch(m -> m.startsWith("2+2")), () -> "mechanisms " + mechanisms(doc));
  }

  @Test
  void aHeadBeforeACapitalisedNoun_isItsModifier() {
    Document doc = parse("1. The Sides will deepen engagement with Dialogue Partners and Summit Observers.\n\n"
        + "2. Forum Members welcomed the Forum Leaders' Retreat held in Suva on 9 June 2025.");
    assertEquals(List.of(), mechanisms(doc));
    assertEquals(List.of("Forum Leaders' Retreat"), events(doc));
  }

  @Test
  void aNameTailAfterTheHead_staysInTheName() {
    Document doc = parse("1. The Ministers welcomed the work of the ASEAN Defence Ministers' Meeting Plus.");
    assertEquals(List.of("ASEAN Defence Ministers' Meeting Plus"), mechanisms(doc));
  }

  @Test
  void theSummitBeforeTheDocumentKind_isTheOccasion() {
    Document doc = PARSER.parse("en-concepts", "Canada-Chile Summit Joint Statement\n\nOttawa, 10 June 2025\n\n"
        + "1. The Leaders met in Ottawa.\n");
    assertEquals(List.of("Canada-Chile Summit"), events(doc));
    assertEquals(EventStatus.HELD, doc.events().get(0).status());
    assertEquals(List.of(), mechanisms(doc));
  }

  @Test
  void pluralHeads_nameSeveralThings_unlessAProperNameQualifiesThem() {
    Document doc = parse("Strengthening Dialogues and Exchanges\n\n"
        + "1. After the first cycle of five Summits, the Sides reviewed the Mechanisms of Cooperation.\n\n"
        + "2. The Sides welcomed the Working Groups on Energy and Security.");
    assertEquals(1, doc.mechanisms().size(), () -> "mechanisms " + mechanisms(doc));
    assertTrue(mechanisms(doc).get(0).startsWith("Working Groups on Energy"), () -> "mechanisms " + mechanisms(doc));
  }

  @Test
  void aStatesOwnBody_isNoMechanismOfCooperation() {
    Document doc = parse("1. The Ministers welcomed partnerships between Chile's Sector Skills Councils and Canada's"
        + " Industry Skills Councils.");
    assertEquals(List.of(), mechanisms(doc));
  }

  @Test
  void aGroupOfConflictOrSociety_isNoMechanism() {
    Document doc = parse("1. The Sides condemned the Boko Haram terrorist group and supported the Red Sea Advocacy Group"
        + " and the Canada-Chile Working Group on Mining.");
    assertEquals(List.of("Canada-Chile Working Group on Mining"), mechanisms(doc));
  }

  @Test
  void aNumberedSummitNamesNoSeriesOfItsOwn_aNumberedForumWithAProperNameDoes() {
    Document doc = parse("1. The Leaders attended the 43rd ASEAN Summit in Jakarta on 5 September 2023 and the fourth"
        + " Bali Democracy Forum in December 2023.");
    assertEquals(List.of("Bali Democracy Forum"), mechanisms(doc), () -> "events " + events(doc));
    assertEquals(2, doc.events().size(), () -> "events " + events(doc));
  }

  @Test
  void aVisitGoesWhereItsPrepositionOfDestinationPoints() {
    Document doc = parse("1. The Prime Minister of Canada paid a State Visit to the Republic of Chile on 8-9 June 2025.");
    Event visit = doc.events().get(0);
    assertEquals("CL", visit.place().map(p -> p.country().orElse(null)).orElse(null), () -> "events " + events(doc));
  }

  @Test
  void mentionsOfOneVisit_areOneEvent_twoUndatedVisitsFarApartAreTwo() {
    Document doc = parse("1. The Prime Minister of Canada paid a State Visit to Chile on 8-9 June 2025. During the"
        + " State Visit he met business leaders.\n\n"
        + "2. The President of Chile accepted the invitation to undertake a bilateral visit to Canada."
        + " The visit of the President to Canada will deepen ties.\n\n"
        + "3. The Sides reviewed the progress of their cooperation in trade, investment, energy, mining, agriculture,"
        + " fisheries, education, science, technology, health, culture and tourism, and agreed to expand exchanges"
        + " between their universities, research institutes, chambers of commerce, regions and cities over the"
        + " coming years.\n\n"
        + "4. The Sides looked forward to a return visit to Canada by a Chilean trade mission.");
    long toChile = doc.events().stream().filter(e -> e.place().map(p -> p.country().equals(Optional.of("CL"))).orElse(false)).count();
    long toCanada = doc.events().stream().filter(e -> e.place().map(p -> p.country().equals(Optional.of("CA"))).orElse(false)).count();
    assertEquals(1, toChile, () -> "events " + events(doc));
    assertEquals(2, toCanada, () -> "events " + events(doc));
  }

  @Test
  void aYearRightBeforeTheName_datesTheEvent() {
    Document doc = parse("1. The Sides look forward to the 2026 Youth Summit in Santiago.");
    assertEquals("2026", event(doc, "2026 Youth Summit").flatMap(Event::date).map(Object::toString).orElse(null),
        () -> "events " + events(doc));
  }

  @Test
  void aDateInAnotherClause_isNotTheEventsDate() {
    Document doc = parse("1. The Sides welcomed the trade mission to Chile in February 2025, and looked forward to a"
        + " return visit to Canada.");
    Event visit = doc.events().stream().filter(e -> e.name().contains("return visit")).findFirst()
        .orElseThrow(() -> new AssertionError("events " + events(doc)));
    assertFalse(visit.date().isPresent(), () -> "date " + visit.date());
    assertEquals(EventStatus.PLANNED, visit.status());
  }

  private static List<String> initiatives(Document doc) {
    return doc.initiatives().stream().map(i -> i.name()).collect(Collectors.toList());
  }

  @Test
  void aRelationshipLabel_isNoInitiative_whateverFollowsIt() {
    Document doc = parse("1. The Leaders resolved to deepen the Strategic and Global Partnership between Canada and"
        + " Chile and the Strategic Partnership for Peace and Prosperity, and joined the Global Partnership for"
        + " Education.");
    assertEquals(List.of("Global Partnership for Education"), initiatives(doc));
  }

  @Test
  void aCountedPluralHead_namesSeveralDocuments() {
    Document doc = parse("1. Four Agreements were concluded during the visit.");
    assertEquals(List.of(), initiatives(doc));
  }

  @Test
  void aQuotedName_runsToItsClosingQuote() {
    Document doc = parse("1. The Sides will implement the \"Action Plan for Strengthening of the Strategic Partnership\""
        + " annexed to this Statement.");
    assertEquals(List.of("Action Plan for Strengthening of the Strategic Partnership"), initiatives(doc));
  }

  @Test
  void aNameNeverEndsInAnArticle() {
    Document doc = parse("1. Canada announced an extension of the Canada-Chile Science Fund for a further period of"
        + " four years.");
    assertEquals(List.of("Canada-Chile Science Fund"), initiatives(doc));
  }

  @Test
  void aMeetingOfANamedCouncil_namesTheCouncilToo() {
    Document doc = parse("1. The Sides reviewed trade at the 4th meeting of the High-Level Cooperation Council between"
        + " the Republic of Chile and Canada, which was held in Ottawa.");
    assertEquals(List.of("4th meeting of the High-Level Cooperation Council between the Republic of Chile and Canada"),
        events(doc));
    Mechanism council = mechanism(doc, "High-Level Cooperation Council between the Republic of Chile and Canada")
        .orElseThrow(() -> new AssertionError("mechanisms " + mechanisms(doc)));
    assertEquals(council.id(), event(doc, events(doc).get(0)).orElseThrow().mechanism().orElseThrow());
  }

  @Test
  void aCouncilBetweenTwoSides_isOneMechanism_inEitherOrderOfTheSides() {
    Document doc = parse("1. The High-Level Cooperation Council between Canada and the Republic of Chile met in"
        + " Ottawa.\n\n2. The Sides will convene the High-Level Cooperation Council between the Republic of Chile"
        + " and Canada every year.");
    assertEquals(1, mechanisms(doc).size(), () -> "mechanisms " + mechanisms(doc));
  }

  @Test
  void aQuoteThatOpensAName_endsItAfterTheHead() {
    Document doc = parse("1. Support the establishment of the \u201cAndes Platform\u201d as a new format to address"
        + " the protection of glaciers,");
    assertEquals(List.of("Andes Platform"), mechanisms(doc));
    assertEquals(MechanismStatus.PROPOSED, mechanism(doc, "Andes Platform").orElseThrow().status());
  }

  @Test
  void anExtraordinarySummit_isOneEvent_theTitlesOccasionToldAgain() {
    Document doc = PARSER.parse("en-concepts", "Communique on Extraordinary Summit of the Andean Community\n\n"
        + "Communique Extraordinary Summit of the Andean Community Heads of State: Lima, Peru\n\n"
        + "1. The Extraordinary Summit of the Andean Community Heads of State met in Lima on 26 to 27 January"
        + " 2009.\n\n2. The Extraordinary Summit was chaired by the President of Peru.\n");
    assertEquals(List.of(), mechanisms(doc));
    assertEquals(List.of("Extraordinary Summit of the Andean Community Heads of State"), events(doc));
    Event summit = doc.events().get(0);
    assertEquals("2009-01-26/2009-01-27", summit.date().orElseThrow().toString());
    assertEquals(EventStatus.HELD, summit.status());
  }

  @Test
  void anotherGroupingsMeeting_isNotTheTitlesOccasion() {
    Document doc = PARSER.parse("en-concepts", "Joint Communique of the Leaders' Meeting of Canada and Chile\n\n"
        + "Ottawa, 10 June 2025\n\n1. The Leaders met in Ottawa.\n\n2. They look forward to the APEC Leaders'"
        + " meeting in Lima.\n");
    assertEquals(2, events(doc).size(), () -> "events " + events(doc));
  }

  @Test
  void aTitledMeetingOfAnOrganisationsMinisters_isAFormatAndAMeeting() {
    Document doc = parse("1. The Sides welcomed the results of the Meeting of SCO Ministers of Defence held in Astana.");
    assertEquals(List.of("Meeting of SCO Ministers of Defence"), mechanisms(doc), () -> "events " + events(doc));
    assertTrue(event(doc, "Meeting of SCO Ministers of Defence").isPresent(), () -> "events " + events(doc));
  }

  @Test
  void aTitledMeetingOfAnOrganisationsMinisters_mayNameTheirPortfolioBefore() {
    Document doc = parse("1. The Sides took note of the Meeting of the ASEAN Economic Ministers in Jakarta.");
    assertEquals(1, doc.mechanisms().size(), () -> "mechanisms " + mechanisms(doc));
    assertTrue(mechanisms(doc).get(0).startsWith("Meeting of the ASEAN Economic Ministers"), () -> "mechanisms " + mechanisms(doc));
  }

  @Test
  void aMeetingOfNoOrganisationsMinisters_orOfLeaders_orInLowerCase_namesNoFormat() {
    for (String sentence : List.of(
        "1. The Sides recalled the Meeting of Finance Ministers and Central Bank Governors held in Ottawa.",
        "1. The Sides recalled the Meeting of APEC Leaders held in Lima.",
        "1. The Sides recalled the annual meeting of the BRICS Ministers of Foreign Affairs held in New York.")) {
      Document doc = parse(sentence);
      assertEquals(List.of(), mechanisms(doc), () -> sentence + ": events " + events(doc));
    }
  }

  @Test
  void aMeetingOfAnOrganisationsMinistersAsAHeading_keepsItsFormat() {
    Document doc = PARSER.parse("en-concepts", "Press Centre\n\nMeeting of SCO Ministers of Defence\n\nAstana, 3 May 2025\n\n"
        + "1. The Ministers of Defence exchanged views on regional security.\n");
    assertEquals(List.of("Meeting of SCO Ministers of Defence"), mechanisms(doc), () -> "events " + events(doc));
  }
}
