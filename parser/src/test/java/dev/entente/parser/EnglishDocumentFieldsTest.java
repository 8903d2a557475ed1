package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import dev.entente.model.Place;
import dev.entente.model.Participant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * When and where an English document was adopted, who adopted it and whom the named people speak
 * for, on texts written for these tests (none is taken from a real document): the day in the forms
 * English pages write it, the page's own day when the text gives none, the city of the meeting; the
 * sides of «We, the leaders of …», an organisation's own texts; the parties of signature blocks.
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

  private static String parties(Document doc) {
    return doc.participants().stream().map(p -> p.name() + "=" + p.party().orElse("-"))
        .collect(Collectors.joining(", "));
  }

  @Test
  void anOrganisationBesideAState_isASideOfWeTheLeaders() {
    Document doc = parse("Joint Statement\n\nWe, the leaders of the European Union (EU) and Japan, reaffirm our"
        + " close partnership.\n\n2. We will expand trade.\n");
    assertEquals(List.of("EU", "JP"), doc.signatories().stream().sorted().collect(Collectors.toList()));
  }

  @Test
  void theHeadsWhoAttend_areNoSides_theForumsTextIsTheForums() {
    Document doc = parse("FORUM COMMUNIQUE\n\nThe Tenth Pacific Islands Forum was held in Suva, Fiji on 3 May 2021,"
        + " and was attended by the Heads of State and Government of Australia, Fiji, Samoa and Tonga.\n\n"
        + "2. Leaders welcomed the report.\n");
    assertEquals(List.of("PIF"), doc.signatories());
  }

  @Test
  void anOrgansDecision_isItsOrganisations() {
    Document doc = parse("COMMUNIQUE\n\nThe Peace and Security Council of the African Union (AU), at its 500th"
        + " meeting held on 2 March 2015, adopted the following decision:\n\n1. Takes note of the report by Chad.\n");
    assertEquals(List.of("AFRICAN_UNION"), doc.signatories());
  }

  @Test
  void aSignatureBlockRunTogether_givesEachNameTheStateAfterIt() {
    Document doc = parse("Declaration on Ocean Partnership\n\n1. We will protect the ocean.\n\n"
        + "Prime Minister Anna Lund of Tonga  \nPresident Peter Gray of the Republic of Palau  \n"
        + "Ambassador Maria Stone of the Republic of Vanuatu\n");
    assertEquals("Anna Lund=TO, Peter Gray=PW, Maria Stone=VU", parties(doc));
  }

  @Test
  void aRoleHeldByOneSide_givesItsPartyToTheOthersInIt_andARoleNamesItsOwnParty() {
    Document doc = parse("Joint Statement of Australia and Chile\n\n1. Prime Minister Tom Reed welcomed President"
        + " of the European Council Ursula von der Berg and Minister for Trade Jane Doe of Chile. They recalled"
        + " the visit of former Australian Prime Minister Ned Low.\n");
    assertEquals("Tom Reed=AU, Ursula von der Berg=EU, Jane Doe=CL, Ned Low=AU", parties(doc));
  }

  @Test
  void aRomanSectionNumber_isNoInitial() {
    Document doc = parse("Joint Declaration of Japan and Chile\n\nI. Strategic Partnership\n\n"
        + "1. Japan and Chile reaffirmed their partnership.\n");
    assertEquals("", parties(doc));
  }

  @Test
  void aSitesPressReleaseSection_isNoKindBeforeTheDocumentsOwn() {
    Document doc = parse("Press Releases European Council: Joint Statement EU-Chile Summit 2024\n\n"
        + "We, the leaders of the European Union (EU) and Chile, reaffirm our partnership.\n");
    assertEquals(dev.entente.model.DocumentKind.JOINT_STATEMENT, doc.kind());
  }
  @Test
  void twoHoldersOfOneRoleInOneSentence_serveTheTwoSides() {
    // GIVEN a statement of two states whose two prime ministers meet in one sentence, one named with his state
    Document doc = parse("Joint Statement of Norway and Canada\n\n1. Canadian Prime Minister Tom Reed"
        + " welcomed Prime Minister Ola Berg to Ottawa. Prime Minister Berg thanked Canada.\n");
    // THEN the other serves the other side, and «to Canada» after a name is where he goes, not his party
    assertEquals("Tom Reed=CA, Ola Berg=NO", parties(doc));
  }

  @Test
  void officialsNamedWithoutAState_serveTheHost() {
    // GIVEN a visit between two states, adopted in the host's capital, whose officials are named without a state
    Document doc = parse("Joint Statement of Norway and Canada\n\nOttawa, 3 May 2019\n\n1. Norwegian Prime"
        + " Minister Ola Berg visited Canada. He met Governor General Ann Stone and Minister for Finance Jim Park.\n");
    // THEN they serve the host
    assertEquals("Ottawa", place(doc));
    assertEquals("Ola Berg=NO, Ann Stone=CA, Jim Park=CA", parties(doc));
  }
  @Test
  void aCityBeforeTheKindOrClosingTheTitle_isThePlace() {
    // GIVEN titles that name the city before their kind, or close with it (and its state)
    assertEquals("Fortaleza", place(parse("Fortaleza Declaration\n\n1. The leaders agreed to expand trade.\n")));
    assertEquals("New Delhi", place(parse("Joint Declaration on Water Cooperation New Delhi\n\n"
        + "1. The two sides agreed to share data.\n")));
    assertEquals("New Delhi", place(parse("Joint Statement with Prime Minister Rao, New Delhi, India\n\n"
        + "1. The two sides agreed to share data.\n")));
    // THEN a city inside the title's topic is none
    assertEquals(null, place(parse("Joint Statement on the Tokyo Water Forum\n\n1. The sides agreed.\n")));
  }

  @Test
  void aLineThatIsAPlaceAlone_underTheDate_isThePlace() {
    // GIVEN a communiqué whose date line is followed by a line naming the city and its state
    Document doc = parse("COMMUNIQUE\n\n12 March 2015\nAddis Ababa, Ethiopia\n\n1. Council takes note of the report.\n");
    // THEN that city is the place
    assertEquals("Addis Ababa", place(doc));
  }

  @Test
  void aTownTheGazetteerLacks_beforeAStateInTheDateline_isThePlace() {
    Document doc = parse("Joint Statement of Iceland and Canada\n\nHveragerdi, Iceland, 26 June 2023\n\n"
        + "The two Prime Ministers reaffirmed the partnership between Iceland and Canada.\n");
    assertEquals("Hveragerdi", place(doc));
    assertEquals("2023-06-26", date(doc));
  }
}
