package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Party;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Who adopts a text and whom its people serve, in the house styles of older Russian texts and of
 * English ones: a subject whose verb comes after a list of gerunds, a heading that names the
 * authors under a title that is a kind alone, the speakers of parliaments named beside the heads
 * of state, a body between a role and its state, an abbreviation written as listed. Every text is
 * written for these tests.
 */
final class SidesAndPartiesTest {
  private static final Parser RUSSIAN = Parser.russian();
  private static final Parser ENGLISH = Parser.english();

  private static String parties(Document doc) {
    return doc.participants().stream().map(p -> p.name() + "=" + p.party().orElse("-"))
        .collect(Collectors.joining(", "));
  }

  @Test
  void anAbbreviationWrittenAsListed_isTheOrganisation_notTheIslandOfTheSameName() {
    // GIVEN «ГУАМ» in capitals, as the organisation writes itself, and «Гуам», the island
    Document doc = RUSSIAN.parse("Совместное заявление\n\nМы, главы правительств государств — членов ГУАМ,"
        + " заявляем о следующем:\n\n1. Стороны отметили ураган на острове Гуам.\n");
    // THEN the capitals are the organisation, which adopts the text; the island is named too
    assertEquals(List.of("GUAM"), doc.signatories());
    assertTrue(doc.party("GU").isPresent(), "the island «Гуам»");
  }

  @Test
  void aStatesLeadershipAsTheSubject_isItsSide_aStateItSpeaksOfIsNot() {
    // GIVEN a statement whose first sentence is spoken by one state's leadership about another state
    Document doc = RUSSIAN.parse("Китайское правительство заявляет о поддержке суверенитета Казахстана.\n"
        + "Мы готовы развивать сотрудничество между Китаем и Казахстаном.\n");
    // THEN the state of the leadership is the side; the one it speaks of is only mentioned
    assertEquals(List.of("CN"), doc.signatories());
    assertTrue(doc.party("KZ").isPresent(), "Kazakhstan is mentioned");
  }

  @Test
  void aSubjectWhoseVerbFollowsTheGerunds_namesTheSides() {
    // GIVEN heads of states whose subject ends in a comma, the verb after a list of gerunds
    Document doc = RUSSIAN.parse("ДЕКЛАРАЦИЯ\n\nГлавы государств — членов Шанхайской организации сотрудничества –"
        + " Республики Казахстан, Кыргызской Республики и Российской Федерации,\n"
        + "- подчеркивая значение взаимного доверия,\n- исходя из общих интересов,\nзаявляют о следующем:\n\n"
        + "1. Стороны развивают торговлю.\n");
    // THEN the organisation and the states it names are the sides
    assertEquals(List.of("KG", "KZ", "RU", "SCO"), sorted(doc.signatories()));
  }

  @Test
  void theHeadingUnderAKindAlone_namesTheAuthors_anEnvoysStateAmongThem() {
    // GIVEN a title that is a kind of document alone, a heading line naming the authors, and a subject naming none
    Document doc = RUSSIAN.parse("ЗАЯВЛЕНИЕ\nГЛАВ ГОСУДАРСТВ РЕСПУБЛИКИ АРМЕНИЯ, РЕСПУБЛИКИ БЕЛАРУСЬ И ОСОБОГО"
        + " ПРЕДСТАВИТЕЛЯ ПРЕЗИДЕНТА РЕСПУБЛИКИ МОЛДОВА\n(Минск, 3 мая 2001 года)\nМы, участники Минской встречи,"
        + " выражаем обеспокоенность ростом преступности.\n");
    // THEN the states of the heading are the sides
    assertEquals(List.of("AM", "BY", "MD"), sorted(doc.signatories()));
  }

  @Test
  void aSpeakerNamedBesideTheHeadsOfState_speaksForHisState_throughTheBodyHeChairs() {
    // GIVEN two presidents and the speaker of a parliament, each with the body and state he serves, who meet
    Document doc = RUSSIAN.parse("Декларация глав государств\n\nПрезидент Республики Армения Иван Петров,"
        + " Президент Республики Беларусь Петр Сидоров и Председатель Сейма Литовской Республики Андрюс"
        + " Каминскас провели 3 мая 2001 года в городе Минске встречу.\n\n1. Стороны развивают торговлю.\n");
    // THEN the speaker serves his state, and his state is a side too
    assertEquals(List.of("AM", "BY", "LT"), sorted(doc.signatories()));
    assertEquals("Иван Петров=AM, Петр Сидоров=BY, Андрюс Каминскас=LT", parties(doc));
  }

