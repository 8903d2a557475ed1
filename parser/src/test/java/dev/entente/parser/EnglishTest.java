package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import dev.entente.model.Mechanism;
import dev.entente.model.Party;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The English pack's general rules on sentences written for these tests (none is taken from a
 * real document): which words name mechanisms and events, and which do not.
 */
final class EnglishTest {
  private static final Parser PARSER = Parser.english();
  private static final String TITLE = "Joint Statement of the Republic of Kazakhstan and Japan\n\n";

  private static Document parse(String body) {
    return PARSER.parse("en-test", TITLE + "Astana, 14 May 2025\n\n" + body + "\n");
  }

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  private static List<String> events(Document doc) {
    return doc.events().stream().map(Event::name).collect(Collectors.toList());
  }

  private static List<String> parties(Document doc) {
    return doc.parties().stream().map(Party::id).collect(Collectors.toList());
  }

  @Test
  void anArrangement_isADocument_notAMechanism() {
    Document doc = parse("1. The Sides signed the Arrangement on Consular Notification.");
    assertEquals(List.of(), mechanisms(doc));
  }

  @Test
  void aCommissioner_isAPerson_notACommission() {
    Document doc = parse("1. The Sides will work with Commissioner Anna Berg on trade.\n\n"
        + "2. The Sides welcomed the work of the Joint Commission on Trade.");
    assertEquals(List.of("Joint Commission on Trade"), mechanisms(doc));
  }

  @Test
  void aFirstMeeting_showsNoSeriesThatExistsAlready() {
    Document doc = parse("1. The Sides welcomed the first Kazakhstan-Japan Leaders' Summit held in Astana on 13 May 2025.");
    assertEquals(List.of(), mechanisms(doc), () -> "events " + events(doc));
    assertEquals(1, doc.events().size(), () -> "events " + events(doc));
  }

  @Test
  void aNumberedMeeting_belongsToTheMechanismNamedWithMoreWords() {
    Document doc = parse("1. The Sides agreed that the Kazakhstan-Japan Ministerial Forum is an effective mechanism."
        + " They looked forward to the sixth Ministerial Forum in Tokyo in 2026.");
    assertEquals(List.of("Kazakhstan-Japan Ministerial Forum"), mechanisms(doc));
    assertEquals(1, doc.events().size(), () -> "events " + events(doc));
    assertEquals(6, doc.events().get(0).ordinal().orElse(0));
  }

  @Test
  void aThisBeforeTheModifiers_refersBack() {
    Document doc = parse("1. The leaders met in Astana on 13 May 2025. In this historic first meeting, the Sides"
        + " agreed to expand trade.");
    assertFalse(events(doc).stream().anyMatch(e -> e.contains("historic")), () -> "events " + events(doc));
  }

  @Test
  void aPartyAndAOneWordHead_isTheParty() {
    Document doc = parse("1. The Sides will cooperate within the Asia Pacific Economic Cooperation forum.");
    assertEquals(List.of(), mechanisms(doc));
    assertTrue(parties(doc).contains("APEC"), () -> "parties " + parties(doc));
  }

  @Test
  void aCurrency_isNoState() {
    Document doc = parse("1. The Sides agreed to bring trade to 10 billion US dollars by 2030.");
    assertFalse(parties(doc).contains("US"), () -> "parties " + parties(doc));
  }

  @Test
  void aNumberWrittenOntoAName_isPartOfIt_andTheOrdinalBeforeItCounts() {
    Document doc = parse("1. The leaders met in New York on 19 September 2023 on the occasion of the first-ever"
        + " C5+1 Presidential Summit.");
    assertEquals(List.of(), mechanisms(doc), () -> "events " + events(doc));
    Event summit = doc.events().stream().filter(e -> e.name().contains("Presidential Summit")).findFirst()
        .orElseThrow(() -> new AssertionError("events " + events(doc)));
    assertTrue(summit.name().contains("C5+1 Presidential Summit"), summit.name());
  }

