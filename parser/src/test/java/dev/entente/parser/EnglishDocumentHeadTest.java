package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.EdtfDate;
import dev.entente.model.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The head of an English document in the house styles of 1960–2025: who signs it (an organisation
 * whose body adopts it, the states whose heads or ministers meet, a signature block) and its own
 * kind, day and city (a dateline, a closing line, the lead-in, the title; never the day of another
 * text it recalls). Every text is written for these tests.
 */
final class EnglishDocumentHeadTest {
  private static final Parser PARSER = Parser.english();

  private static Document parse(String text) {
    return PARSER.parse("en-head", text);
  }

  private static String date(Document doc) {
    return doc.date().map(EdtfDate::toString).orElse(null);
  }

  private static String place(Document doc) {
    return doc.place().map(Place::name).orElse(null);
  }

  @Test
  void aNumberedForumInTheTitle_parses_andTheForumSigns() {
    // GIVEN a forum's communiqué whose title numbers the forum, over a city and a range of days
    Document doc = parse("Forty-Eighth Pacific Islands Forum Communiqué\n\nApia, Samoa\n5-8 September 2017\n\n"
        + "1. The Forty-Eighth Pacific Islands Forum was held in Apia, Samoa from 5 to 8 September 2017 and was"
        + " attended by Heads of State and Government of Australia, Fiji, Nauru, New Zealand and Samoa.\n\n"
        + "2. Leaders welcomed the Blue Pacific narrative.\n");
    // THEN the forum adopts it, on its last day, where it met
    assertEquals(List.of("PIF"), doc.signatories());
    assertEquals(DocumentKind.COMMUNIQUE, doc.kind());
    assertEquals("2017-09-08", date(doc));
    assertEquals("Apia", place(doc));
  }

  @Test
  void aMeetingWithoutItsYear_takesTheYearOfTheText() {
    Document doc = parse("Communiqué of the Forty-Ninth Pacific Islands Forum\n\n"
        + "1. The Forty-Ninth Pacific Islands Forum met in Nuku'alofa on 20–21 September. Leaders endorsed the"
        + " Boe Declaration.\n\n2. Leaders noted the report on fisheries in 2018.\n");
    assertEquals(List.of("PIF"), doc.signatories());
    assertEquals("2018-09-21", date(doc));
  }

  @Test
  void twoHeadsNamedByTitleAlone_underADateline_signForTheirStates() {
    // GIVEN a dateline and two presidents named by their titles and states, with no names
    Document doc = parse("JOINT COMMUNIQUE\n\nWASHINGTON, May 5, 2023 — The President of the United States and the"
        + " President of the Philippines met at the White House today.\n\n"
        + "The two leaders reaffirmed the alliance between the United States and the Philippines.\n");
    // THEN their states sign it, on the dateline's day and in its city
    assertEquals(List.of("PH", "US"), sorted(doc.signatories()));
    assertEquals("2023-05-05", date(doc));
    assertEquals("Washington", place(doc));
  }

  @Test
  void aPrimeMinisterAndAPresidentByTitle_signForTheirStates() {
    Document doc = parse("Joint Statement\n\nThe Prime Minister of India and the President of the Republic of"
        + " Indonesia held talks in New Delhi on 25 January 2018. The two leaders reviewed the strategic partnership.\n");
    assertEquals(List.of("ID", "IN"), sorted(doc.signatories()));
    assertEquals("2018-01-25", date(doc));
    assertEquals("New Delhi", place(doc));
  }

  @Test
  void twoForeignMinistersByTitle_signAJointPressRelease() {
    // GIVEN two ministers named by title alone
    Document doc = parse("Joint Press Release\n\nThe Minister of Foreign Affairs of Japan and the Minister of Foreign"
        + " Affairs of the Republic of Korea met in Tokyo on 14 June 2014 and discussed the situation on the Korean"
        + " Peninsula.\n");
    // THEN their states sign it, a press release
    assertEquals(List.of("JP", "KR"), sorted(doc.signatories()));
    assertEquals(DocumentKind.PRESS_RELEASE, doc.kind());
  }

