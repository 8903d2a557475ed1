package dev.entente.parser;

import static dev.entente.parser.DatedStatements.english;
import static dev.entente.parser.DatedStatements.event;
import static dev.entente.parser.DatedStatements.events;
import static dev.entente.parser.DatedStatements.russian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * Events dated by the document's own day («today», «сегодня») or month («next month»), a month without
 * its year after a cue of a plan, a wish of success for a coming event, and meetings told by a verb of
 * gathering in a city the gazetteer lacks, and a document dated by the sitting that adopted it, on
 * sentences written for these tests (none is taken from a real document).
 */
final class EventDaysAndGatheringsTest {
  private static final Parser ENGLISH = Parser.english();
  private static final Parser RUSSIAN = Parser.russian();

  @Test
  void aMeetingHeldToday_isDatedOnTheDocumentsDay() {
    // GIVEN a meeting held «today» in an English statement dated 12 November 2024
    Document doc = english("1. The Prime Minister of Canada and the President of Chile held their annual bilateral"
        + " meeting today in Ottawa and reviewed the partnership.");
    // THEN it takes the document's day
    assertEquals("2024-11-12", event(doc, "bilateral meeting").date().map(Object::toString).orElse("-"),
        () -> events(doc));
  }

  @Test
  void aSummitHeldSegodnya_isDatedOnTheDocumentsDay() {
    // GIVEN a summit held «сегодня» in a Russian statement dated 12 November 2024
    Document doc = russian("1. Сегодня в Астане состоялся саммит Республики Казахстан и Республики Узбекистан.");
    // THEN it takes the document's day
    assertEquals("2024-11-12", event(doc, "саммит").date().map(Object::toString).orElse("-"), () -> events(doc));
  }

