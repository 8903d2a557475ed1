package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import dev.entente.model.Party;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Follow-ups of issue 20 (session 10): organisations and places the data lacked, a feminine head
 * noun that the nominative read as a person («политике» → «политика», not «политик»), and a region
 * that names one side of a format («саммит «Центральная Азия – Китай»»). Every text is written for
 * these tests.
 */
final class RussianFollowUpsTest {
  private static final Parser RUSSIAN = Parser.russian();
  private static final Russian LANGUAGE = new Russian();
  private static final String POINT = "1. Стороны подчеркнули важность сотрудничества в области культуры и образования.\n";
  private static final List<String> CENTRAL_ASIA = List.of("KG", "KZ", "TJ", "TM", "UZ");

  private static List<String> partyIds(Document doc) {
    return doc.parties().stream().map(Party::id).sorted().collect(Collectors.toList());
  }

  @Test
  void blackSeaEconomicCooperation_isFoundByItsShortAbbreviation() {
    // GIVEN the organisation named by «ЧЭС» alone
    Document doc = RUSSIAN.parse("Заявление министров\n\nМинистры обсудили сотрудничество в рамках ЧЭС"
        + " и на площадке Организации Объединённых Наций.\n" + POINT);
    // THEN it is the Organisation of the Black Sea Economic Cooperation
    assertTrue(partyIds(doc).contains("BSEC"), partyIds(doc).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"партии", "партией", "партию", "Партия"})
  void newAzerbaijanParty_inAnyCase_isTheParty_notTheState(String party) {
    // GIVEN the party «Новый Азербайджан» after «партия» in some case, and no other mention of Azerbaijan
    Document doc = RUSSIAN.parse("Пресс-релиз\n\nДелегация встретилась с " + party
        + " «Новый Азербайджан» и обсудила межпартийные связи с партией «Единая Россия».\n" + POINT);
    // THEN the party is found and the state is not
    assertTrue(partyIds(doc).contains("YAP"), partyIds(doc).toString());
    assertFalse(partyIds(doc).contains("AZ"), partyIds(doc).toString());
  }

  @ParameterizedTest
  @CsvSource({
      "Хоргос, Хоргос, KZ",
      "Могилев, Могилёв, BY",
      "Сямынь, Сямынь, CN",
      "Гуйлинь, Гуйлинь, CN",
      "Сэндтон, Сэндтон, ZA",
      "Бурабай, Бурабай, KZ",
  })
  void placeOfSigning_isACityOfTheData(String written, String name, String country) {
    // GIVEN a heading line with the city and the date
    Document doc = RUSSIAN.parse("Совместное заявление\n\n" + written + ", 12 мая 2024 года\n\n" + POINT);
    // THEN it is the document's place, in its own country
    assertEquals(name, doc.place().orElseThrow().name());
    assertEquals(country, doc.place().orElseThrow().country().orElseThrow());
  }

  @ParameterizedTest
  @CsvSource({
      "политике, политика",
      "политику, политика",
      "Политике, Политика",
      "внешней политике, внешняя политика",
  })
  void feminineHeadNoun_isNotReadAsAPerson(String written, String expected) {
    String[] words = written.split(" ");
    assertEquals(expected, String.join(" ", LANGUAGE.nominativeHeadPhrase(words, words.length - 1)));
  }

  @Test
  void policyOfAState_isNeverNamedAsAPolitician() {
    // GIVEN a policy named after «политике» and «политики»
    Document doc = RUSSIAN.parse("Совместное заявление\n\n" + POINT
        + "2. Стороны подтвердили приверженность политике «одного Китая» и принципам политики добрососедства.\n");
    // THEN no initiative is named «политик …»
    for (Initiative initiative : doc.initiatives()) {
      assertFalse(initiative.name().toLowerCase(java.util.Locale.ROOT).matches("политик( .*)?"), initiative.name());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Центральная Азия – Китай", "Центральная Азия - Китай", "Китай – Центральная Азия",
      "Центральная Азия + Китай"})
  void regionJoinedToAPartyInAFormatName_standsForItsStates(String format) {
    // GIVEN a title that names a summit of a region and a state, and a body that names no sides
    Document doc = RUSSIAN.parse("Совместная декларация по итогам второго саммита «" + format + "»\n\n" + POINT);
    // THEN the sides are the region's five states and the state
    List<String> expected = new java.util.ArrayList<>(CENTRAL_ASIA);
    expected.add("CN");
    assertEquals(sorted(expected), sorted(doc.signatories()));
    // AND each side is a party of the document, its mention the region's name
    assertTrue(partyIds(doc).containsAll(expected), partyIds(doc).toString());
  }

  @Test
  void centralAsiaPlusOne_standsForTheFiveStates() {
    // GIVEN a title that names the format «С5+1» and its partner
    Document doc = RUSSIAN.parse("Совместное заявление министров иностранных дел в формате «С5+1» и Японии\n\n" + POINT);
    // THEN the five states are sides
    assertTrue(doc.signatories().containsAll(CENTRAL_ASIA), doc.signatories().toString());
    assertTrue(partyIds(doc).containsAll(CENTRAL_ASIA), partyIds(doc).toString());
  }

  @Test
  void englishPack_readsTheRegionOfAFormatName_too() {
    // GIVEN an English title that names a dialogue of the region and a state
    Document doc = Parser.english().parse("Joint Statement of the Central Asia–Japan Dialogue Foreign Ministers' Meeting\n\n"
        + "1. The ministers discussed cooperation in Central Asia.\n");
    // THEN the sides are the five states and the state
    List<String> expected = new java.util.ArrayList<>(CENTRAL_ASIA);
    expected.add("JP");
    assertEquals(sorted(expected), sorted(doc.signatories()));
  }

  @Test
  void englishPack_readsCentralAsiaPlusOne() {
    // GIVEN an English title that names the format «C5+1»
    Document doc = Parser.english().parse("Joint Statement of the C5+1 Foreign Ministers\n\n"
        + "1. The ministers discussed cooperation in the field of trade.\n");
    // THEN the five states are sides
    assertTrue(doc.signatories().containsAll(CENTRAL_ASIA), doc.signatories().toString());
  }

  @Test
  void regionAsAPlace_isNoSide() {
    // GIVEN a title that names the region as where something happens
    Document doc = RUSSIAN.parse("Заявление Китая о ситуации в Центральной Азии\n\n" + POINT);
    // THEN its states are not sides
    for (String state : CENTRAL_ASIA) {
      assertFalse(doc.signatories().contains(state), doc.signatories().toString());
    }
  }
}