  @Test
  void headsByTitleInTheFirstPoint_underAnIssuedLine_signForTheirStates() {
    // GIVEN an «Issued at» line under the title, a first point naming two prime ministers, and an earlier text's day
    Document doc = parse("Joint Communiqué\n\nIssued at Port Moresby, Papua New Guinea, on 12 March 2008\n\n"
        + "1. The Prime Minister of Papua New Guinea and the Prime Minister of Australia met in Port Moresby. They"
        + " recalled the Joint Declaration of Principles signed in Canberra on 27 February 1987.\n");
    // THEN their states sign it, on the day and in the city of the line
    assertEquals(List.of("AU", "PG"), sorted(doc.signatories()));
    assertEquals("2008-03-12", date(doc));
    assertEquals("Port Moresby", place(doc));
  }

  @Test
  void aCaribbeanConferenceOfHeadsOfGovernment_isTheCommunitysText() {
    Document doc = parse("Communiqué of the Thirty-Second Meeting of the Conference of Heads of Government of the"
        + " Caribbean Community\n\nThe Thirty-Second Regular Meeting of the Conference of Heads of Government of the"
        + " Caribbean Community (CARICOM) was held in Basseterre, St. Kitts and Nevis, on 1-4 July 2011. The Prime"
        + " Minister of St. Kitts and Nevis, the Honourable Denzil Douglas, chaired the meeting.\n\n"
        + "Heads of Government welcomed the progress of the single market and economy.\n");
    assertEquals(List.of("CARICOM"), doc.signatories());
    assertEquals("2011-07-04", date(doc));
    assertEquals("Basseterre", place(doc));
  }

  @Test
  void aChairmansStatementOfASummit_isTheOrganisations_andOfNoJointKind() {
    Document doc = parse("Chairman's Statement of the 28th ASEAN Summit\n\nVientiane, 6-7 September 2016\n\n"
        + "1. The 28th ASEAN Summit was held in Vientiane, Lao PDR on 6-7 September 2016 under the chairmanship of"
        + " the Lao People's Democratic Republic.\n\n2. We reaffirmed our commitment to the ASEAN Community Vision 2025.\n");
    assertEquals(List.of("ASEAN"), doc.signatories());
    assertEquals(DocumentKind.OTHER, doc.kind());
    assertEquals("2016-09-07", date(doc));
    assertEquals("Vientiane", place(doc));
  }

  @Test
  void aCouncilOfMinistersInCapitals_isItsOrganisations() {
    Document doc = parse("FINAL COMMUNIQUÉ OF THE ANNUAL MEETING OF THE COUNCIL OF MINISTERS\n\n"
        + "The Council of Ministers of the Gulf Cooperation Council met in Riyadh on 15 March 1998 under the"
        + " chairmanship of the Minister of Foreign Affairs of Saudi Arabia.\n\n"
        + "The Council reviewed the situation in the region.\n");
    assertEquals(List.of("GCC"), doc.signatories());
    assertEquals(DocumentKind.COMMUNIQUE, doc.kind());
    assertEquals("1998-03-15", date(doc));
  }

  @Test
  void theForeignMinistersOfTheMemberStates_speakForTheOrganisation() {
    Document doc = parse("Joint Press Release of the Meeting of Foreign Ministers\n\nThe Foreign Ministers of the member"
        + " states of the Shanghai Cooperation Organisation met in Astana on 20 April 2017.\n\n"
        + "The Ministers discussed the preparations for the summit in June.\n");
    assertEquals(List.of("SCO"), doc.signatories());
    assertEquals(DocumentKind.PRESS_RELEASE, doc.kind());
    assertEquals("Astana", place(doc));
  }

  @Test
  void weTheHeadsOfTheMemberStates_meetingIn_isTheOrganisations() {
    Document doc = parse("Declaration of the 14th Summit of the Organisation of Islamic Cooperation\n\n"
        + "We, the Kings, Heads of State and Government of the member states of the Organisation of Islamic"
        + " Cooperation, meeting in Makkah on 31 May 2019,\n\nReaffirm our commitment to the Charter.\n");
    assertEquals(List.of("OIC"), doc.signatories());
    assertEquals("2019-05-31", date(doc));
    assertEquals("Makkah", place(doc));
  }