  @Test
  void anInvitationToVisit_isOneVisit_namedWithoutTheInfinitivesTo() {
    Document doc = parse("1. The President of Kazakhstan invited the Prime Minister of Japan to visit Kazakhstan"
        + " at a convenient time.");
    assertEquals(List.of("visit of the Prime Minister of Japan to Kazakhstan"), events(doc));
    assertEquals(EventStatus.PLANNED, doc.events().get(0).status());
  }

  @Test
  void theG20Summit_isAnEventOfTheG20() {
    Document doc = parse("1. The Prime Minister will visit Australia at the time of the G20 Summit in November 2025.");
    assertTrue(events(doc).contains("G20 Summit"), () -> "events " + events(doc));
    assertTrue(parties(doc).contains("G20"), () -> "parties " + parties(doc));
  }

  @Test
  void aLowerCaseInitiativeHead_isACommonNoun_unlessTwoCapitalisedWordsNameIt() {
    Document doc = parse("1. Within the framework of this partnership, the Sides will expand USAID programs and their"
        + " trade policy.\n\n2. The Sides welcomed the Young Trilateral Leaders program and the Regional Cooperation"
        + " Framework.");
    List<String> names = doc.initiatives().stream().map(dev.entente.model.Initiative::name).collect(Collectors.toList());
    assertEquals(List.of("Young Trilateral Leaders program", "Regional Cooperation Framework"), names);
  }

  @Test
  void frontMatterEscapes_areReadAsTheirCharacters_andTheQuotedTitleOpensWithItsCapitalisedWords() {
    String text = "---\ntitle: \"Kazakhstan\\u2013Japan Joint\\_Statement\"\n---\n\n"
        + "1\\. The Sides reaffirmed their friendship.\n\n2\\. The Sides will expand trade.\n";
    Document doc = PARSER.parse("front-matter", text);
    assertEquals("Kazakhstan\u2013Japan Joint Statement", doc.title(), "the quoted value as it reads, its escapes decoded");
    assertEquals(dev.entente.model.DocumentKind.JOINT_STATEMENT, doc.kind());
    assertEquals(2, doc.clauses().size(), "«1\\.» is a numbered point");
    assertEquals(List.of("KZ", "JP"), doc.signatories());
  }

  @Test
  void aYearAfterAPreposition_isADate_andMakesTheSummitAnEvent() {
    Document doc = parse("1. The Sides recalled the progress made since their Trilateral Leaders' Summit in 2023.");
    assertEquals(List.of(), mechanisms(doc));
    Event summit = doc.events().get(0);
    assertEquals("2023", summit.date().map(Object::toString).orElse("none"), () -> "events " + events(doc));
    assertEquals(EventStatus.HELD, summit.status());
  }

  @Test
  void theVisitTheTitleNames_isTheOneTheBodyTells() {
    Document doc = PARSER.parse("visit", "Joint Communique on the Occasion of the Visit of the Prime Minister of Japan\n\n"
        + "Astana, 14 May 2025\n\nThe Prime Minister of Japan paid an official visit to Kazakhstan on 13-14 May 2025.\n\n"
        + "1. The Sides agreed to expand trade.\n");
    assertEquals(1, doc.events().size(), () -> "events " + events(doc));
    assertTrue(events(doc).get(0).startsWith("official visit"), () -> "events " + events(doc));
    assertEquals(2, doc.events().get(0).mentions().size(), "the title's mention and the body's");
  }

  @Test
  void aRole_keepsTheTextsCapitals() {
    Document doc = parse("1. Prime Minister Shigeru Ishiba and President Kassym-Jomart Tokayev held talks in Astana.");
    List<String> roles = doc.participants().stream().map(p -> p.role().orElse("")).collect(Collectors.toList());
    assertTrue(roles.contains("Prime Minister") && roles.contains("President"), () -> "roles " + roles);
  }

  private static Document parseTitled(String title, String body) {
    return PARSER.parse("en-test", title + "\n\nAstana, 14 May 2025\n\n" + body + "\n");
  }

