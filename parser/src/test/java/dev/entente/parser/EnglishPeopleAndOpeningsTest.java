package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.Event;
import dev.entente.model.Participant;
import dev.entente.model.Place;
import dev.entente.model.Segment;
import dev.entente.model.SegmentKind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * English people and the lines around a document, on sentences written for these tests (none is
 * taken from a real document): names closed by a regnal number or «Jr.», forms of address after a
 * role's party, a quote closing a sentence, an opening that introduces the text, a front-matter
 * title broken over lines, a meeting told by «met today in», and a signature under the text.
 */
final class EnglishPeopleAndOpeningsTest {
  private static final Parser PARSER = Parser.english();
  private static final String TITLE = "Joint Statement of the Republic of Kazakhstan and Japan\n\n";

  private static Document parse(String body) {
    return PARSER.parse("en-test", TITLE + "Astana, 14 May 2025\n\n" + body + "\n");
  }

  private static List<String> names(Document doc) {
    return doc.participants().stream().map(Participant::name).collect(Collectors.toList());
  }

  @Test
  void aRegnalNumber_closesAOneWordName() {
    Document doc = parse("1. The Sides thanked His Majesty King Olav III of Norway for his support.");
    assertEquals(List.of("Olav III"), names(doc), () -> People.listed(doc));
  }

  @Test
  void jrAfterAName_opensNoOtherName() {
    Document doc = parse("1. The delegation included Minister Ana Cruz, Jr., Department of Energy Secretary Luis Tan,"
        + " and Ambassador Mia Lopez.");
    assertFalse(names(doc).stream().anyMatch(n -> n.startsWith("Department")), () -> People.listed(doc));
    assertTrue(names(doc).contains("Luis Tan"), () -> People.listed(doc));
  }

  @Test
  void anArticleAndAFormOfAddress_afterARolesParty_leadToTheName() {
    Document doc = parse("1. The meeting was hosted by the Prime Minister of Japan, the Hon Kenji Sato, in Tokyo.");
    assertEquals("Kenji Sato/JP/Prime Minister", People.listed(doc));
  }

  @Test
  void anArticleBeforeAPartyAdjective_isNoOf() {
    Document doc = parse("1. The Kazakh Foreign Minister, Hon. Arman Bek, welcomed the talks.");
    assertEquals("Arman Bek/KZ/Foreign Minister", People.listed(doc));
  }

  @Test
  void aQuoteAfterAStop_closesTheSentenceBeforeIt() {
    Document doc = parse("1. The Sides met under the theme \"Growth Together.\" The meeting was chaired by H.E. Arman"
        + " Bek, President of the Republic of Kazakhstan.");
    assertEquals("Arman Bek/KZ/President", People.listed(doc));
  }

  @Test
  void anOpeningThatIntroducesTheText_isTheDocuments() {
    Document doc = PARSER.parse("en-test", "Kazakhstan-Japan Summit 2025: Joint Statement\n"
        + "President Arman Bek of Kazakhstan and Prime Minister Kenji Sato of Japan met in Astana on 14 May 2025"
        + " and issued the following statement:\n"
        + "1. We, the leaders of Kazakhstan and Japan, reaffirm our partnership.\n");
    assertEquals("Arman Bek/KZ/President; Kenji Sato/JP/Prime Minister", People.listed(doc));
    assertEquals("Astana", doc.place().map(Place::name).orElse("-"));
  }