  @Test
  void weTheHeadsOfStatesListedByName_signForTheirStates() {
    Document doc = parse("Johannesburg II Declaration\n\nWe, the Heads of State and Government of the Federative Republic"
        + " of Brazil, the Russian Federation, the Republic of India, the People's Republic of China and the Republic of"
        + " South Africa, met in Johannesburg, South Africa, from 22 to 24 August 2023 for the XV BRICS Summit.\n\n"
        + "1. We reaffirm our commitment to the BRICS spirit.\n");
    assertEquals(List.of("BR", "CN", "IN", "RU", "ZA"), sorted(doc.signatories()));
    assertEquals("2023-08-24", date(doc));
    assertEquals("Johannesburg", place(doc));
  }

  @Test
  void aLeagueCouncilAtTheSummitLevel_isTheLeagues() {
    Document doc = parse("Jeddah Declaration\n\nThe Council of the League of Arab States at the Summit Level, meeting"
        + " in its 32nd ordinary session in Jeddah on 19 May 2023,\n\nAffirms the centrality of the Palestinian cause.\n");
    assertEquals(List.of("LAS"), doc.signatories());
    assertEquals(DocumentKind.DECLARATION, doc.kind());
    assertEquals("2023-05-19", date(doc));
  }

  @Test
  void primeMinistersWhoSignUnderADoneAtLine_signForTheirStates() {
    Document doc = parse("Lahore Declaration\n\nThe Prime Ministers of the Republic of India and the Islamic Republic of"
        + " Pakistan:\n\nSharing a vision of peace and stability between their countries,\n\nHave agreed as follows.\n\n"
        + "Done at Lahore on 21 February 1999.\n\nAtal Sharma\nPrime Minister of the Republic of India\n\n"
        + "Imran Qadir\nPrime Minister of the Islamic Republic of Pakistan\n");
    assertEquals(List.of("IN", "PK"), sorted(doc.signatories()));
    assertEquals("1999-02-21", date(doc));
    assertEquals("Lahore", place(doc));
  }

  @Test
  void twoStatesAsSubject_andAPlaceAndDayClosingTheText() {
    Document doc = parse("Joint Communiqué of the Government of Japan and the Government of the People's Republic of"
        + " China\n\nJapan and the People's Republic of China are neighbouring countries. The Government of Japan and"
        + " the Government of the People's Republic of China agree to establish diplomatic relations.\n\n"
        + "Peking, September 29, 1972\n");
    assertEquals(List.of("CN", "JP"), sorted(doc.signatories()));
    assertEquals("1972-09-29", date(doc));
    assertEquals("Peking", place(doc));
  }

  @Test
  void aDoneAtLineThatCountsTheDay_datesAndPlacesTheAgreement() {
    // GIVEN «Done … at New Delhi on this the 5th day of December 2005»
    Document doc = parse("Agreement on Cultural Cooperation between the Republic of India and the Kingdom of Thailand\n\n"
        + "The Republic of India and the Kingdom of Thailand have agreed as follows:\n\n"
        + "Article 1. The Parties shall promote exchanges.\n\n"
        + "Done in duplicate at New Delhi on this the 5th day of December 2005 in the Hindi, Thai and English languages.\n");
    // THEN the day and the city of that line
    assertEquals(List.of("IN", "TH"), sorted(doc.signatories()));
    assertEquals(DocumentKind.AGREEMENT, doc.kind());
    assertEquals("2005-12-05", date(doc));
    assertEquals("New Delhi", place(doc));
  }

  @Test
  void aPlaceLineOverADateLineClosingTheText_beatsTheDaysOfEarlierTexts() {
    // GIVEN points that recall two earlier texts by their days, and «Singapore ⏎ 12 January 2019» closing the text
    Document doc = parse("Joint Statement\n\n1. The Prime Minister of Malaysia visited Singapore from 10 to 12 January"
        + " 2019.\n\n2. The leaders recalled the Points of Agreement of 27 November 1990 and the agreement signed in"
        + " Kuala Lumpur on 3 March 2011.\n\nSingapore\n12 January 2019\n");
    // THEN the closing lines date and place it
    assertEquals("2019-01-12", date(doc));
    assertEquals("Singapore", place(doc));
  }

