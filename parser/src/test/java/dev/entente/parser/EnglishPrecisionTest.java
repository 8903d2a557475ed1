package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Precision of English mechanisms, initiatives and events' places on house styles the tuning texts do
 * not show: one state's ministries, companies and armed groups, a side's own policy and the country a
 * meeting speaks of are none of them. Sentences written for the test.
 */
final class EnglishPrecisionTest {
  private static final String HEAD = "Joint Statement of Australia and Canada\n\nCanberra, 4 May 2024\n\n";

  private static Document parse(String body) {
    return Parser.english().parse("precision", HEAD + body + "\n");
  }

  private static List<String> mechanisms(String body) {
    return parse(body).mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  private static List<String> initiatives(String body) {
    return parse(body).initiatives().stream().map(Initiative::name).collect(Collectors.toList());
  }

  private static Event event(Document doc, String name) {
    return doc.events().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no event " + name + " in " + doc.events()));
  }

  @Test
  void aSecretariatOfAPortfolio_isOneStatesMinistry() {
    List<String> found = mechanisms("The Secretary of State met the head of the Secretariat of Foreign Relations of Mexico. "
        + "The Secretariat of the Interior and the Secretariat of State took part.");
    assertEquals(List.of(), found);
  }

  @Test
  void aSecretariatOfCooperation_staysAMechanism() {
    List<String> found = mechanisms("The sides welcomed the work of the Secretariat of the Trilateral Cooperation Forum. "
        + "The Council of Foreign Ministers will meet in June.");
    assertTrue(found.contains("Council of Foreign Ministers"), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Secretariat of the Trilateral")), found::toString);
  }

  @Test
  void aGroupNamedByItsOwnerAlone_isACompanyOrAnArmedGroup() {
    List<String> found = mechanisms("The sides condemned the Wagner Group in the Sahel. "
        + "They noted investments by the Tata Group and the Lockheed Martin Group.");
    assertEquals(List.of(), found);
  }

  /** The Cairns Group, a grouping with a standing identity, is an organisation (session 14, GroupingsAndOrganMeetingsTest). */
  @Test
  void groupsOfPlacesFunctionsAndFields_stayMechanisms() {
    List<String> found = mechanisms("The sides welcomed the Lima Group and the Core Group. "
        + "They supported the Coordination Group, the Steering Group, the Senior Officials Group "
        + "and the Quantum Development Group.");
    assertEquals(List.of("Lima Group", "Core Group", "Coordination Group", "Steering Group",
        "Senior Officials Group", "Quantum Development Group"), found);
  }

  @Test
  void aSidesForeignPolicy_isNoInitiative() {
    List<String> found = initiatives("The Ministers discussed the Foreign Policy priorities of both Governments "
        + "and their Fiscal and Monetary Policy. They welcomed the Act East Policy.");
    assertFalse(found.contains("Foreign Policy"), found::toString);
    assertFalse(found.stream().anyMatch(n -> n.contains("Monetary")), found::toString);
    assertTrue(found.contains("Act East Policy"), found::toString);
  }

  @Test
  void theCountryAMeetingSpeaksOf_isNotItsPlace() {
    Document doc = parse("The Peace and Security Council held its 1076th meeting on the situation in Sudan. "
        + "The Ministerial Conference on Climate in Indonesia was held in March.");
    assertTrue(event(doc, "1076th meeting on the situation").place().isEmpty(), doc.events()::toString);
    assertEquals("ID", event(doc, "Ministerial Conference on Climate").place().orElseThrow().country().orElse("-"));
  }

  @Test
  void headWordsInATitleCaseHeading_nameNothing() {
    Document doc = parse("Economic Partnership and Trade Network\n\n1. The leaders noted growth in trade.\n\n"
        + "Climate Change Action Plan\n\n2. The leaders agreed to act on climate.\n");
    assertEquals(List.of(), doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
    assertEquals(List.of(), doc.initiatives().stream().map(Initiative::name).collect(Collectors.toList()));
  }

  @Test
  void aHeadingsNameTheBodyRepeats_staysOne() {
    List<String> found = mechanisms("Defence and Security Council\n\n1. The Defence and Security Council will meet annually.\n");
    assertEquals(List.of("Defence and Security Council"), found);
  }

  @Test
  void aShortLineThatIsASentence_isNoHeading() {
    List<String> found = mechanisms("The leaders launched the Clean Energy Network.\n\n1. They agreed.\n");
    assertEquals(List.of("Clean Energy Network"), found);
  }

  @Test
  void aNetworkOfInfrastructure_isNoArrangement() {
    List<String> found = mechanisms("The sides welcomed the extension of the Trans-European Transport Network and the "
        + "National Electricity Network. They welcomed the Crisis Response Network and the Women Mediators Network.");
    assertEquals(List.of("Crisis Response Network", "Women Mediators Network"), found);
  }

  @Test
  void oneStatesTeamAndARegulator_areNoMechanisms() {
    List<String> found = mechanisms("The Indian Computer Emergency Response Team and the Nuclear Regulatory Commission met "
        + "the Election Commission. The Multilateral Sanctions Monitoring Team and the India-Japan Joint Team will meet, "
        + "as will the Regulatory Cooperation Council.");
    assertEquals(List.of("Multilateral Sanctions Monitoring Team", "India-Japan Joint Team", "Regulatory Cooperation Council"),
        found);
  }

  @Test
  void aBodysWorkingDocumentAlone_namesNoInitiative() {
    List<String> found = initiatives("The Council welcomed the Work Plan and recalled the Solemn Declaration. "
        + "The Ministers adopted the ASEAN-US Work Plan.");
    assertEquals(List.of("ASEAN-US Work Plan"), found);
  }

  @Test
  void aGovernmentsOwnCouncilsAndCommittees_areNoMechanisms() {
    List<String> found = mechanisms("The White House Council on Environmental Quality, the Council of Economic Advisers "
        + "and the Cabinet Committee on Security met the Senate Foreign Relations Committee. "
        + "The Defense Policy Group and the Council of Foreign Ministers will meet.");
    assertEquals(List.of("Defense Policy Group", "Council of Foreign Ministers"), found);
  }
}
