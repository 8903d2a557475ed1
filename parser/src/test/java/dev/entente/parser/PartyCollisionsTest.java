package dev.entente.parser;

import static dev.entente.parser.PartyTexts.english;
import static dev.entente.parser.PartyTexts.parties;
import static dev.entente.parser.PartyTexts.russian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Party;
import dev.entente.model.PartyKind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 19: names that collide with a state's or an organisation's — a list of organisations whose
 * first ends like an adjective, an abbreviation before a word that opens like a geographic noun, a
 * district or a province named like a state, a state's former name written in lower case — and organs
 * that count as their organisation (GUIDELINES.md «Parties»). Sentences written for the test.
 */
final class PartyCollisionsTest {
  private static List<String> states(Document doc) {
    return doc.parties().stream().filter(p -> p.kind() == PartyKind.STATE).map(Party::id).collect(Collectors.toList());
  }

  @Test
  void russian_organisationListedAfterAGenitiveLikeAnAdjective_isFound() {
    // GIVEN a list whose first name ends in «Наций», read as an adjective, before a short name
    Document doc = russian("1. Стороны направят доклад в Организацию Объединённых Наций, Межпарламентский союз "
        + "и Совет Европы.");
    // THEN the comma lists the next organisation: it is no national body of an adjective's state
    assertTrue(parties(doc).containsAll(List.of("UN", "IPU", "COE")), parties(doc)::toString);
  }

  @Test
  void english_abbreviationBeforeARegionalBody_isTheOrganisation() {
    // GIVEN an organisation's abbreviation (ending like «Asian») before «Regional»
    Document doc = english("1. India and Viet Nam will work together in the ASEAN Regional Forum.");
    // THEN the abbreviation names the organisation: «Regional» opens no geographic name after it
    assertTrue(parties(doc).contains("ASEAN"), parties(doc)::toString);
  }

  @Test
  void russian_assemblyOfTheCommonwealth_isTheCommonwealth() {
    // GIVEN the CIS assembly by its full name and by its abbreviation
    Document doc = russian("1. Межпарламентская Ассамблея государств — участников Содружества Независимых Государств "
        + "и делегация МПА СНГ приветствуют выборы в Казахстане.");
    // THEN both are the organ of the CIS, counted as the CIS
    List<String> ids = parties(doc);
    assertTrue(ids.contains("CIS"), ids::toString);
    assertFalse(ids.contains("IPA_CIS"), ids::toString);
  }

  @Test
  void english_parliamentsOfOrganisations_areTheirOrganisations() {
    // GIVEN the legislative organs of the Arab League and of the East African Community
    Document doc = english("1. Egypt and Kenya welcomed the work of the Arab Parliament and of the East African "
        + "Legislative Assembly.");
    // THEN each counts as its organisation
    List<String> ids = parties(doc);
    assertTrue(ids.containsAll(List.of("LAS", "EAC")), ids::toString);
  }

  @Test
  void russian_districtNamedLikeAState_isNoState() {
    // GIVEN a dateline with the federal district, and the state's provinces in the genitive
    Document doc = russian("1. Заявление принято в Вашингтоне, округ Колумбия, и в федеральном округе Колумбия "
        + "одобрено. США окажут помощь округам Афганистана.");
    // THEN the district's name in the nominative is no mention of Colombia; the genitive names Afghanistan
    assertEquals(List.of("US", "AF"), states(doc));
  }

  @Test
  void russian_provinceNamedWithABritishAdjective_isNoState() {
    // GIVEN a Canadian province whose name is a state's adjective and another state's name
    Document doc = russian("1. Делегация Канады посетила Британскую Колумбию, а затем Японию.");
    // THEN neither the United Kingdom nor Colombia is mentioned
    assertEquals(List.of("CA", "JP"), states(doc));
  }

  @Test
  void formerYugoslavRepublicInLowerCase_isMacedonia() {
    // GIVEN the United Nations' former name of North Macedonia, written as the UN writes it
    Document ru = russian("1. Стороны обсудили положение в бывшей югославской республике Македония.");
    Document en = english("1. The sides discussed the situation in the former Yugoslav Republic of Macedonia.");
    // THEN it is North Macedonia, and «югославской» inside it is no mention of Yugoslavia
    assertEquals(List.of("MK"), states(ru));
    assertEquals(List.of("MK"), states(en));
  }

  @Test
  void english_spellingsOfTheNinetiesAndFormerNames_areTheStates() {
    // GIVEN the English spellings of the early 1990s and former short names
    Document doc = english("1. The Republic of Kazakstan, Kyrghyzstan, Tadjikistan, Turkmenia, Azerbaidjan and Moldavia "
        + "signed the agreement with the Republic of Hungary.");
    // THEN each is its state
    assertEquals(List.of("KZ", "KG", "TJ", "TM", "AZ", "MD", "HU"), states(doc));
  }

  @Test
  void russian_newSpellingsSovietAbbreviationsAndAdjectives_areTheStates() {
    // GIVEN «Тюркие», the abbreviations of two Soviet republics, Macedonia's short name, and adjectives
    // of states that had none
    Document doc = russian("1. Тюркие, УССР и БССР поддержали Македонию; гвинейская, доминиканская и вануатская "
        + "делегации воздержались.");
    // THEN each is its state
    assertEquals(List.of("TR", "UA", "BY", "MK", "GN", "DO", "VU"), states(doc));
  }

  @Test
  void lakesRiversAndBasinsNamedLikeStates_areNoStates() {
    // GIVEN a lake, a basin and a delta named like states, in both languages
    Document en = english("1. Cameroon will protect Lake Chad, the Congo Basin forests and the Niger Delta.");
    Document ru = russian("1. Камерун защитит озеро Чад и бассейн реки Конго.");
    // THEN only the state that acts is mentioned
    assertEquals(List.of("CM"), states(en));
    assertEquals(List.of("CM"), states(ru));
  }

  @Test
  void russian_melanesianGroupByItsQuotedName_isTheGroup() {
    // GIVEN the Melanesian Spearhead Group under the name Russian texts give it, in the genitive
    Document doc = russian("1. Фиджи приветствует решения Меланезийской группы «Острие копья».");
    // THEN it is the group
    assertTrue(parties(doc).contains("MSG"), parties(doc)::toString);
  }
}