  @Test
  void weTheHeadsOfAnOrganisation_onALineEndingInAComma_isTheOrganisations() {
    // GIVEN the subject and its participle of meeting on a line that ends in a comma, its verb in the first point
    Document doc = parse("Malabo Declaration\n\nWe, the Heads of State and Government of the African Union, meeting at"
        + " the 23rd Ordinary Session of our Assembly in Malabo on 26-27 June 2014,\n\n1. Commit to ending hunger by 2025.\n");
    // THEN the organisation adopts it
    assertEquals(List.of("AFRICAN_UNION"), doc.signatories());
    assertEquals("2014-06-27", date(doc));
    assertEquals("Malabo", place(doc));
  }

  @Test
  void aDayTheBodyTellsWithAnotherCityThanTheTitles_isAnotherOccasions() {
    // GIVEN a declaration named by its city, an archive's release day, and a body that recalls an announcement elsewhere
    Document doc = parse("Suva Declaration\n\nRelease Date: 06/03/2008\nRelease Type: Media Release\n\n"
        + "     * The Government of Australia is committed to a new era of cooperation with the island nations.\n\n"
        + "     * As we announced in Canberra on 27 February, the Government of Australia will work more closely with"
        + " its partners.\n");
    // THEN the document is the title's city's, on the page's day
    assertEquals("Suva", place(doc));
    assertEquals("2008-03-06", date(doc));
  }

  @Test
  void aDoneLineWithoutItsYear_beatsTheDayOfAnEventTheTextOpensWith() {
    // GIVEN a text that opens with the launch of its panels on one day and closes «Done this 14th day of August in …»
    Document doc = parse("Joint Statement\n\nThe Implementing Panels of the two Parties were formally launched on 13 August"
        + " 2016 in Kuala Lumpur, Malaysia. The Parties agreed on the terms of reference.\n\n"
        + "The Parties thanked the facilitator for his guidance.\n\nDone this 14th day of August in Kuala Lumpur, Malaysia.\n");
    // THEN the closing formula dates it
    assertEquals("2016-08-14", date(doc));
    assertEquals("Kuala Lumpur", place(doc));
  }

  @Test
  void aReleaseDayWithinAVisit_isTheDayTheStatementWasIssued_andAfterTheVisitTheLastDayIs() {
    // GIVEN an archive's release day inside the visit the statement reports
    Document within = parse("Australia-China Joint Statement\n\nRelease Date: 30/10/2009\nRelease Type: Media Release\n\n"
        + "At the invitation of the Government of Australia, the Vice Premier of China made an official visit to Australia"
        + " from 29 October to 1 November 2009.\n\n1. The two sides agreed to deepen cooperation.\n");
    // THEN the release day dates it
    assertEquals("2009-10-30", date(within));
    // AND with no page day, a meeting's text is adopted as it closes
    Document closing = parse("Australia-China Joint Statement\n\nAt the invitation of the Government of Australia, the Vice"
        + " Premier of China made an official visit to Australia from 29 October to 1 November 2009.\n\n"
        + "1. The two sides agreed to deepen cooperation.\n");
    assertEquals("2009-11-01", date(closing));
  }

  @Test
  void aTextRunIntoOneLine_thatOpensWithAKindInCapitals_isOfThatKind() {
    // GIVEN a declaration whose heading and body a site ran into one long line
    StringBuilder body = new StringBuilder("DECLARATION of the Fifth Meeting of the Council of Heads of Member States of the"
        + " Shanghai Cooperation Organization (June 15, 2005, Astana) The fifth meeting of the Council was held on June 15,"
        + " 2005 in Astana. The participants hereby declare the following:");
    for (int i = 1; i <= 12; i++) {
      body.append(' ').append(i).append(". The member states will deepen their cooperation in trade and in security.");
    }
    Document doc = parse(body + "\n");
    // THEN the capitals give its kind
    assertEquals(DocumentKind.DECLARATION, doc.kind());
    // AND a capitalised kind inside a sentence that opens a text does not
    Document sentence = parse("Declaration of intent was the subject of the talks the two ministers held in Astana on 15 June"
        + " 2005, and they agreed to meet again.\n");
    assertEquals(DocumentKind.OTHER, sentence.kind());
  }

