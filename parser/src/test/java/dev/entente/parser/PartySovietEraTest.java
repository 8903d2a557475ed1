package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Party;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 24: Soviet-era and archival texts — the abbreviations and official names of the socialist
 * states of 1945–1991, a state that no longer exists (South Yemen), the Warsaw Pact in English, and a
 * Soviet republic («Казахской ССР»), which is no state. Sentences written for the test.
 */
final class PartySovietEraTest {
  private static final Parser ENGLISH = Parser.english();

  private static Document english(String body) {
    return ENGLISH.parse("en-test", "Joint Communique\n\n" + body + "\n");
  }

  private static Document russian(String body) {
    return Seeds.PARSER.parse("own.txt", "Совместное коммюнике\n\n" + body + "\n");
  }

  private static List<String> parties(Document doc) {
    return doc.parties().stream().map(Party::id).collect(Collectors.toList());
  }

  @Test
  void russian_abbreviationsOfTheSocialistStates_nameTheirStates() {
    // GIVEN the abbreviations Soviet texts gave Vietnam, Afghanistan, Kampuchea, Mozambique, both Yemens, the UAR,
    // and Yugoslavia, Romania and Czechoslovakia before their renaming
    Document doc = russian("В переговорах участвовали делегации ДРВ, ДРА, НРК, НРМ, ЙАР, НДРЙ, ОАР, ФНРЮ, РНР и ЧСР.");
    // THEN each names its state, South Yemen under its withdrawn code
    assertEquals(List.of("VN", "AF", "KH", "MZ", "YE", "YD", "EG", "YU", "RO", "CS"), parties(doc));
  }

  @Test
  void russian_officialNamesOfThePeoplesRepublics_nameTheirStates_andEndBeforeTheNameAfterThem() {
    // GIVEN the official names Soviet texts gave Hungary, Poland, Mongolia, Bulgaria and Romania, in oblique cases
    Document doc = russian("Министр иностранных дел Венгерской Народной Республики Золтан Береш встретился с послами "
        + "Польской Народной Республики, Монгольской Народной Республики, Народной Республики Болгарии "
        + "и Социалистической Республики Румынии.");
    // THEN each names its state, and the whole name is the party, not a part of the minister's name
    assertEquals(List.of("HU", "PL", "MN", "BG", "RO"), parties(doc));
    assertEquals(List.of("Золтан Береш/HU"), doc.participants().stream()
        .map(p -> p.name() + "/" + p.party().orElse("-")).collect(Collectors.toList()));
  }

  @Test
  void russian_abbreviationOfTwoPeoplesRepublics_namesNeither() {
    // GIVEN «НРА», which Soviet texts wrote for Albania (1946-1976) and for Angola (1975-1992)
    Document doc = russian("Делегация НРА прибыла в Москву.");
    // THEN no state is guessed
    assertEquals(List.of(), parties(doc));
  }

  @Test
  void russian_officialNamesOfSouthYemenAndTheUnitedArabRepublic_nameTheirStates() {
    // GIVEN the official names of the PDRY and of the UAR
    Document doc = russian("Послы Народной Демократической Республики Йемен и Объединённой Арабской Республики "
        + "вручили ноты.");
    // THEN South Yemen is not Yemen, and the UAR is Egypt
    assertEquals(List.of("YD", "EG"), parties(doc));
  }

  @Test
  void english_socialistEraNamesAndAbbreviations_nameTheirStates() {
    // GIVEN the DRV, the PDRY, the YAR, the UAR by name and abbreviation
    Document doc = english("Envoys of the Democratic Republic of Vietnam, the People's Democratic Republic of Yemen "
        + "and the United Arab Republic met those of the DRV's neighbours, the PDRY and the YAR.");
    // THEN Vietnam, South Yemen, Egypt and Yemen
    List<String> found = parties(doc);
    assertTrue(found.containsAll(List.of("VN", "YD", "EG", "YE")), found::toString);
  }

