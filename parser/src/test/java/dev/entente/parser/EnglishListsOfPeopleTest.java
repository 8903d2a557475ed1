package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Whom the people of an English opening or attendance list serve, on sentences written for these
 * tests (none is taken from a real document): the initials of a form of address run together
 * («HE»), a list whose items open with a name and close with its role and party, and the list whose
 * items open with the role, which keeps reading each role with the name after it; an article
 * between two forms of address («Dr. the Rt. Honourable»); the items after semicolons of a list
 * a verb of representation opens serve the party it names.
 */
final class EnglishListsOfPeopleTest {
  private static final Parser PARSER = Parser.english();

  private static Document parse(String title, String body) {
    return PARSER.parse("en-test", title + "\n\n" + body + "\n");
  }

  @Test
  void initialsOfAFormOfAddressRunTogether_standBetweenTheRoleAndTheName() {
    Document doc = parse("Joint Statement", "Accra, 3 March 2024\n\n"
        + "At the invitation of the President of the Republic of Ghana HE Dr Kwame Asante, the Prime Minister "
        + "of the Republic of India HE Ravi Kumar paid a state visit to Ghana on 2-3 March 2024.\n\n"
        + "2. The two sides reviewed their cooperation.");
    assertEquals("GH", People.partyOf(doc, "Kwame Asante"), () -> People.listed(doc));
    assertEquals("IN", People.partyOf(doc, "Ravi Kumar"), () -> People.listed(doc));
    assertTrue(doc.signatories().contains("GH") && doc.signatories().contains("IN"), doc.signatories()::toString);
  }

  @Test
  void aListWhoseItemsOpenWithAName_givesEachNameTheRoleAndPartyAfterIt() {
    Document doc = parse("Final Communique of the Summit of Heads of State", "Dakar, 10 May 2024\n\n"
        + "1. The Summit was attended by the following Heads of State or their representatives:\n"
        + "H. E. Mr Jean Paul Marc Ouedraogo, President of Burkina Faso\n"
        + "H. E. Mr Carlos Alberto Mendes, President of the Republic of Cabo Verde\n"
        + "H. E. Mrs Amina Diallo, President of the Republic of Senegal\n"
        + "H. E. Mr Kofi Mensah, President of the Republic of Ghana\n");
    assertEquals("BF", People.partyOf(doc, "Jean Paul Marc Ouedraogo"), () -> People.listed(doc));
    assertEquals("CV", People.partyOf(doc, "Carlos Alberto Mendes"), () -> People.listed(doc));
    assertEquals("SN", People.partyOf(doc, "Amina Diallo"), () -> People.listed(doc));
    assertEquals("GH", People.partyOf(doc, "Kofi Mensah"), () -> People.listed(doc));
  }

  @Test
  void aListWhoseItemsOpenWithARole_givesEachNameTheRoleBeforeIt() {
    Document doc = parse("Declaration of the Heads of State Council", "Astana, 4 July 2024\n\n"
        + "The meeting was held in Astana. President of the Republic of Kazakhstan Arman Seitov, President of "
        + "the Kyrgyz Republic Bakyt Osmonov, President of the Russian Federation Ivan Petrov and President of "
        + "the Republic of Tajikistan Rustam Nazarov attended the meeting.");
    assertEquals("KZ", People.partyOf(doc, "Arman Seitov"), () -> People.listed(doc));
    assertEquals("KG", People.partyOf(doc, "Bakyt Osmonov"), () -> People.listed(doc));
    assertEquals("RU", People.partyOf(doc, "Ivan Petrov"), () -> People.listed(doc));
    assertEquals("TJ", People.partyOf(doc, "Rustam Nazarov"), () -> People.listed(doc));
  }

  @Test
  void anArticleBetweenTwoFormsOfAddress_leavesTheNameItsRoleAndParty() {
    Document doc = parse("Communique of the Meeting of the Conference of Heads of Government", "12 March 2024\n\n"
        + "Other members of the Conference in attendance were: the Prime Minister of Barbados, the Rt. Honourable"
        + " Mia Clarke; the Prime Minister of Grenada, Dr. the Rt. Honourable Keith Adams; the Prime Minister of"
        + " Saint Lucia, the Honourable Philip Joseph.");
    assertEquals("GD", People.partyOf(doc, "Keith Adams"), () -> People.listed(doc));
    assertEquals("BB", People.partyOf(doc, "Mia Clarke"), () -> People.listed(doc));
  }