  @Test
  void aSignatureBlockOfGovernmentsInCapitals_runTogetherOnOneLine_signsForTheStates() {
    // GIVEN nothing but a signature block in two columns run together names the sides
    Document doc = parse("Joint Statement on Maritime Cooperation\n\n1. Both sides agreed to strengthen maritime cooperation.\n\n"
        + "2. Both sides will hold regular consultations.\n\nJakarta, 4 March 2019\n\n"
        + "FOR THE GOVERNMENT OF AUSTRALIA          FOR THE GOVERNMENT OF THE REPUBLIC OF INDONESIA\n");
    assertEquals(List.of("AU", "ID"), sorted(doc.signatories()));
    assertEquals("Jakarta", place(doc));
  }

  @Test
  void forTheStatesAfterColons_signTheCommunique_butForInASentenceIsNoBlock() {
    Document doc = parse("Joint Communiqué\n\n1. The two sides agreed to establish diplomatic relations.\n\n"
        + "Done at Beijing on 5 October 1975.\n\nFor Japan:                          For the People's Republic of China:\n");
    assertEquals(List.of("CN", "JP"), sorted(doc.signatories()));
    assertEquals("1975-10-05", date(doc));
    Document sentence = parse("Statement\n\nThe spokesperson said the decision was good for Japan and for China and for the"
        + " region.\n");
    assertEquals(List.of(), sentence.signatories());
  }

  @Test
  void aVisitAtTheInvitationOfTheHost_namesBothHeadsAsTheSidesOfAJointText() {
    // GIVEN a joint statement that opens with a visit, its heads named by title alone
    Document doc = parse("Joint Statement\n\nThe Prime Minister of Japan paid an official visit to Viet Nam from 12 to 14"
        + " November 2022 at the invitation of the Prime Minister of Viet Nam.\n\n"
        + "1. The two Prime Ministers agreed to upgrade relations.\n");
    assertEquals(List.of("JP", "VN"), sorted(doc.signatories()));
    assertEquals("2022-11-14", date(doc));
    // AND a press release that reports such a visit is no joint text of both
    Document release = parse("Press Release\n\nThe Prime Minister of Japan paid an official visit to Viet Nam from 12 to 14"
        + " November 2022 at the invitation of the Prime Minister of Viet Nam.\n");
    assertEquals(List.of(), release.signatories());
  }

  @Test
  void theForumsAndTheConferencesOlderNames_areTheirOrganisations() {
    // GIVEN the Pacific Islands Forum under its name before 2000, and the OIC's council of foreign ministers
    Document forum = parse("Twentieth South Pacific Forum: Final Communiqué\n\n1. The Twentieth South Pacific Forum was"
        + " held in Tarawa, Kiribati, on 10-11 July 1989. The Forum was attended by the Heads of Government of Australia,"
        + " the Cook Islands, Fiji and Kiribati.\n\n2. The Forum welcomed the report of the Secretariat.\n");
    assertEquals(List.of("PIF"), forum.signatories());
    assertEquals("1989-07-11", date(forum));
    Document conference = parse("Final Communiqué\n\nThe Islamic Conference of Foreign Ministers held its Twenty-Fifth"
        + " Session in Doha, State of Qatar, from 15 to 17 March 1998.\n\nThe Conference reviewed the situation.\n");
    assertEquals(List.of("OIC"), conference.signatories());
    assertEquals("Doha", place(conference));
  }

