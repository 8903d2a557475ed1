package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Party;
import dev.entente.model.Place;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The organisation and city gazetteers of both languages: one party id space (the same organisation
 * has the same id in a Russian and an English text), a capital for the same states in each, and
 * organisations and cities found in sentences written for this test.
 */
final class OrganisationsAndCitiesDataTest {
  private static final Parser RUSSIAN = Parser.russian();
  private static final Parser ENGLISH = Parser.english();
  private static final String FOLDER = "/dev/entente/parser/";

  /**
   * Column {@code column} of every row of a data file of {@code columns} columns, read as the
   * parser reads it; with a {@code flag}, only the rows whose last column holds it.
   */
  private static Set<String> column(String resource, int columns, int column, String flag) {
    Set<String> values = new TreeSet<>();
    for (Tsv.Row row : Tsv.read(FOLDER + resource, columns)) {
      if (flag == null || row.get(columns - 1).contains(flag)) {
        values.add(row.get(column));
      }
    }
    return values;
  }

  @Test
  void organisations_russianAndEnglish_listTheSameIds() {
    // GIVEN the two organisation files
    // WHEN their ids are read
    Set<String> russian = column("ru/organizations.tsv", 6, 0, null);
    Set<String> english = column("en/organizations.tsv", 6, 0, null);
    // THEN each has every id of the other
    Set<String> onlyRussian = new TreeSet<>(russian);
    onlyRussian.removeAll(english);
    Set<String> onlyEnglish = new TreeSet<>(english);
    onlyEnglish.removeAll(russian);
    assertEquals(Set.of(), onlyRussian, "ids in ru/organizations.tsv alone");
    assertEquals(Set.of(), onlyEnglish, "ids in en/organizations.tsv alone");
  }

  @Test
  void cities_russianAndEnglish_giveACapitalToTheSameStates() {
    // GIVEN the two city files
    // WHEN the countries of their capitals are read
    Set<String> russian = column("ru/cities.tsv", 5, 1, "capital");
    Set<String> english = column("en/cities.tsv", 5, 1, "capital");
    // THEN they are the same states, and at least the UN's members
    assertEquals(russian, english);
    assertEquals(true, russian.size() >= 193, "capitals: " + russian.size());
  }

  private static Set<String> partyIds(Document doc) {
    return doc.parties().stream().map(Party::id).collect(Collectors.toCollection(TreeSet::new));
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны приветствовали решения Экономического сообщества государств Западной Африки.|The sides welcomed the decisions of the Economic Community of West African States.|ECOWAS
      Стороны поддерживают работу Ассоциации стран бассейна Индийского океана.|The sides support the work of the Indian Ocean Rim Association.|IORA
      Министры вспомнили историю Организации договора Юго-Восточной Азии.|The ministers recalled the history of the South-East Asia Treaty Organization.|SEATO
      Стороны отметили опыт Совета экономической взаимопомощи.|The sides noted the experience of the Council for Mutual Economic Assistance.|CMEA
      Стороны приветствовали вклад Западноафриканского экономического и валютного союза.|The sides welcomed the contribution of the West African Economic and Monetary Union.|UEMOA
      Стороны намерены развивать связи с Меркосур.|The sides intend to develop ties with Mercosur.|MERCOSUR
      Стороны высоко оценили роль Ассоциации государств Юго-Восточной Азии.|The sides commended the role of the Association of South-East Asian Nations.|ASEAN
      Стороны поддержали заявку на статус наблюдателя в Сообществе стран португальского языка.|The sides supported the bid for observer status in the Community of Portuguese Language Countries.|CPLP
      Стороны оценили работу Миссии Организации Объединённых Наций по стабилизации в Гаити.|The sides commended the United Nations Stabilization Mission in Haiti.|UN
      Стороны отметили вклад Миссии Африканского союза в Сомали.|The sides noted the contribution of the African Union Mission in Somalia.|AFRICAN_UNION
      Стороны приветствовали сотрудничество с Европейским сообществом по атомной энергии.|The sides welcomed cooperation with the European Atomic Energy Community.|EURATOM
      """)
  void organisation_isFoundInEachLanguageUnderOneId(String russian, String english, String id) {
    // GIVEN the same sentence in Russian and in English as the one point of a statement
    // WHEN each is parsed
    Document ru = RUSSIAN.parse("Совместное заявление\n1. " + russian + "\n");
    Document en = ENGLISH.parse("Joint Statement\n1. " + english + "\n");
    // THEN the organisation is the only party of each, under the same id
    assertEquals(Set.of(id), partyIds(ru), russian);
    assertEquals(Set.of(id), partyIds(en), english);
  }

  @Test
  void organisation_theAfricanUnionByItsRussianAbbreviation_isFound() {
    // GIVEN «АС», the Russian abbreviation of the African Union, in a sentence
    Document doc = RUSSIAN.parse("Совместное заявление\n1. Стороны приветствовали решения саммита АС.\n");
    // THEN it is the African Union
    assertEquals(Set.of("AFRICAN_UNION"), partyIds(doc));
  }

  @Test
  void organisation_aMissionOfTheUnByItsAbbreviation_isTheUn() {
    // GIVEN a past peacekeeping mission named by its abbreviation alone
    Document doc = ENGLISH.parse("Joint Statement\n1. The leaders thanked UNTAET for its work.\n");
    // THEN it counts as the UN, whose organ it is
    assertEquals(Set.of("UN"), partyIds(doc));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Подписано в Лейпциге 5 мая 2005 года.|Лейпциг|DE
      Подписано в Каннах 4 ноября 2011 года.|Канны|FR
      Подписано в Потсдаме 2 августа 1945 года.|Потсдам|DE
      Подписано в Карловых Варах 3 марта 2010 года.|Карловы Вары|CZ
      Подписано в Костанае 7 ноября 2019 года.|Костанай|KZ
      Подписано в Ленинграде 20 мая 1985 года.|Ленинград|RU
      """)
  void city_inflectedInRussian_isTheDocumentsPlaceInTheNominative(String line, String city, String country) {
    // GIVEN a statement signed in a city the text names in the prepositional
    Document doc = RUSSIAN.parse("Совместное заявление\n" + line + "\n");
    // THEN the place is the city in the nominative, in its country
    Place place = doc.place().orElseThrow(() -> new AssertionError("no place: " + line));
    assertEquals(city, place.name());
    assertEquals(country, place.country().orElse("-"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Signed in Leipzig on 5 May 2005.|Leipzig|DE
      Signed in Kostanay on 7 November 2019.|Kostanay|KZ
      Signed in Gothenburg on 15 June 2001.|Gothenburg|SE
      Signed in Windsor on 20 April 2018.|Windsor|GB
      Signed in Leningrad on 20 May 1985.|Leningrad|RU
      """)
  void city_inEnglish_isTheDocumentsPlaceInItsCountry(String line, String city, String country) {
    // GIVEN a statement signed in a city
    Document doc = ENGLISH.parse("Joint Statement\n" + line + "\n");
    // THEN the place is that city, in its country
    Place place = doc.place().orElseThrow(() -> new AssertionError("no place: " + line));
    assertEquals(city, place.name());
    assertEquals(country, place.country().orElse("-"));
  }
}
