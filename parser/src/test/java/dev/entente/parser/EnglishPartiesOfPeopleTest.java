package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Whom English participants serve, and how their names and titles are read, in the house styles of
 * several publishers, on sentences written for these tests (none is taken from a real document): a
 * party's possessive before a role, a delegation list, a host welcoming a guest to the host's
 * country, a role named elsewhere with its party and no name, abbreviations and forms of address
 * before a title, particles inside names.
 */
final class EnglishPartiesOfPeopleTest {
  private static final Parser PARSER = Parser.english();

  private static Document parse(String title, String body) {
    return PARSER.parse("en-test", title + "\n\n" + body + "\n");
  }

  @Test
  void aStatesPossessive_beforeARole_isThePersonsParty() {
    Document doc = parse("Joint Statement of Kenya and India", "Nairobi, 12 March 2024\n\n"
        + "1. India's Prime Minister Arjun Mehta held talks with Kenyan President Daniel Mwangi.");
    assertEquals("IN", People.partyOf(doc, "Arjun Mehta"), () -> People.listed(doc));
    assertEquals("KE", People.partyOf(doc, "Daniel Mwangi"), () -> People.listed(doc));
  }

  @Test
  void aDelegationList_givesEachNameThePartyThatOpensItsLine() {
    Document doc = parse("Communique of the Extraordinary Summit of Heads of State",
        "Gaborone, 20 June 2024\n\nThe Summit was attended by:\n"
            + "* Lesotho: The Right Honourable Prime Minister Thabo Moeketsi\n"
            + "* Zambia: President Chanda Mulenga\n"
            + "* Angola: Honourable Paulo Manuel, Minister of External Relations\n");
    assertEquals("LS", People.partyOf(doc, "Thabo Moeketsi"), () -> People.listed(doc));
    assertEquals("ZM", People.partyOf(doc, "Chanda Mulenga"), () -> People.listed(doc));
    assertEquals("AO", People.partyOf(doc, "Paulo Manuel"), () -> People.listed(doc));
  }

  @Test
  void aHostWelcomingAGuestToTheHostsCountry_servesThatCountry_theGuestTheOther() {
    Document doc = parse("Joint Statement by Japan and Brazil", "18 July 2023\n\n"
        + "Prime Minister Hiro Tanaka warmly welcomed President Ana Souza and her delegation to Japan.\n\n"
        + "Prime Minister Tanaka and President Souza agreed to deepen trade.");
    assertEquals("JP", People.partyOf(doc, "Hiro Tanaka"), () -> People.listed(doc));
    assertEquals("BR", People.partyOf(doc, "Ana Souza"), () -> People.listed(doc));
  }

  @Test
  void aRoleNamedWithItsPartyAndNoName_givesThePartyToTheOnePersonInThatRole() {
    Document doc = parse("Joint statement with the President of Ghana", "2 May 2022\n\n"
        + "Prime Minister Liam Walsh welcomed President Kofi Boateng to Ireland.\n\n"
        + "The leaders noted that the visit was the first by a President of Ghana.");
    assertEquals("GH", People.partyOf(doc, "Kofi Boateng"), () -> People.listed(doc));
  }

  @Test
  void anAbbreviatedStateBeforeARole_isItsParty() {
    Document doc = parse("Joint Statement of the United States and the Republic of Korea", "Seoul, 4 June 2024\n\n"
        + "1. U.S. Secretary of State Mark Ellison and ROK Foreign Minister Park Ji-hoon met in Seoul.");
    assertEquals("US", People.partyOf(doc, "Mark Ellison"), () -> People.listed(doc));
  }

  @Test
  void aTitleAfterFormsOfAddress_isTheRole_andParticlesStayInTheName() {
    Document doc = parse("Joint Statement of the United Arab Emirates and Kazakhstan", "Abu Dhabi, 9 January 2025\n\n"
        + "1. H.E. Sheikh Saif bin Zayed Al Nahyan, Minister of Interior of the United Arab Emirates, received the"
        + " Kazakh delegation.");
    assertTrue(People.listed(doc).contains("Saif bin Zayed Al Nahyan/AE/Sheikh"), () -> People.listed(doc));
  }

