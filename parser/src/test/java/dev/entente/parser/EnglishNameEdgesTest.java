package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Initiative;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, session 9: where English names begin and end — a city of several words before a head,
 * a bracket before or after one, a number written onto a group's letters — and a site's byline
 * under the title, each on sentences written for the test.
 */
final class EnglishNameEdgesTest {
  private static final Parser PARSER = Parser.english();
  private static final String HEAD = "Joint Statement of Canada and the Republic of Chile\n\nOttawa, 10 June 2025\n\n";

  private static Document parse(String body) {
    return PARSER.parse("en-edges", HEAD + body + "\n");
  }

  private static List<String> events(Document doc) {
    return doc.events().stream().map(Event::name).collect(Collectors.toList());
  }

  private static List<String> initiatives(Document doc) {
    return doc.initiatives().stream().map(Initiative::name).collect(Collectors.toList());
  }

  @Test
  void aCityOfSeveralWordsBeforeAHead_isOneModifierOfTheName() {
    Document doc = parse("1. The Leaders recalled the Rio de Janeiro Summit held in November 2024.\n"
        + "2. The Ministers will take part in the Kuala Lumpur Conference in 2026.");
    assertEquals(List.of("Rio de Janeiro Summit", "Kuala Lumpur Conference"), events(doc));
  }

  @Test
  void aLowerCaseWordThatIsNoCitysBeforeAHead_staysOutOfTheName() {
    Document doc = parse("1. The Leaders recalled the outcome of Janeiro Summit held in November 2024.");
    assertEquals(List.of("Janeiro Summit"), events(doc), "«of» opens no city here");
  }

  @Test
  void aNumberWrittenOntoAGroupsLetters_isNoDayOfADate() {
    Document doc = parse("1. The Leaders recalled the Summit of the G20 held in November 2024.");
    Event summit = doc.events().get(0);
    assertEquals("Summit of the G20", summit.name());
    assertEquals("2024-11", summit.date().map(Object::toString).orElse(null));
  }

  @Test
  void anAbbreviationInBracketsAfterAMeeting_isTheSameMeeting() {
    Document doc = parse("1. The Sides welcomed the outcomes of the 29th United Nations Climate Change Conference (COP29) "
        + "in Baku.\n2. The Sides will work together towards the Conference of the Parties (COP 30).");
    assertEquals(List.of("29th United Nations Climate Change Conference", "Conference of the Parties"), events(doc));
    assertEquals(2, doc.events().get(0).mentions().size(), "COP29 is a mention of the conference");
    assertEquals(30, doc.events().get(1).ordinal().orElse(0), "the alias numbers the conference");
  }

  @Test
  void anAbbreviationInBracketsWithAnotherNumber_isAnotherMeeting() {
    Document doc = parse("1. The Sides recalled the 28th Climate Change Conference (COP29 preparations) and the results.");
    assertTrue(events(doc).stream().noneMatch(name -> name.contains("(")), () -> "a bracket opens no name: " + events(doc));
  }

  @Test
  void aStatementOfAVision_isOneInitiativeName() {
    Document doc = parse("1. The Leaders adopted the Joint Vision Statement on Critical Minerals.");
    assertEquals(List.of("Joint Vision Statement on Critical Minerals"), initiatives(doc));
  }

  @Test
  void aBylineUnderTheTitle_isTheSitesAndTheBodyFollowsIt() {
    Document doc = PARSER.parse("en-byline", "Joint Statement of the United States and the Republic of Chile\n\n"
        + "The White House\n\nJune 10, 2025\n\n"
        + "The President of the United States and the President of Chile met in Washington.\n\n"
        + "1. The Leaders launched the Clean Energy Working Group.\n\n"
        + "2. The Leaders will meet again in 2026.\n\n"
        + "The White House\n1600 Pennsylvania Ave NW\n");
    assertEquals(2, doc.clauses().stream().filter(c -> c.number().isPresent()).count());
    assertEquals(List.of("Clean Energy Working Group"),
        doc.mechanisms().stream().map(m -> m.name()).collect(Collectors.toList()));
    assertTrue(doc.text().indexOf("1600") > doc.clauses().get(doc.clauses().size() - 1).end(),
        "the byline at the end still opens the trailer");
  }

  @Test
  void aStructureAgainstTerrorism_isAStandingBody_otherStructuresAreNot() {
    Document doc = parse("1. The Sides commended the work of the SCO Regional Anti-Terrorist Structure.\n"
        + "2. The Sides discussed the structure of the economy and the regional security structure.");
    assertEquals(List.of("SCO Regional Anti-Terrorist Structure"),
        doc.mechanisms().stream().map(m -> m.name()).collect(Collectors.toList()));
  }

  @Test
  void aHeadThatStartsInsideAPartysNameAndRunsPastIt_namesAMeeting() {
    Document doc = parse("1. Both sides welcomed the Quad Leaders' Summit held in Tokyo in May 2023.");
    assertEquals(List.of("Quad Leaders' Summit"), events(doc));
  }