  @Test
  void capitalisedWordsBeforeTheKind_belongToATitleCaseTitle() {
    Document doc = parseTitled("Kazakhstan - Republic of the Philippines Joint Statement on Trade", "We will expand trade.");
    assertEquals("Kazakhstan - Republic of the Philippines Joint Statement on Trade", doc.title());
    assertEquals(List.of("KZ", "PH"), doc.signatories().stream().sorted().collect(Collectors.toList()));
  }

  @Test
  void aGroupTheTitleNames_adoptsTheDocumentWithItsMembers() {
    // GIVEN a title whose authors are a group of groups.tsv, and a body that names no subject
    Document doc = parseTitled("Quad Leaders\u2019 Joint Statement on Health", "1. We will expand our cooperation on vaccines.");
    // THEN the organisation and its four states are the sides
    assertEquals(List.of("AU", "IN", "JP", "QUAD", "US"), doc.signatories().stream().sorted().collect(Collectors.toList()));
  }

  @Test
  void anOrganisationJoinedToAStateInTheTitle_isASide_butOneTheTitleIsAboutIsNot() {
    Document joined = parseTitled("Kazakhstan\u2013European Commission Joint Statement", "1. We will expand trade.");
    assertEquals(List.of("EU", "KZ"), joined.signatories().stream().sorted().collect(Collectors.toList()));
    Document about = parseTitled("Joint Statement from Kazakhstan and Japan on the G20", "1. We will expand trade.");
    assertEquals(List.of("JP", "KZ"), about.signatories().stream().sorted().collect(Collectors.toList()));
  }

  @Test
  void aTitleWithTheOccasionBeforeADash_namesTheSides_andTheMeetingEndsAtTheDash() {
    Document doc = parseTitled("2nd Kazakhstan-Japan Annual Leaders' Meeting \u2013 Joint Communique",
        "Leaders met for the second Kazakhstan-Japan Annual Leaders' Meeting in Astana on 14 May 2025.");
    assertEquals(List.of("JP", "KZ"), doc.signatories().stream().sorted().collect(Collectors.toList()));
    assertTrue(mechanisms(doc).stream().noneMatch(m -> m.contains("Communique")), () -> "mechanisms " + mechanisms(doc));
  }

  @Test
  void aTerritoryInTheAdoptingSubject_isASide() {
    Document doc = parseTitled("Declaration on Ocean Partnership",
        "We\u2014the governments of the Cook Islands, New Caledonia, Fiji and Japan\u2014meet in Astana.");
    assertTrue(doc.signatories().containsAll(List.of("CK", "NC", "FJ", "JP")), () -> "signatories " + doc.signatories());
  }

  @Test
  void aLowerCaseNameRightAfterACueOfCreation_isAMechanism_butAPluralIsNot() {
    Document doc = parse("1. We will establish a water expert working group to advance our work, and we will use new"
        + " innovative financing mechanisms at the development banks.");
    assertEquals(List.of("water expert working group"), mechanisms(doc));
  }

  @Test
  void aLowerCaseNameWithoutACue_isNoMechanism() {
    Document doc = parse("1. The water expert working group met often.");
    assertEquals(List.of(), mechanisms(doc));
  }

  @Test
  void aCapitalisedGroup_isAMechanism() {
    Document doc = parse("1. As founding members of the Steppe Energy Group, we will cooperate on hydrogen.");
    assertEquals(List.of("Steppe Energy Group"), mechanisms(doc));
  }

  @Test
  void aNumberedMechanism_isOneMeetingOfIt() {
    Document doc = parse("1. We welcomed the recent inaugural Kazakhstan-Japan Energy Dialogue in Tokyo and the 5th"
        + " Kazakhstan-Japan Strategic Dialogue.");
    assertEquals(List.of("Kazakhstan-Japan Energy Dialogue", "Kazakhstan-Japan Strategic Dialogue"), mechanisms(doc));
    List<Event> meetings = doc.events();
    assertEquals(List.of("inaugural Kazakhstan-Japan Energy Dialogue", "5th Kazakhstan-Japan Strategic Dialogue"), events(doc));
    assertEquals(List.of(1, 5), meetings.stream().map(e -> e.ordinal().orElse(0)).collect(Collectors.toList()));
  }