  @Test
  void aRoleEndingInAnOrgansName_isStillARole() {
    Document doc = parse("Joint Statement of the European Union and Japan", "Tokyo, 3 May 2024\n\n"
        + "1. President of the European Commission Greta van den Berg met Prime Minister Kenji Sato in Tokyo.");
    assertEquals("Greta van den Berg/EU/President of the European Commission",
        People.listed(doc).split("; ")[0], () -> People.listed(doc));
    assertTrue(doc.signatories().contains("JP"),
        () -> doc.signatories().toString());
  }

  @Test
  void peopleAfterAVerbOfRepresentation_serveThePartyBeforeIt() {
    Document doc = parse("Joint Press Statement following the 3rd EU-Chile Summit", "Santiago, 7 December 2023\n\n"
        + "1. The Summit took place in Santiago. Chile was represented by President Lucia Rojas and Foreign Minister"
        + " Pablo Diaz.");
    assertEquals("CL", People.partyOf(doc, "Lucia Rojas"), () -> People.listed(doc));
    assertEquals("CL", People.partyOf(doc, "Pablo Diaz"), () -> People.listed(doc));
  }

  @Test
  void aRoleWithItsPartyInTheTitle_givesThePartyToTheOnePersonInThatRole() {
    Document doc = parse("Joint Statement on the State Visit of the President of Ghana to Canada", "Ottawa, 7 October 2024\n\n"
        + "1. President Kofi Boateng and Prime Minister Claire Dubois held talks in Ottawa.");
    assertEquals("GH", People.partyOf(doc, "Kofi Boateng"), () -> People.listed(doc));
  }

  @Test
  void headsNamedWithTheirStatesInTheFirstNumberedPoint_areTheSignatories() {
    Document doc = parse("Joint Vision Statement", "Tokyo, 7 October 2024\n\n"
        + "1. Prime Minister Kenji Sato of Japan and President Daniel Mwangi of Kenya met in Tokyo and issued this"
        + " statement.\n\n2. The leaders reaffirmed their partnership.");
    assertEquals(java.util.List.of("JP", "KE"), doc.signatories(), () -> People.listed(doc));
  }

  @Test
  void aHeadWithoutAState_whenTheTextNamesTheRelationshipBetweenTwo_isTheOtherSide() {
    Document doc = parse("Joint Statement Following Meeting of President Ana Souza and His Majesty King Omar II of Jordan",
        "Amman, 2 March 2024\n\nPresident Ana Souza and His Majesty King Omar II met today in Amman and reaffirmed"
            + " the friendship between Brazil and Jordan.");
    assertEquals(java.util.List.of("JO", "BR"), doc.signatories(), () -> People.listed(doc));
    assertEquals("BR", People.partyOf(doc, "Ana Souza"), () -> People.listed(doc));
  }

  @Test
  void aDelegationListWithoutColons_givesEachNameThePartyThatOpensItsLine() {
    Document doc = parse("Communique of the Extraordinary Summit of Heads of State",
        "Lusaka, 4 April 2024\n\nThe Summit was attended by the following Heads of State and Government:\n\n"
            + "Namibia H.E. Dr. Petrus Haufiku\n\n"
            + "Lesotho Rt. Hon. Thabo Moeketsi, Prime Minister\n\n"
            + "United Republic of Tanzania Hon. Neema Mwakasege, Minister for Foreign Affairs\n");
    assertEquals("NA", People.partyOf(doc, "Petrus Haufiku"), () -> People.listed(doc));
    assertEquals("LS", People.partyOf(doc, "Thabo Moeketsi"), () -> People.listed(doc));
    assertEquals("TZ", People.partyOf(doc, "Neema Mwakasege"), () -> People.listed(doc));
  }

  @Test
  void aListOfThosePresent_givesEachNameThePartyThatEndsTheRoleLineUnderIt() {
    Document doc = parse("Final Communique of the Council",
        "Manama, 6 May 2024\n\nThe Council met with the participation of:\n\n"
            + "His Highness Sayyid Khalid bin Saud Al Harthi\n"
            + "Deputy Prime Minister for Defence Affairs and Special Envoy of the Sultan of Sultanate of Oman\n\n"
            + "His Royal Highness Prince Faisal bin Nayef bin Turki Al Saud\n"
            + "Crown Prince and Minister of Interior of the Kingdom of Saudi Arabia\n\n"
            + "The Council reviewed trade.\n");
    assertEquals("OM", People.partyOf(doc, "Khalid bin Saud Al Harthi"), () -> People.listed(doc));
    assertEquals("SA", People.partyOf(doc, "Faisal bin Nayef bin Turki Al Saud"), () -> People.listed(doc));
  }