  @Test
  void aClosingFormulaThatWritesTheDayInWords_datesTheText() {
    // GIVEN «Signed at Dacca on the nineteenth day of March, 1972»
    Document treaty = parse("Treaty of Friendship between India and Bangladesh\n\nThe Republic of India and the People's"
        + " Republic of Bangladesh have agreed as follows:\n\nArticle 1. The contracting parties shall respect each"
        + " other's sovereignty.\n\nSigned at Dacca on the nineteenth day of March, 1972.\n");
    assertEquals("1972-03-19", date(treaty));
    assertEquals("Dacca", place(treaty));
    assertEquals(List.of("BD", "IN"), sorted(treaty.signatories()));
  }

  @Test
  void aClosingFormulaThatWritesTheYearInWords_datesTheText() {
    // GIVEN a declaration dated only by «this Twenty-Second Day of November in the Year Two Thousand and Fifteen»
    Document doc = parse("Kuala Lumpur Declaration on the ASEAN Community\n\nWe, the Heads of State and Government of the"
        + " Member States of the Association of Southeast Asian Nations (ASEAN), on the occasion of the 27th ASEAN Summit,"
        + "\n\n1. Hereby declare the establishment of the ASEAN Community.\n\nDone at Kuala Lumpur, Malaysia, this"
        + " Twenty-Second Day of November in the Year Two Thousand and Fifteen.\n");
    assertEquals("2015-11-22", date(doc));
    assertEquals("Kuala Lumpur", place(doc));
    assertEquals(List.of("ASEAN"), doc.signatories());
    // AND the older form of the year, and a count of people after an ordinal's month, read as they should
    Document old = parse("Declaration\n\nThe Ministers met in Bangkok.\n\nDone in Bangkok on the Eighth Day of August"
        + " in the Year One Thousand Nine Hundred and Sixty-Seven.\n");
    assertEquals("1967-08-08", date(old));
    Document count = parse("Joint Statement\n\nThe leaders met in Delhi on 4 March 2019 and agreed that by the first of"
        + " March two hundred students will be exchanged.\n");
    assertEquals("2019-03-04", date(count));
  }

  @Test
  void aMonthAbbreviatedWithAStop_keepsItsYear() {
    // GIVEN a dateline in capitals with «JAN.»
    Document doc = parse("India-Indonesia Joint Statement\n\nNEW DELHI, 25 JAN. 2018\n\n"
        + "1. The two sides agreed to deepen the partnership.\n");
    assertEquals("2018-01-25", date(doc));
    assertEquals("New Delhi", place(doc));
  }

  @Test
  void ministersByTitleAndPortfolio_inASubjectEndingInAColon_signForTheirStates_notTheOrganisationTheyFound() {
    // GIVEN five ministers named by title and portfolio over «Do hereby declare», founding an association
    Document doc = parse("The ASEAN Declaration (Bangkok Declaration)\n\nThe Presidium Minister for Political Affairs of"
        + " Indonesia, the Deputy Prime Minister of Malaysia, the Secretary of Foreign Affairs of the Philippines, the"
        + " Minister for Foreign Affairs of Singapore and the Minister of Foreign Affairs of Thailand:\n\n"
        + "Mindful of the existence of mutual interests,\n\nDo hereby declare the establishment of an Association for"
        + " Regional Cooperation.\n\nDone in Bangkok on the Eighth Day of August in the Year One Thousand Nine Hundred"
        + " and Sixty-Seven.\n");
    // THEN the five states sign it
    assertEquals(List.of("ID", "MY", "PH", "SG", "TH"), sorted(doc.signatories()));
    assertEquals("1967-08-08", date(doc));
    assertEquals("Bangkok", place(doc));
  }

  @Test
  void aStatementByAnOrganisationsChair_isTheOrganisations_notTheStateItSpeaksOf() {
    // GIVEN a statement whose title names its author by role and its subject after «on»
    Document doc = parse("Statement by the Chairperson of the African Union Commission on the Situation in Sudan\n\n"
        + "Addis Ababa, 15 April 2023\n\nThe Chairperson of the African Union Commission expresses deep concern over"
        + " the fighting in Sudan.\n");
    assertEquals(List.of("AFRICAN_UNION"), doc.signatories());
    assertEquals(DocumentKind.OTHER, doc.kind());
    assertEquals("Addis Ababa", place(doc));
  }

