package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Session 19: heads of standing bodies of English texts, on sentences written for these tests in many regions' styles. */
final class EnglishMechanismHeadsSession19Test {
  private static final Parser PARSER = Parser.english();
  private static final String TITLE = "Joint Communique of the Republic of Fiji and the Independent State of Samoa\n\n";

  private static Document parse(String body) {
    return PARSER.parse("en-mechanisms-19", TITLE + "Apia, 12 March 2025\n\n" + body + "\n");
  }

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  private static List<String> events(Document doc) {
    return doc.events().stream().map(Event::name).collect(Collectors.toList());
  }

  private static void assertMechanism(Document doc, String expectedStart) {
    assertTrue(mechanisms(doc).stream().anyMatch(n -> n.startsWith(expectedStart)), mechanisms(doc) + " / " + events(doc));
  }

  /** An organisation's organ named by its field («Organ on …») is a standing body. */
  @Test
  void anOrganOfAnOrganisationIsABody() {
    // GIVEN
    Document doc = parse("1. The Ministers welcomed the work of the SADC Organ on Politics and Security Cooperation.");
    // THEN
    assertTrue(mechanisms(doc).stream().anyMatch(n -> n.contains("Organ on Politics")), mechanisms(doc).toString());
  }

  /** An organisation's assembly of members of parliament is one of its organs. */
  @Test
  void aParliamentaryAssemblyIsABody() {
    // GIVEN
    Document doc = parse("1. The sides commended the Parliamentary Assembly of the Council of Europe for its monitoring.");
    // THEN
    assertMechanism(doc, "Parliamentary Assembly");
  }

  /** Talks named by how many parties sit at them are a format, no one meeting. */
  @Test
  void talksNamedByTheirPartiesAreAFormat() {
    // GIVEN
    Document doc = parse("1. The Leaders called for the early resumption of the Four-Party Talks on the peninsula.");
    // THEN
    assertMechanism(doc, "Four-Party Talks");
  }

  /** The tracks of a summit's preparation («Sherpa Track», «Finance Track») are standing formats. */
  @Test
  void theTracksOfASummitAreFormats() {
    // GIVEN
    Document doc = parse("1. The Ministers welcomed the progress of the G20 Sherpa Track and of the Finance Track this year.");
    // THEN
    assertTrue(mechanisms(doc).stream().anyMatch(n -> n.endsWith("Sherpa Track")), mechanisms(doc).toString());
    assertTrue(mechanisms(doc).stream().anyMatch(n -> n.contains("Finance Track")), mechanisms(doc).toString());
  }

  /** «organ.» is the whole word: an organisation is no organ. */
  @Test
  void anOrganisationIsNoOrgan() {
    // GIVEN
    Document doc = parse("1. The Ministers welcomed the Regional Organisation for Fisheries Research in the Pacific.");
    // THEN
    assertTrue(mechanisms(doc).stream().noneMatch(n -> n.contains("Organisation")), mechanisms(doc).toString());
  }

  /** Recurring talks on policy («Defence Policy Talks», «Political Talks») are a format, no one meeting. */
  @Test
  void policyTalksAreAFormat() {
    // GIVEN
    Document doc = parse("1. They welcomed the annual Defence Policy Talks and the High-Level Political Talks.");
    // THEN
    assertMechanism(doc, "Defence Policy Talks");
    assertMechanism(doc, "High-Level Political Talks");
  }

  /** A «Working Party» is a working group by its British and UN name. */
  @Test
  void aWorkingPartyIsAWorkingGroup() {
    // GIVEN
    Document doc = parse("1. The Ministers welcomed the report of the Joint Working Party on Trade Facilitation.");
    // THEN
    assertMechanism(doc, "Joint Working Party on Trade Facilitation");
  }

  /** A board of both sides («Joint Board») is a standing body, though a bare board is one side's agency. */
  @Test
  void aJointBoardIsABody() {
    // GIVEN
    Document doc = parse("1. The Ministers welcomed the recommendations of the Permanent Joint Board on Fisheries.");
    // THEN
    assertMechanism(doc, "Permanent Joint Board on Fisheries");
  }

  /** Organs of an organisation named by their own words («Assembly of the Union», «Coordinating Bureau»). */
  @Test
  void organsNamedByTheirOwnWords() {
    // GIVEN
    Document doc = parse("1. The Leaders welcomed the decisions of the Assembly of the Union and of the Coordinating Bureau of the Movement.");
    // THEN
    assertMechanism(doc, "Assembly of the Union");
    assertMechanism(doc, "Coordinating Bureau");
  }

  /** A mission of several states' assistance to another is a standing arrangement. */
  @Test
  void anAssistanceMissionIsAnArrangement() {
    // GIVEN
    Document doc = parse("1. The Leaders paid tribute to the Regional Assistance Mission and its police contingents.");
    // THEN
    assertMechanism(doc, "Regional Assistance Mission");
  }
}