  @Test
  void aFrontMatterTitleBrokenOverLines_isOneTitle_andNoPreamble() {
    Document doc = PARSER.parse("en-test", "---\ndate: '2025-05-14'\n"
        + "title: \"Joint Statement of the Leaders of the Republic of Kazakhstan and\\\n"
        + "  \\ Japan on Trade\"\n---\n\n"
        + "The leaders of Kazakhstan and Japan met in Astana on 14 May 2025.\n\n"
        + "1. They agreed to expand trade.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
    String text = doc.text();
    for (Segment s : doc.segments()) {
      if (s.kind() == SegmentKind.PREAMBLE) {
        assertFalse(text.substring(s.start(), s.end()).contains("Japan on Trade"), "preamble " + text.substring(s.start(), s.end()));
      }
    }
  }

  @Test
  void metTodayIn_tellsAMeeting() {
    Document doc = parse("1. The two leaders met today in Astana and agreed to expand trade.");
    List<String> events = doc.events().stream().map(Event::name).collect(Collectors.toList());
    assertTrue(events.stream().anyMatch(e -> e.contains("Astana")), () -> "events " + events);
  }

  @Test
  void aGlottalStopWrittenOntoAName_keepsTheNameWhole() {
    Document doc = parse("1. The Sides thanked Prime Minister Siaosi 'Ofa Lani of the Kingdom of Tonga.");
    assertEquals(1, doc.participants().size(), () -> People.listed(doc));
    assertTrue(names(doc).get(0).endsWith("Ofa Lani"), () -> People.listed(doc));
  }

  @Test
  void aNameAloneOnItsLine_overARoleAndParty_isASignature_whoseStatesAdoptTheText() {
    Document doc = PARSER.parse("en-test", "The Declaration for Lasting Peace\n\n"
        + "We commit ourselves to lasting peace in the region.\n\n"
        + "**Joseph Marlow**\n\nPresident of the Republic of Kazakhstan\n\n"
        + "**Kevin Drake**\n\nPrime Minister of Japan\n");
    assertEquals("Joseph Marlow/KZ/President; Kevin Drake/JP/Prime Minister", People.listed(doc));
    assertEquals(List.of("KZ", "JP"), doc.signatories());
  }

  @Test
  void aLetterAndAStopBeforeAPreposition_isNoInitial() {
    Document doc = parse("1. The Sides commemorated the end of World War I. On behalf of the Sides, the Ministers"
        + " laid wreaths.");
    assertEquals("", People.listed(doc));
  }

  @Test
  void capitalisedWordsRunningOnOverAHyphen_nameABodyAfterTheRole_notAPerson() {
    Document doc = parse("1. The Director of the UN Regional Anti-Piracy Centre Executive Office and the"
        + " Secretary-General of the UN welcomed the plan.");
    assertTrue(doc.participants().isEmpty(), () -> People.listed(doc));
  }

  @Test
  void aHyphenatedSurnameAfterARole_closesTheName() {
    Document doc = parse("1. The Sides welcomed Director-General Amara Okafor-Bello of the WTO at the talks.");
    assertEquals(List.of("Amara Okafor-Bello"), names(doc), () -> People.listed(doc));
  }

  @Test
  void theMarkOfASignature_opensTheNameAfterIt() {
    Document doc = parse("1. The Sides welcomed the plan.\n\nI should be grateful if you would circulate this letter.\n\n"
        + "(Signed) Amira Haddad");
    assertEquals(List.of("Amira Haddad"), names(doc), () -> People.listed(doc));
  }

  @Test
  void theOrganOfTheRolesParty_standsBetweenThePartyAndTheName() {
    Document doc = parse("1. The Sides welcomed the Executive Director of the Shanghai Cooperation Organisation"
        + " Secretariat Daniyar Sultanov to the talks.");
    assertEquals("Daniyar Sultanov/SCO/Executive Director", People.listed(doc));
  }

  @Test
  void oneStateAfterTheVerbOfACollectiveSubject_isWhatItSpeaksOf_notTheSides() {
    Document doc = PARSER.parse("en-test", "---\ntitle: \"United States-Japan Joint Leaders Statement\"\n"
        + "date: 2025-04-05\n---\n\nPresident Alan Brooks and Prime Minister Kenji Sato held their first official"
        + " meeting today in Washington, D.C., where they affirmed their determination to pursue a new age.\n\n"
        + "The two leaders expressed their desire for cooperation under the U.S.-Japan Treaty of Mutual"
        + " Cooperation and Security.\n");
    assertEquals(List.of("US", "JP"), doc.signatories(), () -> People.listed(doc));
  }

  @Test
  void oneWordAfterARolesPartyNamedByItsAdjective_isTheNounItQualifies() {
    Document doc = parse("1. The Sides welcomed the new Chair of Indonesian Studies. It will promote research.");
    assertTrue(doc.participants().isEmpty(), () -> People.listed(doc));
  }

  @Test
  void theWholeTitleOfAnOfficer_isTheRole_notANameAfterIt() {
    Document doc = parse("1. They thanked the Chief Executive Officer of the Kazakhstan-Japan Business Council and"
        + " Chief Financial Officer Aiko Tanaka.");
    assertEquals(List.of("Aiko Tanaka"), names(doc), () -> People.listed(doc));
    assertEquals("Chief Financial Officer", doc.participants().get(0).role().orElse("-"));
  }

  @Test
  void aSecondPortfolioJoinedByAnd_belongsToTheRole_beforeTheName() {
    Document doc = parse("1. The Minister for Trade and Industry Aruzhan Bekova and the Minister of Foreign Affairs"
        + " Daniyar Omarov attended the talks.");
    assertEquals(List.of("Aruzhan Bekova", "Daniyar Omarov"), names(doc), () -> People.listed(doc));
    Document venue = parse("1. Meeting of the Minister for Trade and Industry: Grand Lake Hotel, Astana.");
    assertTrue(venue.participants().isEmpty(), () -> People.listed(venue));
  }

  @Test
  void headsWithNoParty_speakForTheTwoStatesTheirParagraphPutsBetween() {
    Document doc = PARSER.parse("en-test", "Joint Press Statement\n\nCanberra, 5 April 2025\n\nPrime Minister Alan"
        + " Brooks and Prime Minister Tomas Kila met in Canberra today. The Prime Ministers reaffirmed the close"
        + " partnership between Australia and Papua New Guinea.\n\nThey discussed trade.\n");
    assertEquals(List.of("AU", "PG"), doc.signatories(), () -> People.listed(doc));
  }

  @Test
  void theGovernmentsOfTwoStatesAsTheSubject_areTheSides() {
    Document doc = PARSER.parse("en-test", "Joint Communique\n\nHanoi, 5 April 2025\n\nThe Government of the"
        + " Republic of Chile and the Government of the Socialist Republic of Viet Nam issued this communique.\n");
    assertEquals(List.of("CL", "VN"), doc.signatories(), () -> People.listed(doc));
  }
}