  @Test
  void aBodyBetweenTheNameAndTheState_givesTheState() {
    // GIVEN officials named before the body they serve and its state
    Document doc = ENGLISH.parse("Joint Statement of Kenya and Fiji\n\n1. Vice Premier Wang Lei of the State"
        + " Council of the People's Republic of China and President Anne Dubois of the Government of New"
        + " Caledonia attended the meeting.\n");
    // THEN each serves that state
    assertEquals("Wang Lei=CN, Anne Dubois=NC", parties(doc));
  }

  @Test
  void aNameFollowedByItsState_isNoBody() {
    // GIVEN a signature block whose lines run together, each name followed by «of» and its state
    Document doc = ENGLISH.parse("Declaration on Ocean Partnership\n\n1. We will protect the ocean.\n\n"
        + "Prime Minister Anna Lund of Tonga  \nPrime Minister Josefa Vakalau Tuilagi of the Republic of Fiji  \n");
    // THEN the three words are the name, and the state its party
    assertEquals("Anna Lund=TO, Josefa Vakalau Tuilagi=FJ", parties(doc));
    assertTrue(doc.parties().stream().map(Party::id).anyMatch("FJ"::equals));
  }
  @Test
  void aStateWhoseNameIsAlsoTheFirstPartOfCompounds_isNamedAlone() {
    // GIVEN Mexico alone in a list, a name that also opens compounds («Mexico-US»)
    Document doc = ENGLISH.parse("Joint Statement\n\n1. Chile, Mexico, Peru and the Mexico-US commission met.\n");
    // THEN Mexico is a party
    assertTrue(doc.party("MX").isPresent(), "Mexico");
  }

  @Test
  void partiesThatOpenTheText_asTheSubjectOfAMeeting_areItsSides_notThoseWhoAttend() {
    // GIVEN a text opened by a list of parties that met, then a list of observers who attended
    Document doc = ENGLISH.parse("Chair's Statement on Ports\n\nToday (May 4, 2022) Chile, Peru, the European"
        + " Union and the Republic of Korea met to discuss ports. The World Bank and the United Nations attended as"
        + " observers.\n\nWe will share data.\n");
    // THEN the four are the sides
    assertEquals(List.of("CL", "EU", "KR", "PE"), sorted(doc.signatories()));
    Document observers = ENGLISH.parse("Chair's Statement on Ports\n\nThe World Bank and the United Nations"
        + " attended as observers.\n\nWe will share data.\n");
    assertEquals(List.of(), observers.signatories());
  }

