package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import dev.entente.model.Place;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * When and where an English document was adopted, on texts written for these tests (none is taken
 * from a real document): the day in the forms English pages write it, the page's own day when the
 * text gives none, and the city of the meeting.
 */
final class EnglishDocumentFieldsTest {
  private static final Parser PARSER = Parser.english();

  private static Document parse(String text) {
    return PARSER.parse("en-fields", text);
  }

  private static String date(Document doc) {
    return doc.date().map(EdtfDate::toString).orElse(null);
  }

  private static String place(Document doc) {
    return doc.place().map(Place::name).orElse(null);
  }

  @Test
  void aMonthFirstDayUnderTheTitle_datesTheDocument() {
    Document doc = parse("Joint Statement of Japan and India\n\nSaturday, January 25, 2014\n\n"
        + "1. The two Prime Ministers reaffirmed the partnership between Japan and India.\n");
    assertEquals("2014-01-25", date(doc));
  }

  @Test
  void aMeetingOverTwoDays_datesTheDocumentByItsLastDay() {
    Document doc = parse("Declaration of the Leaders of Brazil and Chile\n\n"
        + "The Leaders of Brazil and Chile met in Santiago on June 10-11, 2010 and declare the following:\n\n"
        + "1. Brazil and Chile will expand trade.\n");
    assertEquals("2010-06-11", date(doc));
    assertEquals("Santiago", place(doc));
  }

  @Test
  void anOrdinalDay_isADay() {
    Document doc = parse("Joint Communique of Kenya and Ghana\n\n"
        + "1. The Presidents of Kenya and Ghana held talks in Nairobi on the 7th of August 2018.\n");
    assertEquals("2018-08-07", date(doc));
  }

  @Test
  void theBriefingPagesDay_datesATextThatGivesNone() {
    Document doc = parse("---\ndate: '2021-03-12'\ntitle: \"Joint Statement of Japan and India\"\n---\n\n"
        + "Joint Statement of Japan and India\n\n"
        + "1. We have convened to reaffirm our commitment to cooperation between Japan and India.\n");
    assertEquals("2021-03-12", date(doc));
  }

  @Test
  void anArchivesReleaseDate_isReadDayFirst() {
    Document doc = parse("Joint Communique of Australia and Japan\n\nRelease Date: 21/04/2011\n"
        + "Release Type: Media Release\n\n"
        + "1. The Prime Ministers of Australia and Japan reaffirmed their partnership.\n");
    assertEquals("2011-04-21", date(doc));
  }

  @Test
  void aDayOfAnEarlierDocument_isNotTheDocumentsDay() {
    Document doc = parse("Joint Statement of Australia and China\n\nRelease Date: 30/10/2009\n\n"
        + "1. The two sides recalled the Joint Communique signed in Beijing on 21 December 1972 and"
        + " reaffirmed its principles.\n");
    assertEquals("2009-10-30", date(doc));
  }

  @Test
  void aCityOpeningAnOrganisationsName_isNoPlace() {
    Document doc = parse("Declaration of the Heads of State\n\n"
        + "1. The member states of the Shanghai Cooperation Organization met on 11 June 2010 and"
        + " adopted this declaration.\n");
    assertEquals("2010-06-11", date(doc));
    assertEquals(null, place(doc));
  }

  @Test
  void theCityWhereTheLeadersMet_isThePlaceWithoutADay() {
    Document doc = parse("Joint Leaders' Statement of Japan and Canada\n\n"
        + "The Prime Minister of Japan and the Prime Minister of Canada held their first official meeting"
        + " today in Ottawa, where they affirmed their partnership.\n");
    assertEquals("Ottawa", place(doc));
  }

  @Test
  void numbersThatAreNoDays_giveNoDate() {
    Document doc = parse("Joint Statement of Japan and India\n\n"
        + "1. The two sides recalled resolution A/RES/77/248 and the programme for 2018-2028.\n");
    assertEquals(Optional.empty(), doc.date());
  }
}
