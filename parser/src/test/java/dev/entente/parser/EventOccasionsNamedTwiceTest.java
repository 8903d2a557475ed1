package dev.entente.parser;

import static dev.entente.parser.DatedStatements.event;
import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import org.junit.jupiter.api.Test;

/**
 * One occasion named twice is one event: a title's short name and the body's full one, a name and
 * its alias in brackets, the same words without the ordinal or the year, a numbered meeting's short
 * form; and what is not one occasion stays two. On texts written for these tests (none is taken from
 * a real document).
 */
final class EventOccasionsNamedTwiceTest {
  private static final Parser ENGLISH = Parser.english();
  private static final Parser RUSSIAN = Parser.russian();

  @Test
  void aCitysSummitInTheTitle_isTheMeetingTheBodyNames() {
    // GIVEN a declaration titled by its city's summit whose subtitle names the meeting in full
    Document doc = ENGLISH.parse("t", "Vilnius Summit Declaration\n\nIssued by the Heads of State and Government"
        + " participating in the meeting of the North Atlantic Council in Vilnius 11-12 July 2023\n\n"
        + "1. We, the Heads of State and Government of the North Atlantic Alliance, have gathered in Vilnius"
        + " to reaffirm our unity.\n");
    // THEN the summit is that meeting: one event, with the fuller name and both mentions
    assertEquals(1, doc.events().size(), () -> events(doc));
    Event meeting = event(doc, "meeting of the North Atlantic Council");
    assertTrue(meeting.mentions().size() >= 2, () -> meeting.mentions().toString());
    assertEquals("2023-07-11/2023-07-12", meeting.date().map(Object::toString).orElse("-"), () -> events(doc));
  }

  @Test
  void anAliasInBrackets_isTheSameSession() {
    // GIVEN a session followed by the name the press gives it, in brackets
    Document doc = ENGLISH.parse("t", "Manama Declaration\n\nThe Arab leaders held the 33rd session of the"
        + " Council of the League of Arab States at summit level (Manama Summit) on May 16, 2024, in Manama.\n");
    // THEN the bracketed summit is the session, not a second event
    assertEquals(1, doc.events().size(), () -> events(doc));
    assertEquals(33, event(doc, "33rd session").ordinal().orElse(0), () -> events(doc));
  }

  @Test
  void theSameSummitWithAndWithoutItsOrdinalAndYear_isOneEvent() {
    // GIVEN a title naming the summit by its year and a body naming it by its ordinal
    Document doc = ENGLISH.parse("t", "Declaration of the EU-ASEAN Summit 2024\n\n1. We, the Heads of State or"
        + " Government of the European Union and of ASEAN, met in Brussels on 14 and 15 December 2024 for the"
        + " second EU-ASEAN Summit.\n");
    // THEN it is one summit, numbered
    assertEquals(1, doc.events().size(), () -> events(doc));
    assertEquals(2, event(doc, "EU-ASEAN Summit").ordinal().orElse(0), () -> events(doc));
  }

  @Test
  void aNumberedForumsShortForm_isTheSameForum() {
    // GIVEN a communiqué naming its forum in full and, later, by its ordinal and head alone
    Document doc = ENGLISH.parse("t", "Forum Communiqué\n\nThe 23rd Pacific Regional Forum was held in Suva,"
        + " Fiji on 3-4 August 2024.\n\n1. Leaders welcomed the reports presented to the 23rd Forum by the"
        + " Secretary General.\n\n2. Leaders recalled the decisions of the 22nd Forum.\n");
    // THEN the 23rd Forum is one event and the 22nd another
    assertEquals(1, doc.events().stream().filter(e -> e.ordinal().orElse(0) == 23).count(), () -> events(doc));
    assertTrue(events(doc).contains("23rd Pacific Regional Forum"), () -> events(doc));
    assertTrue(events(doc).contains("22nd Forum"), () -> events(doc));
  }