  @Test
  void aFrontMattersTitleField_joinedToTheFieldBefore_isTheTitle_andTwoPresidentsInOneSentenceAreCounterparts() {
    // GIVEN a scraper's front matter whose title field follows another field, and a text that names
    // one president by his state and the other by no state, in one sentence
    String fields = "---\ntags: statements\ndate: '2021-03-01'\npublished_time: 2021-03-01 18:59:26-05:00\n"
        + "title: Chile-Peru Joint Declaration\n---\n\n";
    Document doc = ENGLISH.parse(fields + "President Ana Ruiz hosted Peruvian President Luis Vega on March 1 for a"
        + " virtual meeting to review cooperation on migration and to advance joint efforts to promote development"
        + " in the south of Peru. Building on their positive January conversation, the two Presidents reaffirmed"
        + " the enduring partnership between both countries.\n\nBoth leaders welcomed the new programme.\n");
    // THEN the field gives the title and the sides, and the president named by no state serves the other side
    assertEquals("Chile-Peru Joint Declaration", doc.title());
    assertEquals(List.of("CL", "PE"), sorted(doc.signatories()));
    assertEquals("Ana Ruiz=CL, Luis Vega=PE", parties(doc));
  }
  @Test
  void representativesWhoMetInACity_areTheSides_andTheCityIsThePlace() {
    // GIVEN a subject of representatives ended by the gerund «встретившись в <город>»
    Document doc = RUSSIAN.parse("ДЕКЛАРАЦИЯ\nоб учреждении Северного форума\nПредставители Правительств Канады,"
        + " Норвегии и Швеции (именуемые в дальнейшем северными государствами), встретившись в Оттаве;\n"
        + "Признавая важность сотрудничества;\nНастоящим учреждают Северный форум.\n");
    // THEN the states it names adopt the text where they met
    assertEquals(List.of("CA", "NO", "SE"), sorted(doc.signatories()));
    assertEquals("Оттава", doc.place().orElseThrow().name());
  }
  @Test
  void aStateInFreeAssociation_isAState_aTerritoryIsNot() {
    // GIVEN a state in free association with New Zealand, and a French territory
    Document doc = ENGLISH.parse("Joint Statement\n\n1. Niue and New Caledonia welcomed the new fisheries programme.\n");
    // THEN Niue is a state, New Caledonia a territory
    assertEquals(dev.entente.model.PartyKind.STATE, doc.party("NU").orElseThrow().kind());
    assertEquals(dev.entente.model.PartyKind.TERRITORY, doc.party("NC").orElseThrow().kind());
  }
  @Test
  void aNounAfterARoleAndAComma_orARoleThatIsALevel_isNoPerson() {
    // GIVEN roles followed by a comma and a noun, and a role that names the level of a delegation
    Document doc = ENGLISH.parse("Forum Communique\n\n1. The meeting was attended by the Heads of State,"
        + " Government, and Territories of Fiji and Samoa. Tuvalu was represented at Vice-president Level.\n");
    // THEN nobody is named
    assertEquals("", parties(doc));
  }
  @Test
  void aListOfNamesEachFollowedByItsRole_givesEachTheStateOfItsOwnRole() {
    // GIVEN names each followed by a comma and its role, the last role heading a body of its state
    Document doc = RUSSIAN.parse("Декларация\n\nНа встрече присутствовали Иван Петров, Президент Республики"
        + " Армения, Петр Сидоров, Президент Республики Беларусь, Андрюс Каминскас, Спикер Сейма Литовской"
        + " Республики.\n\n1. Стороны развивают торговлю.\n");
    // THEN each name has the state of the role after it
    assertEquals("Иван Петров=AM, Петр Сидоров=BY, Андрюс Каминскас=LT", parties(doc));
  }

  @Test
  void anOrganisationsSummitThatMeets_adoptsTheText_notTheStateItMetIn() {
    // GIVEN a heading that names the summit and the place, and a first point whose subject is the summit
    Document doc = ENGLISH.parse("Communique of the Extraordinary Summit of the Andean Community\n\n"
        + "Communique Extraordinary Summit of the Andean Community Heads of State and Government: Government"
        + " Palace, Lima, Republic of Peru\n\n1. The Extraordinary Summit of the Andean Community Heads of State and"
        + " Government met at the Government Palace in Lima, Republic of Peru on 26 to 27 January 2009.\n\n"
        + "2. The Summit was chaired by His Excellency Mr Juan Perez, President of the Republic of Peru.\n");
    // THEN the organisation adopts it; the host state and its chairing president do not
    assertEquals(List.of("CAN"), doc.signatories(), () -> parties(doc));
  }

  @Test
  void theLeadersOfAGroupOfStates_standForItsMembers() {
    // GIVEN a heading whose leaders are those of the Baltic states and of another state
    Document doc = ENGLISH.parse("Joint Statement by the Prime Ministers of the Baltic states and Canada\n\n"
        + "Joint Statement\n\nby the Prime Ministers of the Baltic states and Canada\n\nRiga, Latvia, 2 May 2024\n\n"
        + "On 2 May 2024, the leaders met in Riga to discuss energy security and trade.\n");
    // THEN the group's members are sides beside the state named
    assertEquals(List.of("CA", "EE", "LT", "LV"), sorted(doc.signatories()), () -> parties(doc));
  }

  @Test
  void aTitlesPlace_aCityAndItsCountry_isNoSide() {
    // GIVEN a title that names its two authors, then the city and country where they met
    Document ru = Parser.russian().parse("place", "Совместное заявление министров торговли России и Бразилии, Марракеш,"
        + " Королевство Марокко, 20 декабря 2023 года\n\n1. Министры обсудили развитие торговли.\n\n"
        + "2. Министры договорились встретиться вновь.\n");
    Document en = Parser.english().parse("place", "Joint Statement of the Trade Ministers of Brazil and India, Marrakesh,"
        + " Morocco, 20 December 2023\n\n1. The Ministers discussed trade.\n\n2. The Ministers agreed to meet again.\n");
    // THEN the country of the city is where, not who
    assertEquals(List.of("BR", "RU"), sorted(ru.signatories()));
    assertEquals(List.of("BR", "IN"), sorted(en.signatories()));
  }
}
