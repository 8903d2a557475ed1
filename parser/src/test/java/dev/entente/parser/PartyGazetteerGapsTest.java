package dev.entente.parser;

import static dev.entente.parser.PartyTexts.english;
import static dev.entente.parser.PartyTexts.parties;
import static dev.entente.parser.PartyTexts.russian;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 20: where a fresh text and the gazetteers part ways — an abbreviation the text defines for a
 * name of its own that the gazetteer has for another organisation, and organisations or name forms the
 * gazetteers lacked. Sentences written for the test.
 */
final class PartyGazetteerGapsTest {
  private static final Parser ENGLISH = Parser.english();

  @Test
  void russian_abbreviationTheTextDefinesForItsOwnName_isNotTheGazetteersParty() {
    // GIVEN «МФК» (the IFC's Russian abbreviation) defined by the text as its consultations' name, then used alone
    Document doc = russian("1. Стороны высоко оценили работу Московского формата консультаций (МФК) и договорились "
        + "провести следующее заседание МФК в Москве.");
    // THEN neither mention is the International Finance Corporation
    assertFalse(parties(doc).contains("IFC"), parties(doc)::toString);
  }

  @Test
  void english_abbreviationTheTextDefinesForItsOwnName_isNotTheGazetteersParty() {
    // GIVEN "IFC" defined by the text as the name of a forum of its own
    Document doc = english("1. The Ministers welcomed the Indo-Pacific Fisheries Conference (IFC) and agreed that the "
        + "next IFC would meet in Suva.");
    // THEN the International Finance Corporation is not named
    assertFalse(parties(doc).contains("IFC"), parties(doc)::toString);
  }

  @Test
  void english_abbreviationDefinedForAnotherBankOfTheSameHeadWords_isNotTheGazetteersBank() {
    // GIVEN "CDB" (the Caribbean Development Bank's) defined as a national bank's name sharing "Development Bank"
    Document doc = english("1. The loan of the China Development Bank (CDB) will finance the port; CDB will "
        + "report to both sides.");
    // THEN the Caribbean Development Bank is not named
    assertFalse(parties(doc).contains("CDB"), parties(doc)::toString);
  }

  @Test
  void russian_abbreviationAfterTheOrganisationsOwnName_staysTheOrganisation() {
    // GIVEN the organisation's full name, its abbreviation in brackets, and the abbreviation alone
    Document doc = russian("1. Стороны приветствовали вклад Международной финансовой корпорации (МФК) и "
        + "Организации Договора о коллективной безопасности (ОДКБ); МФК продолжит работу.");
    // THEN both organisations are found
    assertTrue(parties(doc).containsAll(List.of("IFC", "CSTO")), parties(doc)::toString);
  }

  @Test
  void english_abbreviationAfterAVariantOfItsName_staysTheOrganisation() {
    // GIVEN a variant of the organisation's name the gazetteer lacks, sharing words with its name
    Document doc = english("1. The two sides will cooperate in the Indian Ocean Regional Association (IORA).");
    // THEN the abbreviation still names the organisation
    assertTrue(parties(doc).contains("IORA"), parties(doc)::toString);
  }

  @Test
  void english_abbreviationInBracketsThatTheWordsBeforeDoNotSpell_staysTheOrganisation() {
    // GIVEN an abbreviation in brackets after words whose initials do not spell it
    Document doc = english("1. The leaders welcomed the support of the Bank (IFC) for the project.");
    // THEN it names the organisation as ever
    assertTrue(parties(doc).contains("IFC"), parties(doc)::toString);
  }

  @Test
  void russian_regionalOrganisationsOfAfricaAndLatinAmerica_areFound() {
    // GIVEN regional bodies in inflected forms and by abbreviation
    Document doc = russian("1. Стороны приветствовали вклад Латиноамериканской энергетической организации, "
        + "Организации по гармонизации коммерческого права в Африке и АЛЕКСО.");
    // THEN each is an organisation
    assertTrue(parties(doc).containsAll(List.of("OLADE", "OHADA", "ALECSO")), parties(doc)::toString);
  }

  @Test
  void english_pacificBodiesAndAPartyFront_areFound() {
    // GIVEN Pacific groupings and a party front named by its French name
    Document doc = english("1. The Leaders welcomed the Polynesian Leaders Group, the Micronesian Islands Forum and "
        + "the Front de Libération Nationale Kanak et Socialiste.");
    // THEN each is a party
    assertTrue(parties(doc).containsAll(List.of("PLG", "MIF", "FLNKS")), parties(doc)::toString);
  }

  @Test
  void english_provinceNamedWithAStatesAdjective_isNoState() {
    // GIVEN a Canadian province whose name opens with the United Kingdom's adjective
    Document doc = english("1. Canada and Japan will open a joint research centre in British Columbia.");
    // THEN the province names no United Kingdom
    assertFalse(parties(doc).contains("GB"), parties(doc)::toString);
  }

  @Test
  void english_ambiguousNameAfterACityOfAnotherState_isTheCitysDivision() {
    // GIVEN a US state named like a state, after a US city and a comma; then the state's capital before it
    Document atlanta = english("1. The Ministers met in Atlanta, Georgia, to discuss trade.");
    Document tbilisi = english("1. The Ministers met in Tbilisi, Georgia, to discuss trade.");
    // THEN only the second names Georgia
    assertFalse(parties(atlanta).contains("GE"), parties(atlanta)::toString);
    assertTrue(parties(tbilisi).contains("GE"), parties(tbilisi)::toString);
  }

  @Test
  void english_abbreviationThatIsAFunctionWordInACapitalisedLine_isThatWord() {
    // GIVEN "WHO" as a word of a title in capitals, and as the organisation in a sentence's list
    Document title = ENGLISH.parse("en-test", "STATEMENT OF THE LEADERS WHO MET IN SUVA\n\n"
        + "1. The leaders of Fiji and Samoa agreed to cooperate.\n");
    Document list = english("1. The leaders thanked UNICEF, WHO and UNDP for their support.");
    // THEN only the list names the World Health Organization
    assertFalse(parties(title).contains("WHO"), parties(title)::toString);
    assertTrue(parties(list).contains("WHO"), parties(list)::toString);
  }

  @Test
  void english_adjectiveAloneInSquareBrackets_isAMenusLanguage() {
    // GIVEN a site's menu of languages before the body, which names Japan and China by adjective
    Document doc = ENGLISH.parse("en-test", "Joint Statement\n\n[English] [Japanese] [Chinese]\n\n"
        + "1. The leaders of Fiji and Samoa agreed to cooperate.\n");
    // THEN neither language is a state
    assertFalse(parties(doc).contains("JP") || parties(doc).contains("CN"), parties(doc)::toString);
  }

  @Test
  void russian_abbreviationDefinedAfterHereinafter_isNotTheGazetteersParty() {
    // GIVEN the definition written «(далее — МФК)», then the abbreviation alone
    Document doc = russian("1. Стороны отметили роль Московского формата консультаций (далее — МФК). "
        + "Следующее заседание МФК пройдёт в Москве.");
    // THEN the International Finance Corporation is not named
    assertFalse(parties(doc).contains("IFC"), parties(doc)::toString);
  }
}
