package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * English house styles the tuning texts show little of: White House statements that write «U.S.» with
 * its stops inside names, briefing-room lists of armed groups, summit venues, congressional committees,
 * communiqués that date meetings by a part of a year, and clauses that look forward to several events at
 * once. Sentences written for the test in the manner of those sources.
 */
final class EnglishHouseStylesTest {
  private static final String HEAD = "Joint Statement of the United States and Japan\n\nTokyo, 14 March 2024\n\n";

  private static Document parse(String body) {
    return Parser.english().parse("house-styles", HEAD + body + "\n");
  }

  private static List<String> mechanisms(String body) {
    return parse(body).mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  private static Event event(Document doc, String name) {
    return doc.events().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no event " + name + " in " + doc.events()));
  }

  @Test
  void anArmedGroupOrAPartyBeforeGroup_isNoMechanism() {
    List<String> found = mechanisms("The leaders condemned the attacks by the Islamic State group and the Hamas Group, "
        + "and the violence of the Al-Shabaab group in Somalia. They welcomed the Quantum Development Group.");
    assertEquals(List.of("Quantum Development Group"), found);
  }

  @Test
  void aConventionCentre_isAVenue() {
    List<String> found = mechanisms("The talks were held at the National Convention Centre and the Exhibition Center. "
        + "The leaders welcomed the ASEAN Centre for Energy.");
    assertEquals(List.of("ASEAN Centre for Energy"), found);
  }

  @Test
  void aCommitteeOfTheHouse_isOneStatesBody() {
    List<String> found = mechanisms("Members of the House Foreign Affairs Committee joined the delegation. "
        + "The leaders welcomed the Joint Committee on Science and Technology Cooperation.");
    assertFalse(found.stream().anyMatch(n -> n.startsWith("House")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Joint Committee on Science")), found::toString);
  }

  @Test
  void digitsWrittenOntoACapital_stayInTheName() {
    List<String> found = mechanisms("The sides will launch the 6G Network.");
    assertEquals(List.of("6G Network"), found);
  }

  @Test
  void theStopsOfAnInitialism_endNoName() {
    List<String> found = mechanisms("The leaders welcomed the U.S.-Japan Economic Policy Consultative Committee "
        + "and the Japan-U.S. Extended Deterrence Dialogue.");
    assertEquals(List.of("U.S.-Japan Economic Policy Consultative Committee", "Japan-U.S. Extended Deterrence Dialogue"),
        found);
  }

  @Test
  void aPlanEarlierInTheSentence_keepsASecondOrdinalEventPlanned() {
    Document doc = parse("The leaders looked forward to the 44th ASEAN Summit in Vientiane in 2024 "
        + "and the 26th ASEAN-Japan Summit.");
    assertEquals(EventStatus.PLANNED, event(doc, "26th ASEAN-Japan Summit").status());
    assertEquals(EventStatus.PLANNED, event(doc, "44th ASEAN Summit").status());
  }

  @Test
  void aSecondClausesSubject_leavesItsAndOut() {
    Document doc = parse("The Foreign Ministers will hold consultations in 2025, and the Defence Ministers met in Osaka.");
    assertTrue(doc.events().stream().anyMatch(e -> e.name().equals("meeting of the Defence Ministers in Osaka")),
        doc.events()::toString);
  }

  @Test
  void aGuestNamedByAPronoun_isNoVisitorsName() {
    Document doc = parse("President Biden thanked Prime Minister Kishida and invited him to visit the United States.");
    assertTrue(doc.events().stream().anyMatch(e -> e.name().equals("visit to United States")), doc.events()::toString);
    assertFalse(doc.events().stream().anyMatch(e -> e.name().contains("him")), doc.events()::toString);
  }

  @Test
  void aHalfOfAYear_datesAnEventToItsMonths() {
    Document doc = parse("The leaders looked forward to the tenth Ministerial Economic Dialogue in the first half of 2025. "
        + "They looked forward to the eleventh Ministerial Economic Dialogue in the second half of this year.");
    assertEquals("2025-01/2025-06", event(doc, "tenth Ministerial Economic Dialogue").date().get().toString());
    assertEquals("2024-07/2024-12", event(doc, "eleventh Ministerial Economic Dialogue").date().get().toString());
  }

  @Test
  void anEndOrAnEarlyPartOfAYear_datesAnEventToTheYear() {
    Document doc = parse("The leaders looked forward to the Pacific Islands Leaders Meeting by the end of 2025. "
        + "They looked forward to the APEC Leaders' Meeting in late 2024.");
    assertEquals("2025", event(doc, "Pacific Islands Leaders Meeting").date().get().toString());
    assertEquals("2024", event(doc, "APEC Leaders' Meeting").date().get().toString());
  }

  @Test
  void aNumberInsideAName_staysInIt() {
    List<String> found = mechanisms("The sides will hold the Track 1.5 Dialogue on Maritime Security.");
    assertEquals(List.of("Track 1.5 Dialogue on Maritime Security"), found);
  }

  @Test
  void anInitiativeEndedEarlyByAHeadOfItsOwn_isTheLongerOne() {
    List<String> found = parse("The leaders launched the Mekong Young Leaders Fellowship Program.").initiatives().stream()
        .map(dev.entente.model.Initiative::name).collect(Collectors.toList());
    assertEquals(List.of("Mekong Young Leaders Fellowship Program"), found);
  }

  @Test
  void aPastVerbRightBeforeAnUndatedEvent_tellsItWasHeld() {
    Document doc = parse("The Parties opened the first meeting of the Joint Commission on Trade. "
        + "The sides welcomed the Meeting of the India-Central Asia Dialogue. The sides will convene the Economic Forum.");
    assertEquals(EventStatus.HELD, event(doc, "first meeting of the Joint Commission on Trade").status());
    assertEquals(EventStatus.HELD, event(doc, "Meeting of the India-Central Asia Dialogue").status());
    assertEquals(EventStatus.PLANNED, event(doc, "Economic Forum").status());
  }

  @Test
  void aCapitalisedWordInIng_staysInAMeetingsName() {
    Document doc = parse("The sides welcomed the upcoming Meeting of the Joint Working Group on Counter Terrorism.");
    assertTrue(doc.events().stream().anyMatch(e -> e.name().equals("Meeting of the Joint Working Group on Counter Terrorism")),
        doc.events()::toString);
  }

  private static List<String> people(String body) {
    return parse(body).participants().stream().map(dev.entente.model.Participant::name).collect(Collectors.toList());
  }

  @Test
  void aThirdUnknownWordAfterAFormOfAddress_endsTheName() {
    List<String> found = people("The talks were co-chaired by Dr. Mohamed Ibn Chambas and Mr. Ahmed Aboul Gheit.");
    assertEquals(List.of("Mohamed Ibn Chambas", "Ahmed Aboul Gheit"), found);
  }

  @Test
  void aSurnameInCapitalsOrOpeningWithParticles_afterARole_isAName() {
    List<String> found = people("The Japanese side was represented by Mr. MOTEGI Toshimitsu. "
        + "President von der Leyen met the Prime Minister.");
    assertTrue(found.contains("MOTEGI Toshimitsu"), found::toString);
    assertTrue(found.contains("von der Leyen"), found::toString);
  }

  @Test
  void aPeaceProcess_isNoFormat_aProcessNamedByAPlaceIs() {
    List<String> found = mechanisms("The sides supported the Middle East Peace Process, the Bangsamoro peace process "
        + "and the electoral process in Fiji. They welcomed the Bali Process.");
    assertEquals(List.of("Bali Process"), found);
  }

  @Test
  void aBodyNamedOnlyByDescribingWords_isTheOneOtherOfItsHead() {
    List<String> found = mechanisms("The leaders launched a joint Semiconductor Supply Chain Taskforce. "
        + "The objective of this Joint Taskforce is to deepen cooperation.");
    assertEquals(List.of("Semiconductor Supply Chain Taskforce"), found);
  }

  @Test
  void anInvitationToPayAVisitToAState_isAPlannedVisitOfTheInvitee() {
    Document doc = parse("The President of the United States invited the Prime Minister of Japan to pay a state visit "
        + "to the United States at a mutually convenient time.");
    assertTrue(doc.events().stream().anyMatch(e -> e.name().equals("visit of the Prime Minister of Japan to United States")
        && e.status() == EventStatus.PLANNED), doc.events()::toString);
  }

  @Test
  void aCommitteeOnAFieldInOneState_isThatStatesBody_aJointOneMeetingThereIsNot() {
    List<String> found = mechanisms("The Committee on Foreign Investment in the United States reviewed the transaction. "
        + "The sides will convene the Joint Commission in Japan.");
    assertEquals(List.of("Joint Commission"), found);
  }

  @Test
  void aCommitteeOfAParliament_isOneStatesBody_aSubcommitteeOfCooperationIsAMechanism() {
    List<String> found = mechanisms("The sides welcomed exchanges between the Standing Committee of the National Assembly "
        + "and the Senate. They welcomed the work of the Subcommittee on Transport Cooperation.");
    assertEquals(List.of("Subcommittee on Transport Cooperation"), found);
  }

  @Test
  void aNationalDialogue_isOneStatesProcess_aDialogueOfTwoStatesIsAMechanism() {
    List<String> found = mechanisms("The Council welcomed the inclusive National Dialogue in Libya "
        + "and the Australia-Japan Strategic Dialogue.");
    assertEquals(List.of("Australia-Japan Strategic Dialogue"), found);
  }

  @Test
  void aPossessorsVisitToAPlace_isAVisitThere() {
    Document doc = parse("The Secretary of Defense's visit to Manila in February 2024 demonstrated the strength of the alliance.");
    Event visit = event(doc, "visit to Manila");
    assertEquals("2024-02", visit.date().get().toString());
    assertEquals(EventStatus.HELD, visit.status());
  }

  @Test
  void aWordAHyphenJoinsToALongName_staysInIt() {
    List<String> found = mechanisms("Ministers will convene the inaugural Australia-New Zealand Climate and Finance Dialogue.");
    assertEquals(List.of("Australia-New Zealand Climate and Finance Dialogue"), found);
  }

  @Test
  void aFormatDescribedByLowerCaseWords_isTheFormatNamedBefore() {
    List<String> found = mechanisms("The leaders welcomed the B5+1 platform. "
        + "Its meetings complement the B5+1 diplomatic platform and strengthen ties.");
    assertEquals(List.of("B5+1 platform"), found);
  }
}