  @Test
  void aMeetingNextMonth_isInTheMonthAfterTheDocuments() {
    // GIVEN a meeting agreed for «next month» in a text of November 2024
    Document doc = english("1. The Ministers agreed to hold the next meeting of the Joint Commission next month"
        + " in Santiago.");
    Event meeting = event(doc, "meeting of the Joint Commission");
    // THEN it is planned for December 2024
    assertEquals("2024-12", meeting.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals(EventStatus.PLANNED, meeting.status(), () -> events(doc));
  }

  @Test
  void aSessionVSleduyushchemMesyatse_isInTheMonthAfterTheDocuments() {
    // GIVEN a session that takes place «в следующем месяце» in a text of November 2024
    Document doc = russian("1. Очередное заседание Межправительственной комиссии состоится в следующем месяце"
        + " в Ташкенте.");
    // THEN it is dated December 2024
    assertEquals("2024-12", event(doc, "заседание").date().map(Object::toString).orElse("-"), () -> events(doc));
  }

  @Test
  void aYearlessMonthAfterACueOfAPlan_isNextYears() {
    // GIVEN an upcoming summit «in March» in a text of November 2024
    Document doc = english("1. The Leaders look forward to the upcoming Canada-Chile Summit in March in Santiago.");
    Event summit = event(doc, "Summit");
    // THEN it is planned for March of the next year
    assertEquals("2025-03", summit.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals(EventStatus.PLANNED, summit.status(), () -> events(doc));
  }

  @Test
  void aYearlessMonthOfAnEventHeld_staysInTheDocumentsYear() {
    // GIVEN a summit recalled as held «in March» in a text of November 2024
    Document doc = english("1. The Leaders recalled the successful Canada-Chile Summit in March in Santiago.");
    Event summit = event(doc, "Summit");
    // THEN it stays in March of the document's year
    assertEquals("2024-03", summit.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals(EventStatus.HELD, summit.status(), () -> events(doc));
  }

  @Test
  void aWishOfSuccessForAComingConference_leavesItPlanned() {
    // GIVEN «look forward to a successful» conference: a word of success after a cue of a plan
    Document doc = english("1. The two sides look forward to a successful Ocean Conference in Lisbon.");
    // THEN the conference is still to come
    assertEquals(EventStatus.PLANNED, event(doc, "Ocean Conference").status(), () -> events(doc));
  }

  @Test
  void aVerbOfGatheringInACityOfAState_isAMeetingThere_namedByTheSubjectBeforeTheStates() {
    // GIVEN ministers of a list of states who «met today» in a town the gazetteer lacks, followed by its state
    Document doc = english("1. We, the Foreign Ministers of Canada, Chile, Peru and Mexico, met today in Puerto"
        + " Varas, Chile, to discuss regional security.");
    String all = events(doc);
    // THEN the meeting is named by the words before the states, held there on the document's day
    assertTrue(all.contains("meeting of the Foreign Ministers in Puerto Varas/2024-11-12/Puerto Varas/HELD"), all);
  }

  @Test
  void aVerbOfGatheringInAnUnlistedTownOfAState_isAMeetingThere() {
    // GIVEN heads of government who met in a town the gazetteer lacks, followed by its state
    Document doc = english("We, the Heads of Government of Canada, Chile, Peru, and Mexico met in Frutillar, Chile, at"
        + " a decisive time for the region.");
    String all = events(doc);
    // THEN the meeting is held there
    assertTrue(all.contains("meeting of the Heads of Government in Frutillar/"), all);
  }

  @Test
  void aVerbOfTalkingIsNoTalks() {
    // GIVEN the verb «беседовали», whose stem is that of the noun «беседа»
    Document doc = russian("1. Президенты беседовали в Астане о сотрудничестве в области энергетики.");
    // THEN no event is named by the verb
    assertFalse(events(doc).contains("беседовали"), () -> events(doc));
  }

  @Test
  void aListOfEventsBeforeOnePlaceAndTime_sharesThemAll() {
    // GIVEN three events listed with commas and «и» before one city and one month
    Document doc = russian("1. Стороны примут участие в Медиафоруме \"Дружба\", Молодёжном форуме \"Дружба\" и"
        + " Выставке \"Дружба\" в г. Астана в мае текущего года.");
    String all = events(doc);
    // THEN each of them takes the city and the month, the first one too
    assertEquals(3, doc.events().stream().filter(e -> e.place().map(Place::name).orElse("").equals("Астана")).count(), all);
    assertEquals(3, doc.events().stream().filter(e -> e.date().map(Object::toString).orElse("").endsWith("-05")).count(), all);
  }

  @Test
  void theNounsGenitivePlural_isStillTalks() {
    // GIVEN «в ходе бесед», the genitive plural of «беседа», which the whole-word forms must keep
    Document doc = russian("1. В ходе бесед в Астане 14 мая 2024 года президенты обсудили сотрудничество в области энергетики.");
    // THEN the talks are an event
    assertTrue(events(doc).contains("бесед"), () -> events(doc));
  }

  @Test
  void aMeetingAfterAPossessiveInACity_isAMeetingThere() {
    // GIVEN «At their meeting in Santiago today»: a singular noun after a possessive, then a city
    Document doc = english("At their meeting in Santiago today, the Foreign Ministers of Canada and Chile reaffirmed"
        + " their commitment to open trade.");
    String all = events(doc);
    // THEN it is a meeting there on the document's day
    assertTrue(all.contains("meeting in Santiago/2024-11-12/Santiago"), all);
  }

  @Test
  void meetingsInThePluralAfterAPossessive_areNoOneMeeting() {
    // GIVEN «their meetings in Geneva»: a plural noun after a possessive
    Document doc = english("1. The Ministers will continue their meetings in Geneva on questions of trade.");
    // THEN no one meeting is made of it
    assertFalse(events(doc).contains("meetings in Geneva"), () -> events(doc));
  }

  @Test
  void aDateThatEndsTheName_isTheEventsDate() {
    // GIVEN talks whose name ends with a range of days
    Document doc = english("1. The two delegations held exploratory talks on June 3-4, 2024, in Ottawa and agreed on"
        + " the following.");
    // THEN the range is their date
    assertEquals("2024-06-03/2024-06-04", event(doc, "exploratory talks").date().map(Object::toString).orElse("-"),
        () -> events(doc));
  }

  @Test
  void aMonthAndYearBeforeTheName_dateTheEventToTheMonth() {
    // GIVEN a workshop whose name opens with a month and a year
    Document doc = english("1. The leaders welcomed the joint work on the March 2023 maritime security workshop in"
        + " Valparaiso, Chile.");
    Event workshop = event(doc, "workshop");
    // THEN it is dated to that month
    assertEquals("2023-03", workshop.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals(EventStatus.HELD, workshop.status(), () -> events(doc));
  }

  @Test
  void aYearThatEndsTheName_isTheEventsDate() {
    // GIVEN a conference whose name ends with «of 1998»
    Document doc = english("1. The Ministers recalled the spirit of the Lima Conference of 1998 and its call for"
        + " dialogue.");
    // THEN the year is its date
    assertEquals("1998", event(doc, "Lima Conference").date().map(Object::toString).orElse("-"), () -> events(doc));
  }

  @Test
  void theDateAndCityAfterTheNextEvent_areItsOwn_whereAClauseStandsBetween() {
    // GIVEN the next meeting, then a clause on a summit with its own date and city
    Document doc = russian("1. Стороны приветствуют проведение в Республике Узбекистан очередной встречи на высшем"
        + " уровне в соответствии с решением, принятым на Третьем саммите в мае 2023 года в Бишкеке.");
    Event meeting = event(doc, "встреча на высшем уровне");
    // THEN the meeting takes neither; its place is the state named before it
    assertEquals("-", meeting.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals("Узбекистан", meeting.place().map(Place::name).orElse("-"), () -> events(doc));
  }

  @Test
  void theDateAndCityAfterAHostEvent_areTheFirstEventsToo() {
    // GIVEN a meeting «на полях» a summit with a date and a city
    Document doc = russian("1. Встреча министров иностранных дел состоялась на полях саммита 14 мая 2024 года в"
        + " Бишкеке.");
    // THEN the meeting takes the summit's date
    assertEquals("2024-05-14", event(doc, "Встреча министров").date().map(Object::toString).orElse("-"),
        () -> events(doc));
  }

  @Test
  void anUndatedEventAfterAVerbOfGathering_wasHeld() {
    // GIVEN leaders who «met» for an undated numbered summit
    Document doc = ENGLISH.parse("en-test", "Canada-Chile Leaders' Declaration\n\nThe Prime Minister of Canada and the"
        + " President of Chile met at the Presidential Palace for the 12th Canada-Chile Summit.\n");
    // THEN the summit took place
    assertEquals(EventStatus.HELD, event(doc, "Canada-Chile Summit").status(), () -> events(doc));
  }

  @Test
  void anAdoptionLineNamingItsSittingAndDay_datesTheDocument() {
    // GIVEN a line under the title telling the plenary session the text was adopted at, and its day
    Document doc = ENGLISH.parse("en-test", "AG/RES. 21 (XL-O/10)\n\n(Adopted at the third plenary session, held on"
        + " June 8, 2010)\n\nThe General Assembly, meeting in Lima, resolves:\n\n1. To support the programme.\n");
    // THEN that day dates the document
    assertEquals("2010-06-08", doc.date().map(Object::toString).orElse("-"));
  }

  @Test
  void aParticipleAfterAnAuxiliary_tellsNoPastOfANumberedEvent() {
    // GIVEN «are committed … to advance progress at» a numbered conference
    Document doc = english("1. We are committed to work together to advance progress at the 31st Ocean Conference"
        + " and beyond.");
    // THEN the conference is still to come
    assertEquals(EventStatus.PLANNED, event(doc, "31st Ocean Conference").status(), () -> events(doc));
  }

  @Test
  void anEventOnWhoseSidelinesLeadersMet_wasHeld() {
    // GIVEN presidents meeting «на полях» a conference
    Document doc = RUSSIAN.parse("ru-test", "Совместное заявление\n\nПрезиденты Республики Казахстан и Республики"
        + " Узбекистан, встречаясь на полях конференции ШОС в Бишкеке, подтвердили приверженность сотрудничеству.\n");
    // THEN the conference took place
    assertEquals(EventStatus.HELD, event(doc, "конференция").status(), () -> events(doc));
  }

  @Test
  void aDateLineBelowAPagesNotes_datesTheDocument() {
    // GIVEN a date on a line of its own below the notes of a web page, past the first four paragraphs
    Document doc = ENGLISH.parse("en-test", "Joint Communique of Canada and Chile\n\nFrom the Archive\nJump to:"
        + " navigation, search\nJoint Communique of Canada and Chile  (1974) , translated by the Ministry of Foreign"
        + " Affairs of Chile\nIssued at Santiago.\n\ntranslation source at this link\n\nMarch 14, 1974\n\nThe Prime"
        + " Minister of Canada visited the Republic of Chile from March 8 to March 12, 1974.\n\nThe President of Chile"
        + " met the Prime Minister of Canada on March 9.\n");
    // THEN that date dates the document
    assertEquals("1974-03-14", doc.date().map(Object::toString).orElse("-"));
  }
}