  @Test
  void anItemAfterASemicolonOfAListOfRepresentatives_servesTheirParty() {
    Document doc = parse("Joint Communique", "12 March 2024\n\nThe two delegations met in Mexico City.\n\n"
        + "On behalf of the Prime Minister, Canada was represented by Anna Grant, Minister of Foreign Affairs;"
        + " Paul Roy, Minister of Public Safety; Lena Marsh, National Security Advisor; and Maria Chen, Deputy"
        + " Minister for Migration.");
    assertEquals("CA", People.partyOf(doc, "Lena Marsh"), () -> People.listed(doc));
  }

  @Test
  void aPluralRoleOverItemsThatGiveTheStateBeforeTheName_givesEachNameItsState() {
    // GIVEN one role in the plural over items «; of <state>, <name>», given names no list holds
    Document doc = parse("Joint Communique of the Presidents of the States Parties", "Asuncion, 18 June 2024\n\n"
        + "The Presidents of the Federative Republic of Brazil, Ubaldo Ferreyra; of the Republic of Paraguay, "
        + "Anselmo Rivarola; of the Oriental Republic of Uruguay, Ceferino Gadea, met in Asuncion.\n\n"
        + "1. The Presidents agreed to deepen their cooperation.");
    // WHEN it is parsed
    // THEN each name is a participant serving the state its item gives
    assertEquals("BR", People.partyOf(doc, "Ubaldo Ferreyra"), () -> People.listed(doc));
    assertEquals("PY", People.partyOf(doc, "Anselmo Rivarola"), () -> People.listed(doc));
    assertEquals("UY", People.partyOf(doc, "Ceferino Gadea"), () -> People.listed(doc));
  }

  @Test
  void aFormatsNameInQuotesAfterARole_isNoOnesName() {
    // GIVEN a role in the plural before the quoted name of a format
    Document doc = parse("Joint Statement", "Tokyo, 5 May 2024\n\n"
        + "1. The Parties held the tenth meeting of Foreign Ministers \"Central Asia Plus Japan\" in Tokyo.");
    // WHEN it is parsed
    // THEN no participant comes of the quoted words
    assertEquals(0, doc.participants().size(), () -> People.listed(doc));
  }

  @Test
  void aSecondPortfolioAfterAnd_isNoName() {
    // GIVEN roles whose second portfolio, joined by «and», is two capitalised words and no name
    Document doc = parse("Final Communique of the Summit", "Kingston, 4 July 2024\n\n"
        + "1. Jamaica was represented by Senator the Honourable A.B. Clarke, Minister of Foreign Affairs and"
        + " Foreign Trade; Guyana was represented by Dr Mark Boyd.\n\n"
        + "2. Zimbabwe: Hon. Dr. Tendai Moyo, Vice President and Minister of Health and Child Care of the"
        + " Republic of Zimbabwe\n");
    // WHEN it is parsed
    // THEN the people are the three named, and no portfolio word is a person
    assertEquals("A.B. Clarke, Mark Boyd, Tendai Moyo", doc.participants().stream().map(p -> p.name()).sorted()
        .collect(java.util.stream.Collectors.joining(", ")), () -> People.listed(doc));
  }

  @Test
  void aTitleJoinedByAHyphenAfterAChineseSurname_isNoName() {
    // GIVEN a sovereign's title «Yang Di-Pertuan», whose first word is also a Chinese surname
    Document doc = parse("Joint Statement", "Bandar Seri Begawan, 9 May 2024\n\n"
        + "1. His Majesty Sultan Omar Ali, Sultan and Yang Di-Pertuan of Brunei Darussalam, received"
        + " President Kim Dae-Jung of the Republic of Korea.");
    // WHEN it is parsed
    // THEN the title gives no one, and a Korean given name joined by a hyphen still does
    assertEquals("absent", People.partyOf(doc, "Yang Di"), () -> People.listed(doc));
    assertEquals("KR", People.partyOf(doc, "Kim Dae-Jung"), () -> People.listed(doc));
  }

  @Test
  void givenNamesOfStatesmenFromEveryRegion_openANameWithoutARole() {
    // GIVEN people named without a role, by given names of African, Latin American and Asian statesmen
    Document doc = parse("Joint Statement", "Pretoria, 8 July 2024\n\n"
        + "1. Both leaders paid tribute to the legacy of Kwame Asare and Julius Mwangi in the struggle for"
        + " freedom, and welcomed the work of Dilma Ferreira and Najib Rahman.");
    // WHEN it is parsed
    // THEN each of them is a participant
    for (String name : new String[] {"Kwame Asare", "Julius Mwangi", "Dilma Ferreira", "Najib Rahman"}) {
      assertEquals("-", People.partyOf(doc, name), () -> name + " in " + People.listed(doc));
    }
  }
}