  @Test
  void aNumberAfterAHeadInCapitals_numbersIt() {
    Document doc = parse("1. Kazakhstan will host COP35 in 2030, and the Sides will work to ensure MC15 is a success.");
    assertEquals(List.of("COP35", "MC15"), events(doc));
    assertEquals(List.of(35, 15), doc.events().stream().map(e -> e.ordinal().orElse(0)).collect(Collectors.toList()));
  }

  @Test
  void anOrdinalInDigitsAndLetters_isOneOrdinal() {
    Document doc = parse("1. The Sides will meet at the 81st session of the United Nations General Assembly.");
    assertEquals(81, doc.events().get(0).ordinal().orElse(0), () -> "events " + events(doc));
  }

  @Test
  void aKnownInitiativeOpeningWithAPartysName_isTheInitiative() {
    Document doc = parse("1. We support the ASEAN Outlook on the Indo-Pacific.");
    assertEquals(List.of("ASEAN Outlook on the Indo-Pacific"),
        doc.initiatives().stream().map(dev.entente.model.Initiative::name).collect(Collectors.toList()));
  }

  @Test
  void theIndoPacific_isARegion_notIndia() {
    Document doc = parse("1. We support a free and open Indo-Pacific.");
    assertFalse(parties(doc).contains("IN"), () -> "parties " + parties(doc));
  }

  private static List<String> initiatives(Document doc) {
    return doc.initiatives().stream().map(dev.entente.model.Initiative::name).collect(Collectors.toList());
  }

  @Test
  void aPartnershipQualifiedByANoun_isAProgramme_butARelationshipLabelIsNot() {
    Document doc = parse("1. The Sides welcomed the Steppe Water Security Partnership as part of their Comprehensive"
        + " Strategic Partnership.");
    assertEquals(List.of("Steppe Water Security Partnership"), initiatives(doc));
  }

  @Test
  void goalsAndRounds_nameInitiatives() {
    Document doc = parse("1. The Sides support the Sustainable Development Goals and the early conclusion of the WTO Doha Round"
        + " and of the Asia-Pacific Trade Round.");
    assertEquals(List.of("Sustainable Development Goals", "Doha Round", "Asia-Pacific Trade Round"), initiatives(doc));
  }

  @Test
  void aTeamPanelOrBodyWithAProperName_isAMechanism() {
    Document doc = parse("1. The Sides thanked the International Monitoring Team, the Independent Decommissioning Body and"
        + " the UN Panel on Ocean Affairs.");
    assertEquals(List.of("International Monitoring Team", "Independent Decommissioning Body", "UN Panel on Ocean Affairs"),
        mechanisms(doc));
  }

  @Test
  void anOrgansNameAlone_isNoMechanism() {
    Document doc = parse("1. The Sides reaffirmed the importance of reform of the UN, including the Security Council.");
    assertEquals(List.of(), mechanisms(doc));
  }

  @Test
  void aQuotedNameRightBeforeTheHead_isTheHeadsName() {
    Document doc = parse("1. The Sides build resilient supply chains through the \"Bio-5\" coalition.");
    assertEquals(1, mechanisms(doc).size(), () -> "mechanisms " + mechanisms(doc));
    assertTrue(mechanisms(doc).get(0).contains("Bio-5"), () -> "mechanisms " + mechanisms(doc));
  }

  @Test
  void aLowerCaseResolutionWithANumber_isAnInitiative_butAResolutionOfDisputesIsNot() {
    Document doc = parse("1. The Sides called for the peaceful resolution of disputes and the full implementation of"
        + " resolution 1701.");
    assertEquals(List.of("resolution 1701"), initiatives(doc));
  }

  @Test
  void aNameWithItsAbbreviationInBrackets_andWithout_isOneInitiative() {
    Document doc = parse("1. The Sides welcomed the Steppe Plan for Africa (SPA). The Sides will invest through the Steppe"
        + " Plan for Africa.");
    assertEquals(1, initiatives(doc).size(), () -> "initiatives " + initiatives(doc));
  }