  @Test
  void aGovernmentThatInvitesAHead_isASideOfTheVisitsCommunique() {
    Document doc = parse("Joint Communique\n\n1. At the invitation of the Government of the Republic of Kenya, the President"
        + " of the United Republic of Tanzania paid a state visit to Kenya from 3 to 5 June 1975.\n\n"
        + "2. The two Presidents held talks in Nairobi.\n");
    assertEquals(List.of("KE", "TZ"), sorted(doc.signatories()));
    assertEquals("1975-06-05", date(doc));
  }

  @Test
  void aMeetingTheSentenceRecalls_weighsBelowTheOneItReports() {
    // GIVEN the first dialogue named with «held in», the second reported with «was held in»
    Document doc = parse("Joint Statement\n\nThe Ministers recalled the first Dialogue held in New Delhi on 30 November"
        + " 2019. The second Dialogue was held in Tokyo on 8 September 2022.\n\n1. The Ministers agreed to deepen"
        + " defence cooperation.\n");
    assertEquals("2022-09-08", date(doc));
    assertEquals("Tokyo", place(doc));
  }

  @Test
  void aJointCommissionBetweenTwoStates_thatMeets_namesTheSides() {
    Document doc = parse("JOINT COMMUNIQUE OF THE 12TH MEETING OF THE JOINT COMMISSION\n\nThe 12th Meeting of the Joint"
        + " Commission between the Republic of India and the Republic of Kazakhstan was held in New Delhi on 12-13 March"
        + " 2013. The Indian delegation was led by the Minister of External Affairs.\n");
    assertEquals(List.of("IN", "KZ"), sorted(doc.signatories()));
    assertEquals("2013-03-13", date(doc));
  }

  @Test
  void bareTitles_giveTheirKinds() {
    String body = "\n\n1. The Prime Minister of Japan and the Prime Minister of India met in Tokyo on 5 May 2015.\n";
    assertEquals(DocumentKind.JOINT_STATEMENT, parse("Joint Media Statement" + body).kind());
    assertEquals(DocumentKind.JOINT_STATEMENT, parse("Joint Ministerial Statement" + body).kind());
    assertEquals(DocumentKind.PRESS_RELEASE, parse("Joint Media Release" + body).kind());
    assertEquals(DocumentKind.PRESS_RELEASE, parse("Japan-India Joint Press Release" + body).kind());
    assertEquals(DocumentKind.COMMUNIQUE, parse("FINAL COMMUNIQUE" + body).kind());
    assertEquals(DocumentKind.OTHER, parse("Chair\u2019s Statement" + body).kind());
    assertEquals(DocumentKind.OTHER, parse("Press Statement" + body).kind());
    assertEquals(DocumentKind.DECLARATION, parse("Summit Declaration" + body).kind());
  }

  @Test
  void namesOverTitlesInTwoColumnsRunTogether_signForTheStatesTheTitlesName() {
    // GIVEN a signature block of two columns, names over titles, under a title that names no state
    Document doc = parse("Joint Statement on Maritime Security\n\n1. The two sides agreed to expand cooperation at sea.\n\n"
        + "2. They will meet again next year.\n\nHanoi, 12 December 2016\n\n"
        + "Nguyen Van Minh                                Rodrigo Santos\n"
        + "Prime Minister of the Socialist Republic of Viet Nam        President of the Republic of the Philippines\n");
    assertEquals(List.of("PH", "VN"), sorted(doc.signatories()));
    // AND a chancellor's title with its portfolio-like adjective signs too
    Document signed = parse("Joint Declaration\n\n1. The two sides agreed to expand cooperation.\n\n"
        + "Signed in Ottawa on 3 May 1999.\n\n(Signed) John Miller                  (Signed) Hans Weber\n"
        + "Prime Minister of Canada              Federal Chancellor of the Federal Republic of Germany\n");
    assertEquals(List.of("CA", "DE"), sorted(signed.signatories()));
    assertEquals("1999-05-03", date(signed));
  }