  @Test
  void aCompanionAfterACommaServesTheSentencesSubject_notTheHostNamedBeforeTheComma() {
    Document doc = parse("Joint Statement of Ghana and Canada", "Ottawa, 9 May 2024\n\n"
        + "1. President Kofi Boateng of Ghana paid a state visit to Canada at the invitation of Prime Minister"
        + " Liam Walsh of Canada, accompanied by Hon. Ama Owusu, Minister of Trade and Industry.");
    assertEquals("GH", People.partyOf(doc, "Ama Owusu"), () -> People.listed(doc));
    assertEquals("CA", People.partyOf(doc, "Liam Walsh"), () -> People.listed(doc));
  }

  @Test
  void anOfficialOfAnOrganisationsCommittee_namedAfterTheCommitteesHead_servesTheOrganisation() {
    Document doc = parse("Press Release on the Meeting of the Council", "Dushanbe, 4 April 2025\n\n"
        + "1. The Chairman of the NATO Military Committee Peter Vandamme and the Director of the SCO"
        + " Regional Counter-Narcotics Centre (SCO RCNC) Coordination Commission Thomas Tursunov addressed the Council.");
    assertEquals("NATO", People.partyOf(doc, "Peter Vandamme"), () -> People.listed(doc));
    assertEquals("SCO", People.partyOf(doc, "Thomas Tursunov"), () -> People.listed(doc));
  }

  @Test
  void anOrgansNameAfterTheParty_thenACommaAndAFormOfAddress_leavesTheNameAfterThemToTheRole() {
    Document doc = parse("Press Release on the Meeting of the Council", "Brussels, 4 April 2025\n\n"
        + "1. The Council heard the Director of the NATO Liaison Office, Mr Tomas Berger, and the Prime"
        + " Minister of Australia, Mr Liam Walsh.");
    assertEquals("NATO", People.partyOf(doc, "Tomas Berger"), () -> People.listed(doc));
    assertEquals("AU", People.partyOf(doc, "Liam Walsh"), () -> People.listed(doc));
    assertTrue(doc.participants().stream().noneMatch(p -> p.name().equals("Liaison Office")), () -> People.listed(doc));
  }

  @Test
  void aPortfolioOfSeveralWords_runsOnFromTheOfficeToItsParty() {
    Document doc = parse("Communique of the Ministerial Meeting", "Accra, 14 October 2024\n\n"
        + "1. The meeting was chaired by Hon. John Mensah, Minister of Lands & Natural Resources of Ghana,"
        + " and attended by Ms Maria Diallo, Minister of Mines, Energy and Water of the Republic of Guinea;"
        + " H.E. Peter Kamau, Cabinet Secretary for Agriculture and Livestock Development of the Republic of"
        + " Kenya; and Mr Lars Nilsson, Special Envoy for Arctic and Polar Affairs of Sweden.");
    assertEquals("GH", People.partyOf(doc, "John Mensah"), () -> People.listed(doc));
    assertEquals("GN", People.partyOf(doc, "Maria Diallo"), () -> People.listed(doc));
    assertEquals("KE", People.partyOf(doc, "Peter Kamau"), () -> People.listed(doc));
    assertEquals("SE", People.partyOf(doc, "Lars Nilsson"), () -> People.listed(doc));
  }

  @Test
  void aSecondOfficeInsideTheRun_endsThePortfolio() {
    Document doc = parse("Communique of the Ministerial Meeting", "Accra, 14 October 2024\n\n"
        + "1. The talks were attended by Ms Anna Okoro, Minister of Finance, Mr John Brown, Minister of Trade of Ghana.");
    assertEquals("GH", People.partyOf(doc, "John Brown"), () -> People.listed(doc));
    assertEquals("-", People.partyOf(doc, "Anna Okoro"), () -> People.listed(doc));
  }

  @Test
  void anActingOffice_isARole_whoseWordsLeadToTheParty() {
    Document doc = parse("Communique of the Council of Ministers", "Kampala, 3 May 2024\n\n"
        + "1. The session was held under the chairmanship of H.E. John Okello, Acting Minister for Foreign Affairs"
        + " of the Republic of Uganda.");
    assertTrue(People.listed(doc).contains("John Okello/UG/Acting Minister"), () -> People.listed(doc));
  }
}