  @Test
  void aSummitWithACueOfAnEventRightAfterIt_isAnEvent_notAMechanism() {
    Document doc = parse("1. The Sides recalled the Global Food Security Summit held on the margins of the United Nations"
        + " General Assembly.");
    assertEquals(List.of(), mechanisms(doc));
    assertEquals(List.of("Global Food Security Summit"), events(doc));
  }

  @Test
  void modifiersJoinedBySuspendedHyphens_belongToTheName() {
    Document doc = parse("1. We will launch a critical- and emerging-technology working group to facilitate cooperation.");
    assertEquals(List.of("critical- and emerging-technology working group"), mechanisms(doc));
  }

  @Test
  void aHeadPhraseAlone_namesNoInitiative() {
    Document doc = parse("1. The Sides will implement the Action Plan and the Plan of Action.");
    assertEquals(List.of(), initiatives(doc));
  }

  @Test
  void twoNamesJoinedByAnd_areTwoMechanisms() {
    Document doc = parse("1. We will work through forums such as the Steppe Interfaith Dialogue and the Astana Democracy Forum.");
    assertEquals(List.of("Steppe Interfaith Dialogue", "Astana Democracy Forum"), mechanisms(doc));
  }

  @Test
  void aNumberedForumWithAProperName_belongsToItsSeries() {
    Document doc = parse("1. Japan welcomes Kazakhstan's participation in the fourth Astana Democracy Forum in December 2025.");
    assertEquals(List.of("Astana Democracy Forum"), mechanisms(doc), () -> "events " + events(doc));
    assertEquals(4, doc.events().get(0).ordinal().orElse(0));
  }

  @Test
  void lowerCasePluralMeetings_areNoEvent() {
    Document doc = parse("1. The leaders looked forward to meetings between Ministers on a regular basis.");
    assertEquals(List.of(), events(doc));
  }

  @Test
  void aProperNameBeforeExamples_isStillAnInitiative() {
    Document doc = parse("1. The Sides will act in accordance with the Astana Consolidation Plan, including the construction of roads.");
    assertEquals(List.of("Astana Consolidation Plan"), initiatives(doc));
  }

  @Test
  void theTitlesOwnName_inTheBody_isTheDocument() {
    Document doc = parseTitled("Kazakhstan-Japan Joint Declaration on Energy Cooperation",
        "1. The Sides adopt this Joint Declaration on Energy Cooperation and support the Global Methane Pledge.");
    assertEquals(List.of("Global Methane Pledge"), initiatives(doc));
  }

  @Test
  void awardsAndLegislation_nameProgrammes() {
    Document doc = parse("1. Japan explained its Legislation for Peace and Security, and Kazakhstan welcomed the Steppe Student"
        + " Exchange Awards.");
    assertEquals(2, initiatives(doc).size(), () -> "initiatives " + initiatives(doc));
    assertTrue(initiatives(doc).get(0).startsWith("Legislation for Peace"), () -> "initiatives " + initiatives(doc));
    assertEquals("Steppe Student Exchange Awards", initiatives(doc).get(1));
  }

  @Test
  void lastWithAMonth_isThatMonthOfTheYearBefore_andDatesTheSummit() {
    Document doc = parse("1. The Sides recalled the outcomes of the G20 Summit last November.");
    assertEquals(List.of("G20 Summit"), events(doc));
    assertEquals("2024-11", doc.events().get(0).date().map(Object::toString).orElse("none"));
  }

  @Test
  void leadersBeforeAHead_nameAMeeting_notTheAdoptingSubject() {
    Document doc = parse("They welcomed the results of the APEC Economic Leaders' Meeting and the G20 Summit.");
    assertEquals(List.of("JP", "KZ"), doc.signatories().stream().sorted().collect(Collectors.toList()));
  }

  @Test
  void aGenericWordAfterAFormatsName_namesTheSameFormat() {
    Document doc = parse("1. The Sides will deepen cooperation through the C5+1 platform. They underscore the importance of the C5+1 mechanism.");
    assertEquals(1, doc.mechanisms().size(), () -> "mechanisms " + mechanisms(doc));
  }
}
