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
 * Session 13: the ways a state's name turns up in a body without naming the state — a region
 * («Latin America»), a sea («South China Sea», «Gulf of Guinea»), a city («Port of Spain»,
 * «Эль-Кувейт»), a currency («US$»), a territory («American Samoa», «Turks and Caicos Islands»),
 * a language, a state's own body («Совет Безопасности Российской Федерации») — and the short names of
 * organisations and organs that count («Совет Безопасности», KEDO, the Human Rights Council as the UN).
 * Sentences written for the test in the house styles of communiqués.
 */
final class PlacesNamedAfterStatesTest {
  private static List<String> states(Document doc) {
    return doc.parties().stream().filter(p -> p.kind() == PartyKind.STATE).map(Party::id).collect(Collectors.toList());
  }

  @Test
  void english_regionsNamedWithAStatesName_areNoStates() {
    Document doc = english("1. Australia and Argentina welcomed the trend towards democracy in Latin America and "
        + "cooperation with South American and Central American nations within the inter-American system.\n\n"
        + "2. The United States and Mexico discussed development in Papua New Guinea and New Guinea, and "
        + "the situation in Southern Lebanon.");
    assertEquals(List.of("AU", "AR", "US", "MX", "PG", "LB"), states(doc), "a part of a state still names it");
  }

  @Test
  void english_seasNamedWithAStatesName_areNoStates() {
    Document doc = english("1. Japan and the Philippines oppose unlawful maritime claims in the South China Sea "
        + "and the East China Sea, and support maritime security in the Gulf of Guinea and the Sea of Japan.");
    assertEquals(List.of("JP", "PH"), states(doc));
  }

  @Test
  void english_citiesCurrenciesAndLanguages_areNoStates() {
    Document doc = english("1. Australia will open a High Commission in Port of Spain; trade with Trinidad and "
        + "Tobago exceeds US$2 billion. This statement is done in the English and Chinese languages.");
    assertEquals(List.of("AU", "TT"), states(doc));
  }

  @Test
  void english_territoriesNamedAfterStates_areTerritories() {
    Document doc = english("1. Jamaica welcomed the Turks and Caicos Islands, the British Virgin Islands and "
        + "American Samoa as observers.");
    List<String> ids = parties(doc);
    assertEquals(List.of("JM"), states(doc));
    assertTrue(ids.containsAll(List.of("TC", "VG", "AS")), ids::toString);
  }

  @Test
  void english_historicHalvesOfStates_areTheStates() {
    Document doc = english("1. The Council noted the aggression of North Viet-Nam and welcomed West Germany "
        + "and Western Samoa.");
    assertEquals(List.of("VN", "DE", "WS"), states(doc));
  }

  @Test
  void english_organisationsAndOrgans() {
    Document doc = english("1. Both countries will cooperate through KEDO. The Council of Arab States at the "
        + "Summit Level adopted the initiative. The Human Rights Council was noted, and the UN climate change "
        + "conference in Durban. The Ministers praised the New Partnership for Africa's Development.");
    List<String> ids = parties(doc);
    assertTrue(ids.containsAll(List.of("KEDO", "LAS", "UN")), ids::toString);
    assertFalse(ids.contains("HRC") || ids.contains("UNFCCC") || ids.contains("AFRICAN_UNION"), ids::toString);
  }

  @Test
  void english_theForeignAndCommonwealthOffice_isTheUnitedKingdomsNotTheCommonwealth() {
    Document doc = english("1. Mexico's Foreign Secretary and the Secretary of State for Foreign and Commonwealth "
        + "Affairs held talks. The British Commonwealth was represented.");
    List<String> ids = parties(doc);
    assertEquals(List.of("MX", "GB", "COMMONWEALTH"), ids);
    assertEquals(1, doc.parties().get(2).mentions().size(), "only «British Commonwealth» names the Commonwealth");
  }

  @Test
  void russian_bareSecurityCouncil_isTheUn_butAStatesCouncilIsNot() {
    Document doc = russian("1. Совет Безопасности приветствует доклад Генерального секретаря.");
    assertEquals(List.of("UN"), parties(doc));
    doc = russian("1. Секретарь Совета Безопасности Российской Федерации встретился с секретарем Совета "
        + "безопасности Республики Казахстан.");
    assertEquals(List.of("RU", "KZ"), parties(doc));
    doc = russian("1. В Совете Безопасности Россия и Китай выступили против проекта резолюции.");
    assertEquals(List.of("UN", "RU", "CN"), parties(doc), "a state in the nominative opens its own clause");
  }

  @Test
  void russian_citiesAndTerritoriesNamedAfterStates_areNoStates() {
    Document doc = russian("1. Стороны приветствовали итоги встреч в Эль-Кувейте и Сан-Сальвадоре, "
        + "а также участие Американского Самоа и Британских Виргинских островов.");
    List<String> ids = parties(doc);
    assertEquals(List.of(), states(doc));
    assertTrue(ids.containsAll(List.of("AS", "VG")), ids::toString);
  }

  @Test
  void russian_humanRightsCouncil_isTheUn_andNepadIsNoOrganisation() {
    Document doc = russian("1. Стороны отметили роль Совета ООН по правам человека и программы НЕПАД.");
    assertEquals(List.of("UN"), parties(doc));
  }

  @Test
  void russian_currencies_areNoStates() {
    Document doc = russian("1. Товарооборот между Казахстаном и Узбекистаном достиг 4 млрд долларов США; стороны "
        + "расширят расчеты в национальных валютах, в том числе в китайских юанях и российских рублях.");
    assertEquals(List.of("KZ", "UZ"), parties(doc));
    doc = russian("1. Стороны обсудили позицию США и Китая.");
    assertEquals(List.of("US", "CN"), parties(doc), "the state itself still counts");
  }

  @Test
  void russian_halvesOfStates_areTheirStates() {
    Document doc = russian("1. Стороны вспомнили о встречах в Восточной Германии и Западной Германии и обсудили "
        + "мирный процесс в Северной Ирландии.");
    assertEquals(List.of("DD", "DE", "GB"), parties(doc), "not Germany twice, not Ireland");
  }
}
