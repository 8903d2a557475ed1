package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Meetings of standing bodies as multilateral texts name them, on sentences written for these tests:
 * the body after «meeting of the» is a mechanism too, a name with its abbreviation in brackets is the
 * name without it, a forum numbered in digits names its series after the ordinal's letters, a troika
 * or a quartet is a format, heads of state who attend a meeting do not adopt its press release, and a
 * level with its preposition («Heads of State») stays inside a name.
 */
final class EnglishMeetingsOfBodiesTest {
  private static final Parser PARSER = Parser.english();

  private static Document parse(String title, String body) {
    return PARSER.parse("en-test", title + "\n\nAstana, 14 May 2025\n\n" + body + "\n");
  }

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  private static List<String> events(Document doc) {
    return doc.events().stream().map(Event::name).collect(Collectors.toList());
  }

  @Test
  void aMeetingOfACouncil_isAnEvent_andTheCouncilAMechanism() {
    Document doc = parse("Joint Statement of the Republic of Kazakhstan and Japan",
        "1. The Sides welcomed the meeting of the Steppe Water Council in Astana on 13 May 2025.");
    assertEquals(List.of("Steppe Water Council"), mechanisms(doc), () -> "events " + events(doc));
    assertEquals(List.of("meeting of the Steppe Water Council"), events(doc));
  }

  @Test
  void aBodyNamedWithAndWithoutItsOrganisationsAbbreviation_isOneBody() {
    Document doc = parse("Press Communiqué of the Meeting of the Council of Foreign Ministers of the Shanghai Cooperation Organization",
        "On May 13 and 14, 2025, the Meeting of the Council of Foreign Ministers of the Shanghai Cooperation Organization"
            + " (SCO) was held in Astana.");
    assertEquals(1, mechanisms(doc).size(), () -> "mechanisms " + mechanisms(doc));
    assertEquals(1, events(doc).size(), () -> "events " + events(doc));
    assertEquals("2025-05-13/2025-05-14", doc.events().get(0).date().map(Object::toString).orElse("none"));
  }

  @Test
  void aForumNumberedInDigits_namesItsSeriesWithoutTheOrdinalsLetters() {
    Document doc = parse("Joint Statement of the Republic of Kazakhstan and Japan",
        "1. The Prime Minister also took part in the 7th Steppe Investment Forum as the Chief Guest.");
    assertTrue(mechanisms(doc).stream().noneMatch(m -> m.startsWith("th ")), () -> "mechanisms " + mechanisms(doc));
    assertTrue(events(doc).contains("7th Steppe Investment Forum"), () -> "events " + events(doc));
  }

  @Test
  void aTroikaOrQuartet_isAFormat_andACapitalisedHeadAfterAnOrganisation_isItsBody() {
    Document doc = parse("Joint Statement of the Republic of Kazakhstan and Japan",
        "1. The Sides welcomed the work of the OSCE Troika and of the Steppe Quartet within the APEC forum.");
    assertEquals(List.of("OSCE Troika", "Steppe Quartet"), mechanisms(doc));
  }

  @Test
  void headsOfStateWhoAttendAnOrganisationsMeeting_doNotAdoptItsPressRelease() {
    // GIVEN a press release on a meeting of an organisation's council that heads of state attended
    Document doc = parse("Press release on the results of the Shanghai Cooperation Organisation Heads of State Council Meeting",
        "The meeting was held on 13-14 May 2025 in Astana. President of the Republic of Kazakhstan Kassym-Jomart Tokayev"
            + " and President of the Kyrgyz Republic Sadyr Japarov attended the meeting.");
    // THEN the organisation the title names is the side, and the heads are participants
    assertEquals(List.of("SCO"), doc.signatories());
    assertEquals(2, doc.participants().size(), () -> "participants " + doc.participants());
  }

  @Test
  void aLevelInsideAName_andTheTitlesMeetingToldAgainInTheBody_areOneMeeting() {
    Document doc = parse("Press release on the results of the Shanghai Cooperation Organisation Heads of State Council Meeting",
        "The meeting of the Heads of State Council of the Shanghai Cooperation Organisation was held on 13-14 May 2025"
            + " in Astana.");
    assertEquals(1, events(doc).size(), () -> "events " + events(doc));
    assertEquals("Shanghai Cooperation Organisation Heads of State Council Meeting", events(doc).get(0));
  }
}
