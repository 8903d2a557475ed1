package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Name forms and parties of people, on sentences written for these tests (none is taken from a
 * real document): a surname in capitals after the given names of a list item, a surname of two
 * words that repeats a longer name, the people who accompany a leader, an article before a form of
 * address, a Russian title that is no name, a text that breaks off after a role, and an Arabic name
 * in an oblique case.
 */
final class PeopleNameFormsTest {
  private static final Parser ENGLISH = Parser.english();

  private static Document english(String title, String body) {
    return ENGLISH.parse("en-test", title + "\n\n" + body + "\n");
  }

  @Test
  void surnameInCapitals_endsTheNameAndKeepsItsRoleAndParty() {
    // GIVEN an attendance list whose items give the surname in capitals
    Document doc = english("Final Communique of the Summit of Heads of State", "Dakar, 10 May 2024\n\n"
        + "1. The following Heads of State or their representatives attended the Summit:\n\n"
        + "-H. E. Mr. Paul Kossi DEMBELE, President of the Republic of Mali\n\n"
        + "-H. E. Mr. Amadou KANE, President of the Republic of Senegal\n\n"
        + "-H. E. Mrs. Awa SOW, Minister of Foreign Affairs of the Republic of Guinea\n");
    // THEN each surname belongs to its name, and the role and party after the comma to the person
    assertEquals("ML", People.partyOf(doc, "Paul Kossi DEMBELE"), () -> People.listed(doc));
    assertEquals("SN", People.partyOf(doc, "Amadou KANE"), () -> People.listed(doc));
    assertEquals("GN", People.partyOf(doc, "Awa SOW"), () -> People.listed(doc));
  }

  @Test
  void surnameOfTwoWords_isThePersonWhoseFullNameEndsInIt() {
    // GIVEN a full name, then its two-word surname alone
    Document doc = english("Joint Statement", "Washington, 12 March 2024\n\n"
        + "1. President Joseph Smith hosted President Manuel Pérez Ortega of Colombia at the White House."
        + " President Pérez Ortega thanked President Smith for his hospitality.");
    // THEN the surname is one more mention of the full name, not another person
    List<Participant> named = doc.participants().stream().filter(p -> p.name().contains("Pérez")).toList();
    assertEquals(1, named.size(), () -> People.listed(doc));
    assertEquals("Manuel Pérez Ortega", named.get(0).name());
    assertEquals(2, named.get(0).mentions().size(), () -> People.listed(doc));
  }

  @Test
  void twoGivenNamesAndASurnameOfTwoWords_areOneNameAndItsSurnameOneMoreMention() {
    // GIVEN a leader named with two given names and two surnames, then by the surnames alone
    Document doc = english("Joint Statement", "Washington, 12 March 2024\n\n"
        + "1. President of Mexico Manuel Antonio Ruiz Cortines received a delegation of the United States."
        + " President Ruiz Cortines welcomed the delegation.");
    // THEN one participant has the whole name and both mentions
    List<Participant> named = doc.participants().stream().filter(p -> p.name().contains("Cortines")).toList();
    assertEquals(1, named.size(), () -> People.listed(doc));
    assertEquals("Manuel Antonio Ruiz Cortines", named.get(0).name());
    assertEquals(2, named.get(0).mentions().size(), () -> People.listed(doc));
  }

  @Test
  void peopleWhoAccompanyALeader_serveTheLeadersParty() {
    // GIVEN a leader whose party is known, accompanied by a list of ministers
    Document doc = english("Joint Communique", "Mexico City, 12 March 2024\n\n"
        + "1. Mexican President Carlos Ramírez met President John Miller of the United States.\n\n"
        + "2. President Ramírez was accompanied by Ana Torres Vega, Secretary of Foreign Affairs; Mario Luna,"
        + " Secretary of the Navy; and Sofía Reyes, Secretary of the Interior.");
    // THEN each of them serves the leader's party
    assertEquals("MX", People.partyOf(doc, "Carlos Ramírez"), () -> People.listed(doc));
    assertEquals("MX", People.partyOf(doc, "Ana Torres Vega"), () -> People.listed(doc));
    assertEquals("MX", People.partyOf(doc, "Sofía Reyes"), () -> People.listed(doc));
  }

