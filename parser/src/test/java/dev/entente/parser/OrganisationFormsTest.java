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
 * Session 18: the usual forms of international organisations and states that the gazetteers lacked —
 * «UN» for «United Nations» before an office's name, spellings without an accent, former names,
 * organs that count as their organisation (GUIDELINES.md), abbreviations, Russian oblique cases the
 * stemmer cannot reach from the nominative (a fleeting vowel: «рынок» → «рынка»; a root ending like
 * an inflection: «Евратом», «Режим»; a reflexive participle: «Развивающаяся»), and the adjectives of
 * the two German states. Sentences written for the test.
 */
final class OrganisationFormsTest {
  @Test
  void english_unShortFormBeforeAnOfficesName_isThatOffice() {
    // GIVEN offices named with «UN» where their full names say «United Nations»
    Document doc = english("1. Kazakhstan and Mongolia welcomed the support of the UN Office for Outer Space Affairs "
        + "and of the UN Office for Disaster Risk Reduction to their space and early warning programmes.");
    // THEN each office is found under its own id
    List<String> ids = parties(doc);
    assertTrue(ids.containsAll(List.of("KZ", "MN", "UNOOSA", "UNDRR")), ids::toString);
  }

  @Test
  void english_unaccentedAndShortNamesOfRegionalGroupings_areTheirOrganisations() {
    // GIVEN the Visegrad Group without its accent, Black Sea Economic Cooperation without «Organization
    // of the», and ECCAS by its French abbreviation
    Document doc = english("2. Hungary, a member of the Visegrad Group, and Bulgaria, a founding member of Black Sea "
        + "Economic Cooperation, invited observers from CEEAC to the conference.");
    // THEN each is the organisation
    List<String> ids = parties(doc);
    assertTrue(ids.containsAll(List.of("HU", "BG", "V4", "BSEC", "ECCAS")), ids::toString);
  }

  @Test
  void english_formerNamesAndOrgans_countAsTheOrganisation() {
    // GIVEN two former names and three courts that are organs of regional organisations
    Document doc = english("3. The Ministers recalled the founding of the Shanghai Five and of GUUAM, and noted the "
        + "rulings of the Inter-American Court of Human Rights, the African Court on Human and Peoples' Rights and "
        + "the European Court of Justice.");
    // THEN each counts as the organisation it belongs to
    List<String> ids = parties(doc);
    assertTrue(ids.containsAll(List.of("SCO", "GUAM", "OAS", "AFRICAN_UNION", "EU")), ids::toString);
  }

  @Test
  void english_assemblyFundAndPlatform_areTheirOrganisations() {
    // GIVEN the CIS assembly in its usual English word order, the OPEC Fund by its short name, a
    // former Central Asian organisation and the biodiversity platform by its abbreviation
    Document doc = english("4. Observers of the CIS Interparliamentary Assembly, experts of the OPEC Fund, veterans "
        + "of the Central Asian Cooperation Organization and scientists of IPBES took part.");
    // THEN each is found under its id, the assembly as an organ of the CIS (session 19)
    List<String> ids = parties(doc);
    assertTrue(ids.containsAll(List.of("CIS", "OFID", "CACO", "IPBES")), ids::toString);
  }

  @Test
  void russian_commonMarketInTheObliqueCases_isTheOrganisationNotTheState() {
    // GIVEN two common markets in the instrumental and the genitive («рынок» drops its «о»)
    Document doc = russian("1. Стороны расширят торговлю с Общим рынком Восточной и Южной Африки и с государствами "
        + "Общего рынка стран Южного конуса.");
    // THEN both are organisations, and «Южной Африки» inside the name is no state
    List<String> ids = parties(doc);
    assertTrue(ids.containsAll(List.of("COMESA", "MERCOSUR")), ids::toString);
    assertFalse(ids.contains("ZA"), ids::toString);
  }

  @Test
  void russian_namesWhoseNominativeStemsApart_areFoundInTheGenitive() {
    // GIVEN «Евратом», «Режим …» and «Развивающаяся восьмёрка» in the genitive
    Document doc = russian("2. Стороны отметили роль Евратома, Режима контроля за ракетной технологией и "
        + "Развивающейся восьмёрки.");
    // THEN each is its organisation
    List<String> ids = parties(doc);
    assertTrue(ids.containsAll(List.of("EURATOM", "MTCR", "D8")), ids::toString);
  }

  @Test
  void russian_usualAndFormerNames_areTheOrganisations() {
    // GIVEN the usual spelling «Вишеградская», the Gulf council's short name, two former names,
    // the British Commonwealth and a former Central Asian organisation by its abbreviation
    Document doc = russian("3. Стороны приветствовали опыт Вишеградской группы, Совета сотрудничества стран Залива, "
        + "«Шанхайской пятёрки», ГУУАМ, Британского Содружества и ОЦАС.");
    // THEN each is found under its organisation's id
    List<String> ids = parties(doc);
    assertTrue(ids.containsAll(List.of("V4", "GCC", "SCO", "GUAM", "COMMONWEALTH", "CACO")), ids::toString);
  }

  @Test
  void russian_adjectivesOfTheTwoGermanStates_nameThem() {
    // GIVEN the adjectives of West and East Germany
    Document doc = russian("4. Советская сторона приняла западногерманскую и восточногерманскую делегации.");
    // THEN both states are found
    List<String> ids = parties(doc);
    assertTrue(ids.containsAll(List.of("SU", "DE", "DD")), ids::toString);
  }

  @Test
  void english_namesWithoutTheArticleAndTheCommunity_areTheirOrganisations() {
    // GIVEN the OIC's former name without «the» and the European Community of the 1990s
    Document doc = english("5. Egypt recalled its work in the Organization of Islamic Conference and its association "
        + "agreement with the European Community.");
    // THEN both are found
    List<String> ids = parties(doc);
    assertTrue(ids.containsAll(List.of("EG", "OIC", "EEC")), ids::toString);
  }

  @Test
  void russian_shortNameOfTheAfricanUnion_isTheUnion() {
    // GIVEN the African Union by its one-word short name, in the genitive
    Document doc = russian("5. Египет поддерживает усилия Афросоюза по урегулированию конфликтов.");
    // THEN it is the African Union
    List<String> ids = parties(doc);
    assertTrue(ids.containsAll(List.of("EG", "AFRICAN_UNION")), ids::toString);
  }
}
