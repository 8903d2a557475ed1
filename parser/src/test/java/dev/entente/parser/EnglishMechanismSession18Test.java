package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Session 18: English mechanisms on sentences written for these tests in the genre's style. */
final class EnglishMechanismSession18Test {
  private static final Parser PARSER = Parser.english();
  private static final String TITLE = "Joint Statement of Canada and the Republic of Chile\n\n";

  private static Document parse(String body) {
    return PARSER.parse("en-mechanisms-18", TITLE + "Ottawa, 10 June 2025\n\n" + body + "\n");
  }

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  private static List<String> events(Document doc) {
    return doc.events().stream().map(Event::name).collect(Collectors.toList());
  }

  /** A forum set up in a past year is a standing body, though the year would date a meeting. */
  @Test
  void aForumSetUpInAYearIsABody() {
    // GIVEN
    Document doc = parse("1. Both countries recalled that they launched the Clean Oceans Forum in 2019 and reaffirmed their support for it.");
    // THEN
    assertEquals(List.of("Clean Oceans Forum"), mechanisms(doc), mechanisms(doc) + " / " + events(doc));
    assertTrue(events(doc).isEmpty(), events(doc).toString());
  }

  /** Over an article and the capitalised words of a longer name, the verb still sets the body up. */
  @Test
  void aBodySetUpOverTheWordsOfItsName() {
    // GIVEN
    Document doc = parse("1. The Ministers agreed to establish the Mining and the Energy Forum in Santiago in 2026.");
    // THEN
    assertTrue(mechanisms(doc).stream().anyMatch(n -> n.endsWith("Energy Forum")), mechanisms(doc) + " / " + events(doc));
    assertTrue(events(doc).isEmpty(), events(doc).toString());
  }

  /** A forum held, not set up, stays a meeting. */
  @Test
  void aForumHeldIsAMeeting() {
    // GIVEN
    Document doc = parse("1. The Ministers attended the Clean Oceans Forum held in Santiago in May 2025.");
    // THEN
    assertEquals(List.of("Clean Oceans Forum"), events(doc), mechanisms(doc) + " / " + events(doc));
  }

  /** The format of foreign and defence ministers with the plus spelt out is named by its numbers. */
  @Test
  void aTwoPlusTwoDialogueSpeltOutIsTheFormat() {
    // GIVEN
    Document doc = parse("1. The Ministers welcomed the results of the 2 plus 2 dialogue and of the trade talks.");
    // THEN
    assertTrue(mechanisms(doc).stream().anyMatch(n -> n.contains("2 plus 2") && n.endsWith("dialogue")), mechanisms(doc).toString());
  }

  /** A format by numbers in a bracket after a body's name, a meeting's head after the bracket, is the body's alias. */
  @Test
  void aBracketedTwoPlusTwoAfterABodyIsItsAlias() {
    // GIVEN
    Document doc = parse("1. The Ministers will convene a Joint Defence Committee (JDC: \"2+2\") meeting next month.");
    // THEN
    assertTrue(mechanisms(doc).stream().noneMatch(n -> n.contains("2+2")), mechanisms(doc).toString());
  }

  /** A lower-case word of a level between two capitalised words of a name is one of its words. */
  @Test
  void aLevelWordInsideACapitalisedName() {
    // GIVEN
    Document doc = parse("1. The Ministers noted the useful work of the Deputy Minister level Dialogue on energy.");
    // THEN
    assertEquals(List.of("Deputy Minister level Dialogue on energy"), mechanisms(doc), mechanisms(doc).toString());
  }

  /** Talks a round counts, named by capitalised words of their own, are a standing series besides the round. */
  @Test
  void talksCountedInRoundsAreASeries() {
    // GIVEN
    Document doc = parse("1. The Ministers welcomed the Third Round of the Four-party Talks held in Geneva on 2 May 2025.");
    // THEN
    assertEquals(List.of("Four-party Talks"), mechanisms(doc), mechanisms(doc) + " / " + events(doc));
    assertTrue(events(doc).stream().anyMatch(n -> n.startsWith("Third Round of the Four-party Talks")), events(doc).toString());
  }

  /** Talks a round counts with no name but their head name no series. */
  @Test
  void bareTalksCountedInRoundsAreNoSeries() {
    // GIVEN
    Document doc = parse("1. The Ministers called for the Fourth Round of the Talks to be held soon.");
    // THEN
    assertTrue(mechanisms(doc).isEmpty(), mechanisms(doc).toString());
  }

  /** A capitalised word that starts like an act's verb is a word of a body's name. */
  @Test
  void aCapitalisedActWordInsideABodysName() {
    // GIVEN
    Document doc = parse("1. The Ministers welcomed the first meeting of the Joint Consultative Commission in Ottawa in May 2025.");
    // THEN
    assertTrue(events(doc).stream().anyMatch(n -> n.startsWith("first meeting of the Joint Consultative Commission")),
        events(doc).toString());
  }

  /** The level of a lower-case mechanism is read from the plural of its bodies as from the singular. */
  @Test
  void aMechanismBetweenMinistriesInThePlural() {
    // GIVEN
    Document doc = parse("1. The two sides praised the policy dialogue mechanism between the two transport ministries.\n"
        + "2. They also praised the coordination mechanism between the two environment departments.");
    // THEN
    assertTrue(mechanisms(doc).stream().anyMatch(n -> n.startsWith("policy dialogue mechanism")), mechanisms(doc).toString());
    assertTrue(mechanisms(doc).stream().anyMatch(n -> n.startsWith("coordination mechanism")), mechanisms(doc).toString());
  }

  /** A council of persons in the plural after «of» is a body of its own, not an organ of a nation's body. */
  @Test
  void aCouncilOfNationalOfficialsIsNamedWhole() {
    // GIVEN
    Document doc = parse("1. The Ministers praised the work of the Council of National Security Advisers.\n"
        + "2. They noted the report of the Standing Committee of the National Assembly.");
    // THEN
    assertTrue(mechanisms(doc).contains("Council of National Security Advisers"), mechanisms(doc).toString());
    assertTrue(mechanisms(doc).stream().noneMatch(n -> n.contains("Assembly")), mechanisms(doc).toString());
  }

  /** A lower-case head right before «mechanism» says what the mechanism is and is no second item. */
  @Test
  void aHeadBeforeAGenericHeadIsOneMechanism() {
    // GIVEN
    Document doc = parse("1. The two sides agreed to establish a bilateral consultation mechanism on fisheries.");
    // THEN
    assertEquals(List.of("bilateral consultation mechanism on fisheries"), mechanisms(doc), mechanisms(doc).toString());
  }

  /** A bare mechanism set up with an infinitive of purpose is named by it; one only described by it is not. */
  @Test
  void aMechanismSetUpIsNamedByItsPurpose() {
    // GIVEN
    Document doc = parse("1. The Parties will establish a mechanism to review progress on fisheries cooperation.\n"
        + "2. They welcomed the Ocean Platform as a new format to address the decline of fish stocks.");
    // THEN
    assertTrue(mechanisms(doc).stream().anyMatch(n -> n.startsWith("mechanism to review progress")), mechanisms(doc).toString());
    assertTrue(mechanisms(doc).stream().noneMatch(n -> n.startsWith("format")), mechanisms(doc).toString());
  }
}