  @Test
  void articleBeforeAFormOfAddress_leavesTheNameItsRoleAndParty() {
    // GIVEN a role, its party before it, then «the Hon.» with no comma before the name
    Document doc = english("Joint Statement", "Canberra, 12 March 2024\n\n"
        + "1. The meeting was co-chaired by New Zealand Foreign Minister the Hon. Peter Walsh MP"
        + " and Fijian Foreign Minister Ratu Sefo Naivalu.");
    // THEN the name after the form of address takes that role and party
    assertEquals("NZ", People.partyOf(doc, "Peter Walsh"), () -> People.listed(doc));
  }

  @Test
  void aTitleOfHonourWithoutAName_isNoParticipant() {
    // GIVEN a list of heads of state that ends with a title of honour
    List<Participant> found = PersonRecognizerTest.participantsIn(
        "Во встрече приняли участие Президент Кыргызской Республики и Первый Президент Республики Казахстан – Елбасы.");
    // THEN the title is nobody's name
    assertTrue(found.isEmpty(), () -> found.toString());
  }

  @Test
  void aWordCutShortWhereTheTextBreaksOff_isNoName() {
    // GIVEN a text that breaks off in the middle of a role's party
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление\n\n"
        + "1. Стороны высоко оценили роль встреч глав государств Центральной Азии и Председателя Европейско");
    // THEN the cut word is no one's name
    assertTrue(doc.participants().isEmpty(), () -> People.listed(doc));
  }

  @Test
  void arabicNameInAnObliqueCase_isGivenInTheNominative() {
    // GIVEN a prince named in the genitive after his title
    List<Participant> found = PersonRecognizerTest.participantsIn(
        "Саммит прошел при участии Его Высочества шейха Мансура бин Зайда Аль Нахьяна.");
    // THEN his given name and his father's name are given in the nominative
    assertEquals(1, found.size(), () -> found.toString());
    assertEquals("Мансур бин Зайд Аль Нахьян", found.get(0).name());
  }

  @Test
  void aListOfNamesEachWithItsStateAfterAComma_givesEachNameThatState() {
    // GIVEN a plural role, then names each followed by «, of» and its state
    Document doc = english("Joint Communique of the Presidents", "Montevideo, 12 March 2024\n\n"
        + "The Presidents of the Member States, Rodrigo Almada, of the Argentine Republic; Joaquim Teles,"
        + " of the Federative Republic of Brazil, and Osvaldo Brizuela, of the Republic of Paraguay, met in"
        + " Montevideo.");
    // THEN each name serves the state after it
    assertEquals("AR", People.partyOf(doc, "Rodrigo Almada"), () -> People.listed(doc));
    assertEquals("BR", People.partyOf(doc, "Joaquim Teles"), () -> People.listed(doc));
    assertEquals("PY", People.partyOf(doc, "Osvaldo Brizuela"), () -> People.listed(doc));
  }

  @Test
  void aRoleInABodyOfAnOrganisation_servesThatOrganisation() {
    // GIVEN a role whose body names the organisation before the name
    List<Participant> found = PersonRecognizerTest.participantsIn(
        "В заседании участвовал Директор Исполнительного комитета Региональной антитеррористической структуры"
            + " (РАТС) ШОС Ли Минхуа.");
    Document doc = english("Joint Communique", "Astana, 12 March 2024\n\n"
        + "1. The meeting was attended by the Director of the Executive Committee of the SCO Regional"
        + " Anti-Terrorist Structure (RATS) A.B.Kasymov.");
    // THEN the person serves the organisation
    assertEquals(1, found.size(), () -> found.toString());
    assertEquals("SCO", found.get(0).party().orElse("-"), () -> found.toString());
    assertEquals("SCO", People.partyOf(doc, "A.B.Kasymov"), () -> People.listed(doc));
  }

  @Test
  void aRoleBeforeASlash_lendsNoPartyToTheWordsAfterTheSecondRole() {
    // GIVEN two roles joined by a slash, then a grouping's members
    Document doc = english("Chairman's Statement", "Singapore, 12 March 2024\n\n"
        + "1. The Meeting was attended by all Heads of State/Government of ASEAN Member States and"
        + " H.E. Moon Jae-in, President of the Republic of Korea.");
    // THEN the members are no one's name
    assertEquals("absent", People.partyOf(doc, "Member States"), () -> People.listed(doc));
  }

  @Test
  void initialsBeforeASurnameInAListOfRoles_doNotOpenANewItem() {
    // GIVEN a list whose items open with a role, one name's initial also a form of address («E.»)
    Document doc = english("Joint Communique", "Astana, 12 March 2024\n\n"
        + "1. President of the Russian Federation D.A.Medvedev, President of the Republic of Tajikistan"
        + " E.Rakhmon, President of the Republic of Uzbekistan I.A.Karimov were in attendance.");
    // THEN each name keeps the party of the role before it
    assertTrue(doc.participants().stream().filter(p -> p.name().endsWith("Rakhmon"))
        .allMatch(p -> p.party().orElse("-").equals("TJ")), () -> People.listed(doc));
  }

  @Test
  void aRoleFollowedByAVerb_lendsNoOrganisationToTheNameAfterIt() {
    // GIVEN a role, a verb, then another organisation's official
    List<Participant> found = PersonRecognizerTest.participantsIn(
        "Министр иностранных дел провел переговоры с Генеральным секретарем ООН Антониу Гутерришем.");
    // THEN the name keeps the role and party written beside it
    assertEquals(1, found.size(), () -> found.toString());
    assertEquals("генеральный секретарь", found.get(0).role().orElse("-"), () -> found.toString());
  }

  @Test
  void aNameAfterFormsOfAddressOverItsRoleOnTheNextLine_takesThatRolesParty() {
    // GIVEN a list of those present, each name after its forms of address, the role on the next line
    Document doc = english("Final Communique of the Supreme Council", "Muscat, 12 March 2024\n\n"
        + "The Supreme Council met with the participation of Their Majesties and Highnesses:\n\n"
        + "His Highness Khalid bin Saif Al Mansoori\nPresident of the United Arab Emirates\n\n"
        + "His Excellency Sheikh Hamad bin Jassim Al Kuwari\nMinister of Foreign Affairs of the State of Qatar\n\n"
        + "1. The Council reviewed the situation in the region.");
    // THEN each takes the party of the role under the name
    assertEquals("AE", People.partyOf(doc, "Khalid bin Saif Al Mansoori"), () -> People.listed(doc));
    assertEquals("QA", People.partyOf(doc, "Hamad bin Jassim Al Kuwari"), () -> People.listed(doc));
  }

  @Test
  void aListItemOpeningWithANameOnItsOwnLine_isNotTheRoleOfTheLineBefore() {
    // GIVEN list items of a name, a comma, a role; one role ends with no party
    Document doc = english("Final Communique of the Summit of Heads of State", "Dakar, 10 May 2024\n\n"
        + "1. The following attended the Summit:\n"
        + "H. E. Mr Kofi Mensah, President of the Republic of Ghana\n"
        + "H.E. Jean Koffi, Senior Minister, Secretary General of the Presidency of the Republic of Benin\n"
        + "H.E. Amadou Sy, Ambassador of Niger to the Republic of Senegal\n");
    // THEN no name takes the party of the line before it
    assertEquals("GH", People.partyOf(doc, "Kofi Mensah"), () -> People.listed(doc));
    assertTrue(!People.partyOf(doc, "Jean Koffi").equals("GH"), () -> People.listed(doc));
    assertEquals("NE", People.partyOf(doc, "Amadou Sy"), () -> People.listed(doc));
  }

  @Test
  void aMilitaryRankBeforeAName_isAFormOfAddress() {
    // GIVEN a president and a minister named with their ranks
    Document doc = english("Communique of the Conference of Heads of Government", "Georgetown, 12 March 2024\n\n"
        + "1. The Meeting was chaired by the President of Guyana, Brigadier Daniel Forbes, and attended by"
        + " Gen. Manuel Ortiz, Secretary of Defense of Mexico.");
    // THEN the rank is no name, and the names keep their parties
    assertEquals("GY", People.partyOf(doc, "Daniel Forbes"), () -> People.listed(doc));
    assertEquals("MX", People.partyOf(doc, "Manuel Ortiz"), () -> People.listed(doc));
    assertEquals("absent", People.partyOf(doc, "Brigadier"), () -> People.listed(doc));
  }

  @Test
  void theMembersOfAGrouping_areNoName() {
    // GIVEN a plural role, an organisation and its members
    Document doc = english("Joint Communique of the Presidents", "Montevideo, 12 March 2024\n\n"
        + "1. The Presidents of MERCOSUR Member States met in Montevideo.");
    // THEN the members are no participant
    assertTrue(doc.participants().isEmpty(), () -> People.listed(doc));
  }

  @Test
  void thoseWhoAccompanyALeaderNamedAfterTheVerb_serveTheLeadersParty() {
    // GIVEN «Accompanying A were B and C», A's party known
    Document doc = english("Joint Communique", "Beijing, 29 September 1972\n\n"
        + "Prime Minister Ichiro Sato of Japan visited the People's Republic of China. Accompanying Prime"
        + " Minister Sato were Minister for Foreign Affairs Kenji Mori, Chief Cabinet Secretary Taro Ueda and"
        + " other government officials.");
    // THEN B and C serve A's party
    assertEquals("JP", People.partyOf(doc, "Kenji Mori"), () -> People.listed(doc));
  }

  @Test
  void theTitledMembersOfADelegation_serveItsParty() {
    // GIVEN «The <adjective> Delegation consisted of <title> <name>, <title> <name>, …»
    Document doc = english("Joint Statement", "Kuala Lumpur, 13 August 2016\n\n"
        + "1. The talks were held in Kuala Lumpur. The Philippine Delegation consisted of House Speaker"
        + " Ramon T. Cruz, Department of Foreign Affairs Secretary Pedro L. Santos, National Security Adviser"
        + " Jose M. Reyes and other officials.");
    // THEN each serves the delegation's party
    assertEquals("PH", People.partyOf(doc, "Ramon T. Cruz"), () -> People.listed(doc));
    assertEquals("PH", People.partyOf(doc, "Pedro L. Santos"), () -> People.listed(doc));
    assertEquals("PH", People.partyOf(doc, "Jose M. Reyes"), () -> People.listed(doc));
  }

  @Test
  void titlesOfDeputiesAndLeaders_giveTheNameAfterThemItsParty() {
    // GIVEN titles that differ from a minister's or a president's by a first word
    Document doc = english("Joint Statement", "New Delhi, 8 July 2024\n\n"
        + "1. His Excellency Mr Thabo Nkosi, Deputy President of the Republic of South Africa, paid a courtesy call"
        + " on the Prime Minister. The Prime Minister called on the Supreme Leader of Iran Ayatollah Reza Tabatabai."
        + " Indonesian Coordinating Minister Budi Santoso attended the meeting.");
    // THEN each name takes the party its title serves
    assertEquals("ZA", People.partyOf(doc, "Thabo Nkosi"), () -> People.listed(doc));
    assertEquals("IR", People.partyOf(doc, "Reza Tabatabai"), () -> People.listed(doc));
    assertEquals("ID", People.partyOf(doc, "Budi Santoso"), () -> People.listed(doc));
  }

  @Test
  void aSurnameThatEndsLikeAnAdjective_isAName() {
    // GIVEN one-word surnames after their titles that end as English adjectives do («-an»)
    Document doc = english("Joint Statement with the President of Lebanon", "Canberra, 12 March 2024\n\n"
        + "Prime Minister Gillard today welcomed President Sleiman and his delegation to Australia. Leaders"
        + " supported the plan of Special Envoy Annan.");
    // THEN they are participants
    assertEquals("LB", People.partyOf(doc, "Sleiman"), () -> People.listed(doc));
    assertTrue(!People.partyOf(doc, "Annan").equals("absent"), () -> People.listed(doc));
  }

  @Test
  void anObliqueAdjectiveAfterARole_isNoName() {
    // GIVEN a role followed by the adjective of the body it heads
    List<Participant> found = PersonRecognizerTest.participantsIn(
        "Стороны приветствовали участие Председателя Национального собрания в работе форума.");
    // THEN no one is named
    assertTrue(found.isEmpty(), () -> found.toString());
  }
}