  @Test
  void english_byelorussian_namesBelarus() {
    // GIVEN the Soviet-era English adjective of Belarus
    Document doc = english("The Byelorussian delegation supported the draft.");
    // THEN Belarus
    assertEquals(List.of("BY"), parties(doc));
  }

  @Test
  void english_warsawTreatyMemberStates_nameTheWarsawPact() {
    // GIVEN the member states of the Warsaw Treaty
    Document doc = english("The Warsaw Treaty member states called for a conference on European security.");
    // THEN the Warsaw Pact
    assertTrue(parties(doc).contains("WARSAW_PACT"), parties(doc)::toString);
  }

  @Test
  void russian_sovietRepublic_isNoState() {
    // GIVEN officials of Soviet republics, by abbreviation and by full name
    Document doc = russian("Председатель Совета Министров Казахской ССР встретился с министром Грузинской "
        + "Советской Социалистической Республики и с представителем Абхазской АССР.");
    // THEN neither Kazakhstan, nor Georgia, nor Abkhazia's state, nor the Soviet Union by «Советской»
    assertEquals(List.of(), parties(doc));
  }

  @Test
  void russian_stateBeforeTheSovietUnion_staysAState() {
    // GIVEN a state's adjective followed by the Soviet Union's name, and the RSFSR's full name
    Document doc = russian("Казахская делегация прибыла в СССР; Российская Советская Федеративная Социалистическая "
        + "Республика поддержала её.");
    // THEN Kazakhstan and the Soviet Union are named
    List<String> found = parties(doc);
    assertTrue(found.containsAll(List.of("KZ", "SU")), found::toString);
  }

  @Test
  void english_sovietRepublic_isNoState() {
    // GIVEN the Kazakh SSR and the Ukrainian Soviet Socialist Republic
    Document doc = english("The Chairman of the Kazakh SSR met a minister of the Ukrainian Soviet Socialist Republic.");
    // THEN no state: neither Kazakhstan, Ukraine nor the Soviet Union by "Soviet"
    List<String> found = parties(doc);
    assertFalse(found.contains("KZ") || found.contains("UA") || found.contains("SU"), found::toString);
  }

  @Test
  void russian_sovietEraAdjectivesAndNames_nameTheirStates() {
    // GIVEN «венгеро-» and «кампучийский» in compounds, and Transjordan
    Document doc = russian("Венгеро-советская дружба и советско-кампучийские связи крепнут; посол Трансиордании "
        + "прибыл позже.");
    // THEN Hungary, Kampuchea (Cambodia) and Jordan
    List<String> found = parties(doc);
    assertTrue(found.containsAll(List.of("HU", "KH", "JO")), found::toString);
  }

  @Test
  void russian_sovietRepublicInAListBetweenParties_namesItsSuccessor() {
    // GIVEN a 1990 treaty between the RSFSR and the Byelorussian SSR, by full name and by abbreviation
    Document doc = russian("Договор между Российской Советской Федеративной Социалистической Республикой и Белорусской "
        + "Советской Социалистической Республикой о торговле. Высокие Договаривающиеся Стороны согласились о нижеследующем.");
    // THEN Russia and Belarus, the state that succeeded the republic
    assertEquals(List.of("RU", "BY"), parties(doc));
  }

  @Test
  void russian_sovietRepublicsOrganBesideTheSameOrganOfAState_namesItsSuccessor() {
    // GIVEN two ministries, the same words before each republic
    Document doc = russian("Министерство юстиции РСФСР и Министерство юстиции Узбекской ССР, именуемые в "
        + "дальнейшем Сторонами, договорились о следующем.");
    // THEN Russia and Uzbekistan
    assertEquals(List.of("RU", "UZ"), parties(doc));
  }

  @Test
  void russian_sovietRepublicAsAPlaceBesideAState_staysNoState() {
    // GIVEN a republic joined to the RSFSR as places where something happened, no «между» and no repeated organ
    Document doc = russian("В РСФСР и Армянской ССР прошли выборы.");
    // THEN only the RSFSR (Russia)
    assertEquals(List.of("RU"), parties(doc));
  }
}