  @Test
  void aSummitOfAnotherCity_staysAnEventOfItsOwn() {
    // GIVEN a meeting held in one city and a conference named by another
    Document doc = ENGLISH.parse("t", "Joint Communique\n\nJakarta, 12 August 2024\n\n1. The Ministers met in"
        + " Jakarta on 12 August 2024 for the sixth Ministerial Forum.\n\n2. They looked forward to a"
        + " successful Geneva Ministerial Conference next year.\n");
    // THEN the conference of Geneva is not the forum in Jakarta
    assertTrue(events(doc).contains("Geneva"), () -> events(doc));
    assertTrue(events(doc).contains("sixth Ministerial Forum"), () -> events(doc));
  }

  @Test
  void vstrechaVMoskve_describesAMeetingAndMergesWithNoOther() {
    // GIVEN a declaration whose leaders met in Moscow and held talks there
    Document doc = RUSSIAN.parse("t", "ДЕКЛАРАЦИЯ\n\nПрезидент Республики Казахстан и Президент Киргизской"
        + " Республики, встретившись в Москве 12 ноября 2024 года, провели переговоры между главами"
        + " государств.\n");
    // THEN the meeting «в Москве» is no city's summit: it is not folded into the talks
    assertTrue(doc.events().stream().noneMatch(e -> e.name().startsWith("переговоры") && e.mentions().stream()
        .anyMatch(m -> m.text().contains("встретившись"))), () -> events(doc));
  }

  @Test
  void aShortNameAfterHereafter_leavesTheSettingToTheEvent() {
    // GIVEN a summit given a short name («hereafter called Summit») before the sentence says when and where it sat
    Document doc = ENGLISH.parse("t", "Communique\n\n1. The Extraordinary Summit of the Heads of State and Government of"
        + " the Eastern Regional Community, hereafter called Summit, was held in Nairobi, Kenya on the 14th"
        + " March, 2023.\n");
    // THEN the summit's day, city and status are those of the sentence
    assertEquals("Extraordinary Summit of the Heads of State and Government of the Eastern Regional Community/2023-03-14/Nairobi/HELD",
        events(doc));
  }

  @Test
  void theTitlesNumberedSummitAndTheBodysAbbreviatedOne_areOne() {
    // GIVEN a title naming the first summit in full and a body naming it by abbreviations, with its day
    Document doc = RUSSIAN.parse("t", "Совместное заявление по итогам первого саммита «Африканский союз – Центральная"
        + " Азия»\n\nМы, лидеры государств Центральной Азии и Африканского союза, провели наш первый саммит «АС –"
        + " ЦА» в Астане, Казахстан, 12 ноября 2024 года и заявляем следующее:\n\n1. Мы подчеркиваем важность"
        + " дальнейшего углубления сотрудничества.\n");
    // THEN the first summit of the document's day is one event, named in full
    assertEquals(1, doc.events().size(), () -> events(doc));
    assertTrue(events(doc).contains("Африканский союз"), () -> events(doc));
    assertEquals(2, doc.events().get(0).mentions().size(), () -> events(doc));
  }

  @Test
  void anOrdinalsTensWrittenApart_numberTheSessionAndItIsTheBodysToo() {
    // GIVEN a title that writes the ordinal without its hyphen and a body that writes it with one
    Document doc = ENGLISH.parse("t", "Final Communique of the Sixty Second Ordinary Session of the Authority of Heads"
        + " of State of the Regional Community\n\n1. The Sixty-Second Ordinary Session of the Authority of Heads of"
        + " State and Government was held in Abuja on 10 December 2023.\n");
    // THEN the session is the 62nd, and one event
    assertEquals(1, doc.events().size(), () -> events(doc));
    assertEquals(62, doc.events().get(0).ordinal().orElse(0), () -> events(doc));
  }

  @Test
  void aPagesTimestampUnderTheTitle_isNotTheDayOfAdoption() {
    // GIVEN a news archive's page: a title, the time it was posted, and the communiqué telling its own session's day
    Document doc = ENGLISH.parse("t", "Final Communique: Forty-Sixth Ordinary Session of the Authority of Heads of State"
        + "\n\nMar 21, 2015, 10:42 AM\n\n1. The Forty-Sixth Ordinary Session of the Authority of Heads of State and"
        + " Government was convened in Abuja, Federal Republic of Nigeria, on 14 March 2015.\n");
    // THEN the document is of the session's day, not of the posting's
    assertEquals("2015-03-14", doc.date().map(Object::toString).orElse("-"), () -> events(doc));
  }
}