  @Test
  void aPartyInThePossessiveBeforeANamedThing_staysItsOwner() {
    Document doc = parse("1. They reaffirmed the United Nations' Millennium Development Goals.");
    assertEquals(List.of("Millennium Development Goals"), initiatives(doc));
  }

  @Test
  void aYearBeforeAName_opensIt_andDatesAMeeting() {
    Document doc = parse("1. They welcomed the 2025 Action Plan and look forward to the 2026 Youth Summit in Seoul.");
    assertEquals(List.of("2025 Action Plan"), initiatives(doc));
    Event summit = doc.events().get(0);
    assertEquals("2026 Youth Summit", summit.name());
    assertEquals("2026", summit.date().map(Object::toString).orElse(null));
  }

  @Test
  void aYearOfADate_opensNoName() {
    Document doc = parse("1. The Leaders met in Seoul on 12 May 2024 and launched the Clean Energy Dialogue.");
    assertTrue(doc.mechanisms().stream().noneMatch(m -> m.name().contains("2024")), () -> doc.mechanisms().toString());
    assertTrue(events(doc).stream().noneMatch(name -> name.startsWith("2024")), () -> events(doc).toString());
  }

  @Test
  void aNameWithoutTheSidesItBelongsTo_isTheOneOfThoseSides() {
    Document doc = parse("1. The Ministers welcomed the India-Japan Strategic Dialogue. The Strategic Dialogue will meet "
        + "again in Tokyo.");
    assertEquals(List.of("India-Japan Strategic Dialogue"), mechanisms(doc));
    assertEquals(2, doc.mechanisms().get(0).mentions().size());
  }

  @Test
  void aShortNameOfTwoLongOnes_isAMentionOfOneOfThem_andOneThatAddsWords_isAnother() {
    // the bare head names one of the two, not a third dialogue (ConceptFilter.dropBareHeadsNamedInFull)
    Document two = parse("1. The Ministers welcomed the India-Japan Strategic Dialogue and the India-Australia Strategic "
        + "Dialogue. The Strategic Dialogue will meet again in Tokyo.");
    assertEquals(2, mechanisms(two).size(), () -> mechanisms(two).toString());
    Document words = parse("1. The Ministers welcomed the Maritime Security Dialogue. The Security Dialogue will meet "
        + "again in Tokyo.");
    assertEquals(List.of("Maritime Security Dialogue", "Security Dialogue"), mechanisms(words));
  }

  @Test
  void aDescribingHeadInLowerCase_namesNothing_capitalisedOrAnotherHeadItDoes() {
    Document doc = parse("1. The Leaders shared the Pacific Islands vision and explored the Asia-Pacific community concept.\n"
        + "2. They welcomed the Putrajaya Vision 2040 and the Young Leaders program.");
    assertEquals(List.of("Putrajaya Vision 2040", "Young Leaders program"), initiatives(doc));
  }

  @Test
  void oneStatesOwnCouncilOrCentre_isNoMechanism_onesOfTwoStatesAre() {
    Document doc = parse("1. They welcomed cooperation between the Indian Council of Medical Research and the National Centre "
        + "for Biological Sciences.\n2. They welcomed the work of the U.S. National Security Council.\n"
        + "3. They welcomed the Australia-India Education Council and the Canada Chile Business Council.");
    assertEquals(List.of("Australia-India Education Council", "Canada Chile Business Council"), mechanisms(doc));
  }

  @Test
  void aForumsNameBeforeALowerCaseMeeting_isTheForum_andTheMeetingIsOneEvent() {
    // (A made-up forum: the South Pacific Forum is the Pacific Islands Forum's name before 2000, an organisation.)
    Document doc = parse("1. They welcomed the outcome of the Coral Sea Forum meeting held in Honiara in July 2024.");
    assertEquals(List.of("Coral Sea Forum meeting"), events(doc));
    assertEquals(List.of("Coral Sea Forum"), mechanisms(doc));
  }

  @Test
  void aLowerCaseBodyWithItsComplement_thatTheSidesCreate_isANewMechanism_unlessOnlyMentioned() {
    Document created = parse("1. They agreed to set up a working group on cyber security.");
    assertEquals(List.of("working group on cyber security"), mechanisms(created));
    assertEquals(dev.entente.model.MechanismStatus.NEW, created.mechanisms().get(0).status());
    Document mentioned = parse("1. They noted that a working group on cyber security could be useful.");
    assertEquals(List.of(), mechanisms(mentioned));
  }

  @Test
  void aCentreNamedOnlyByWhatItIsFor_isAnInstitution_oneOfPartiesIsAMechanism() {
    Document doc = parse("1. They welcomed the work of the Centre for Disease Control and of the ASEAN Centre for "
        + "Humanitarian Assistance.");
    assertEquals(List.of("ASEAN Centre for Humanitarian Assistance"), mechanisms(doc));
  }

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(m -> m.name()).collect(Collectors.toList());
  }
}