  @Test
  void theGovernmentsOfAnOrganisationsMembersAndAStatesGovernment_areTheOrganisationAndTheState() {
    Document doc = parse("Declaration on the Conduct of Parties in the South China Sea\n\nThe Governments of the Member"
        + " States of ASEAN and the Government of the People's Republic of China,\n\nReaffirming their determination to"
        + " consolidate friendship,\n\nHave agreed to the following:\n\n1. The Parties reaffirm their commitment to the UN"
        + " Charter.\n\nDone on the Fourth Day of November in the Year Two Thousand and Two in Phnom Penh, the Kingdom of"
        + " Cambodia.\n");
    assertEquals(List.of("ASEAN", "CN"), sorted(doc.signatories()));
    assertEquals("2002-11-04", date(doc));
    assertEquals("Phnom Penh", place(doc));
  }

  @Test
  void weTheHeadsOfTheMembersOfAnOrganisation_listedByName_areTheOrganisationAndTheStates() {
    // GIVEN a subject defined by an organisation that lists its members
    Document doc = parse("Declaration\n\nWe, the Heads of State of the member states of the Collective Security Treaty"
        + " Organization \u2014 the Republic of Armenia, the Republic of Belarus, the Republic of Kazakhstan and the Russian"
        + " Federation \u2014 meeting in Minsk on 30 November 2017, declare the following.\n");
    assertEquals(List.of("AM", "BY", "CSTO", "KZ", "RU"), sorted(doc.signatories()));
    // AND a subject that names states alone, the grouping after them, is the states'
    Document states = parse("Communiqué\n\nThe Heads of State and Government of Angola, Botswana, Mozambique, Tanzania and"
        + " Zambia met in Lusaka on 5 June 1979 and reviewed the situation in southern Africa with the Organisation of"
        + " African Unity.\n");
    assertEquals(List.of("AO", "BW", "MZ", "TZ", "ZM"), sorted(states.signatories()));
  }

  @Test
  void aDeclarationsOwnHeading_beatsTheKindTheSiteGivesIt() {
    // GIVEN a briefing page's front matter that calls the text a joint statement, over the text's own heading
    Document doc = parse("---\ndate: '2023-09-21'\ntags: statements-releases\ntitle: \"C5+1 Leaders' Joint Statement\"\n---\n\n"
        + "*The Samarkand Declaration: C5+1 Partnership for Security and Energy*\n\n"
        + "This week, we, the presidents of the United States and the Republic of Kazakhstan, met in Samarkand.\n");
    assertEquals(DocumentKind.DECLARATION, doc.kind());
    // AND a heading that names no declaration leaves the site's kind
    Document statement = parse("---\ndate: '2023-09-21'\ntitle: \"C5+1 Leaders' Joint Statement\"\n---\n\n"
        + "*Partnership for Security and Energy*\n\nThis week, the presidents met in Samarkand.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, statement.kind());
  }

  @Test
  void theDayOfTheNextMeeting_isNotTheDocuments() {
    // GIVEN a communiqué that gives no day of its own but the day of the next meeting
    Document doc = parse("Communiqué of the Fifth Meeting of the Joint Commission\n\n1. The Fifth Meeting of the Joint"
        + " Commission between Fiji and Australia was held in Canberra.\n\n2. The next meeting will be held in Suva on"
        + " 5 May 2020.\n");
    // THEN no day, and the city where it met
    assertEquals(null, date(doc));
    assertEquals("Canberra", place(doc));
    assertEquals(List.of("AU", "FJ"), sorted(doc.signatories()));
  }

  @Test
  void aTitleThatSaysWhereAndWhenTheTextWasAdopted_keepsItsDay() {
    // GIVEN a title with «adopted at … on», over a body that reports a meeting on another day
    Document doc = parse("Declaration adopted at the Summit in Lima on 14 November 2008\n\n"
        + "The leaders met in Lima on 13 November 2008 and discussed trade.\n");
    assertEquals("2008-11-14", date(doc));
    assertEquals("Lima", place(doc));
  }
}
