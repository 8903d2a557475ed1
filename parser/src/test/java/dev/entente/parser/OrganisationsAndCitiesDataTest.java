package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Party;
import dev.entente.model.PartyKind;
import dev.entente.model.Place;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    Set<String> russian = column("ru/cities.tsv", 6, 1, "capital");
    Set<String> english = column("en/cities.tsv", 6, 1, "capital");
    // THEN they are the same states, and at least the UN's members
    assertEquals(russian, english);
    assertTrue(russian.size() >= 193, "capitals: " + russian.size());
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
      Стороны приветствовали подписание меморандума между Балтийской ассамблеей и парламентами региона.|The sides welcomed the memorandum between the Baltic Assembly and the parliaments of the region.|BALTIC_ASSEMBLY
      Делегации приняли участие в сессии Азиатской парламентской ассамблеи.|The delegations took part in the session of the Asian Parliamentary Assembly.|APA
      Стороны поддерживают деятельность Дунайской комиссии.|The sides support the work of the Danube Commission.|DANUBE_COMMISSION
      Стороны отметили вклад Центра по международной торговле в помощь развивающимся странам.|The sides noted the contribution of the International Trade Centre to developing countries.|ITC
      Стороны приветствовали решения Латиноамериканского и Карибского парламента.|The sides welcomed the decisions of the Latin American and Caribbean Parliament.|PARLATINO
      Стороны поддержали работу Глобального контртеррористического форума.|The sides supported the work of the Global Counterterrorism Forum.|GCTF
      Стороны высоко оценили сотрудничество с Организацией государств Африки, Карибского бассейна и Тихого океана.|The sides commended cooperation with the Organisation of African, Caribbean and Pacific States.|OACPS
      Делегация Социалистической партии Сербии провела консультации.|The delegation of the Socialist Party of Serbia held consultations.|SPS
      Стороны отметили связи с Партией арабского социалистического возрождения.|The sides noted ties with the Arab Socialist Ba'ath Party.|BAATH
      Стороны отметили роль Революционно-демократического фронта эфиопских народов.|The sides noted the role of the Ethiopian People's Revolutionary Democratic Front.|EPRDF
      Делегация Союза коммунистов Югославии провела переговоры в столице.|The delegation of the League of Communists of Yugoslavia held talks in the capital.|LCY
      Стороны отметили роль СЕПГ в жизни республики.|The sides noted the role of the SED in the life of the republic.|SED
      Делегация Польской объединённой рабочей партии прибыла с визитом.|The delegation of the Polish United Workers' Party arrived on a visit.|PUWP
      Стороны отметили вклад Венгерской социалистической рабочей партии.|The sides noted the contribution of the Hungarian Socialist Workers' Party.|HSWP
      Стороны вспомнили историю МНРП.|The sides recalled the history of the Mongolian People's Revolutionary Party.|MPP
      Стороны вспомнили историю Партии трудящихся Вьетнама.|The sides recalled the history of the Workers' Party of Vietnam.|CPV
      Стороны развивают связи с Бенилюксом.|The sides develop ties with Benelux.|BENELUX
      Стороны приветствовали инициативу Лиги арабских стран.|The sides welcomed the initiative of the League of Arab States.|LAS
      Стороны подтвердили приверженность принципам Движения неприсоединившихся государств.|The sides reaffirmed their commitment to the principles of the Non-Aligned Movement.|NAM
      """)
  void organisation_isFoundInEachLanguageUnderOneId(String russian, String english, String id) {
    // GIVEN the same sentence in Russian and in English as the one point of a statement
    // WHEN each is parsed
    Document ru = RUSSIAN.parse("Совместное заявление\n1. " + russian + "\n");
    Document en = ENGLISH.parse("Joint Statement\n1. " + english + "\n");
    // THEN the organisation is the only party of each but the states a mission works in
    // (StatesOfOperationTest), under the same id
    assertEquals(Set.of(id), organisationIds(ru), russian);
    assertEquals(Set.of(id), organisationIds(en), english);
  }

  private static Set<String> organisationIds(Document doc) {
    return doc.parties().stream().filter(p -> p.kind() != PartyKind.STATE).map(Party::id)
        .collect(Collectors.toCollection(TreeSet::new));
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
      Подписано в Хакодате 12 июля 1992 года.|Хакодате|JP
      Подписано в Оулу 5 мая 2000 года.|Оулу|FI
      Подписано в Ялте 7 июня 2001 года.|Ялта|RU
      Подписано в Путраджае 9 октября 2015 года.|Путраджая|MY
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
      Signed in Hakodate on 12 July 1992.|Hakodate|JP
      Signed in Rawalpindi on 3 March 1990.|Rawalpindi|PK
      """)
  void city_inEnglish_isTheDocumentsPlaceInItsCountry(String line, String city, String country) {
    // GIVEN a statement signed in a city
    Document doc = ENGLISH.parse("Joint Statement\n" + line + "\n");
    // THEN the place is that city, in its country
    Place place = doc.place().orElseThrow(() -> new AssertionError("no place: " + line));
    assertEquals(city, place.name());
    assertEquals(country, place.country().orElse("-"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Подписано в Дашховузе 3 марта 1995 года.|Дашховуз|TM
      Подписано в Ла-Валлетте 3 марта 1995 года.|Ла-Валлетта|MT
      Подписано в Сталинабаде 3 марта 1955 года.|Сталинабад|TJ
      """)
  void city_anOlderOrOtherSpellingInRussian_isThePlaceAsWritten(String line, String city, String country) {
    // GIVEN a statement signed in a city under a former name or another spelling of it
    Document doc = RUSSIAN.parse("Совместное заявление\n" + line + "\n");
    // THEN the place is that name in the nominative, in the city's country
    Place place = doc.place().orElseThrow(() -> new AssertionError("no place: " + line));
    assertEquals(city, place.name());
    assertEquals(country, place.country().orElse("-"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Signed in Djakarta on 8 August 1967.|Djakarta|ID
      Signed in Tananarive on 8 August 1967.|Tananarive|MG
      Signed in Jedda on 8 August 1967.|Jedda|SA
      Signed in Dashhowuz on 3 March 1995.|Dashhowuz|TM
      """)
  void city_anOlderSpellingInEnglish_isThePlaceAsWritten(String line, String city, String country) {
    // GIVEN a statement signed in a city under an older spelling of its name
    Document doc = ENGLISH.parse("Joint Statement\n" + line + "\n");
    // THEN the place is that name, in the city's country
    Place place = doc.place().orElseThrow(() -> new AssertionError("no place: " + line));
    assertEquals(city, place.name());
    assertEquals(country, place.country().orElse("-"));
  }

  /**
   * What is wrong with the rows of one organisation file: an id that is no upper-case code or is a
   * state's, a kind other than an organisation or a party, an empty or repeated alternative in a
   * column of a row, and a name or an abbreviation two ids share (the matcher would give the mention to one of
   * them at random).
   */
  private static List<String> organisationProblems(String language) {
    List<String> problems = new ArrayList<>();
    Set<String> states = column(language + "/states.tsv", 11, 0, null);
    Map<String, String> owners = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (Tsv.Row row : Tsv.read(FOLDER + language + "/organizations.tsv", 6)) {
      String id = row.get(0);
      if (!id.matches("[A-Z][A-Z0-9_]*")) {
        problems.add(id + ": not an upper-case code");
      }
      if (states.contains(id)) {
        problems.add(id + ": a state's id");
      }
      if (!ids.add(id)) {
        problems.add(id + ": listed twice");
      }
      if (!row.get(1).equals("ORGANIZATION") && !row.get(1).equals("POLITICAL_PARTY")) {
        problems.add(id + ": kind " + row.get(1));
      }
      for (int c = 3; c <= 5; c++) {
        if (c > 3 && row.get(c).equals("-")) {
          continue;
        }
        Set<String> seen = new HashSet<>();
        for (String alternative : row.get(c).split("\\|", -1)) {
          if (alternative.isBlank() || !seen.add(alternative)) {
            problems.add(id + ": empty or repeated alternative '" + alternative + "' in column " + (c + 1));
          }
          String owner = owners.putIfAbsent(alternative.strip().replace('ё', 'е'), id);
          if (owner != null && !owner.equals(id)) {
            problems.add(id + " and " + owner + " share '" + alternative + "'");
          }
        }
      }
    }
    return problems;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ru", "en"})
  void organisations_rowsAreWellFormed_andNoNameHasTwoIds(String language) {
    // GIVEN the organisation file of a language
    // WHEN every row is checked
    List<String> problems = organisationProblems(language);
    // THEN none has a problem
    assertEquals(List.of(), problems);
  }

  @Test
  void states_russianAndEnglish_listTheSameIdsWithTheSameStatus() {
    // GIVEN the two state files, former states included
    // WHEN id and status of every row are read
    Set<String> russian = new TreeSet<>();
    Tsv.read(FOLDER + "ru/states.tsv", 11).forEach(r -> russian.add(r.get(0) + " " + r.get(2)));
    Set<String> english = new TreeSet<>();
    Tsv.read(FOLDER + "en/states.tsv", 11).forEach(r -> english.add(r.get(0) + " " + r.get(2)));
    // THEN they are the same
    assertEquals(russian, english);
    assertTrue(russian.contains("SU FORMER"), "the Soviet Union");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ru", "en"})
  void cities_everyCountry_isAStateOfTheSameLanguage(String language) {
    // GIVEN the city file and the state file of a language
    Set<String> states = column(language + "/states.tsv", 11, 0, null);
    // WHEN the country of every city is read
    Set<String> unknown = new TreeSet<>(column(language + "/cities.tsv", 6, 1, null));
    unknown.removeAll(states);
    // THEN each is a state or territory of the state file
    assertEquals(Set.of(), unknown);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Ministers reviewed relations with the Soviet Union.|SU
      The Ministers recalled the position of the USSR.|SU
      The talks touched on the situation in East Germany.|DD
      The Ministers discussed the Yugoslav crisis.|YU
      The Ministers noted the views of Czechoslovakia.|CS
      """)
  void state_aFormerStateInEnglish_isFound(String sentence, String id) {
    // GIVEN an English sentence naming a state that no longer exists
    Document doc = ENGLISH.parse("Joint Communique\n1. " + sentence + "\n");
    // THEN it is found under its withdrawn code
    assertEquals(Set.of(id), partyIds(doc), sentence);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны договорились расширять торговлю с ВНР и ПНР.|HU,PL
      Делегация МНР прибыла в Москву.|MN
      """)
  void state_anOldRussianAbbreviation_isTheState(String sentence, String ids) {
    // GIVEN a Russian sentence naming states by the abbreviations of their socialist-era names
    Document doc = RUSSIAN.parse("Совместное коммюнике\n1. " + sentence + "\n");
    // THEN they are those states
    assertEquals(new TreeSet<>(List.of(ids.split(","))), partyIds(doc), sentence);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны призвали к возобновлению палестино-израильских переговоров.|IL,PS
      Стороны обсудили ход украино-российских контактов.|RU,UA
      Стороны приветствовали урегулирование эфиопо-эритрейского конфликта.|ER,ET
      """)
  void state_aRussianCompoundWithTheShortFirstPart_namesBothStates(String sentence, String ids) {
    // GIVEN a compound adjective whose first part is the short combining form («палестино-»)
    Document doc = RUSSIAN.parse("Совместное заявление\n1. " + sentence + "\n");
    // THEN both states are mentioned
    assertEquals(new TreeSet<>(List.of(ids.split(","))), partyIds(doc), sentence);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны напомнили о связях с Цейлоном.|The sides recalled their ties with Ceylon.|LK
      Министры обсудили положение в Заире.|The ministers discussed the situation in Zaire.|CD
      Делегация Дагомеи прибыла на сессию.|The delegation of Dahomey arrived for the session.|BJ
      Стороны отметили позицию Верхней Вольты.|The sides noted the position of Upper Volta.|BF
      """)
  void state_itsOldName_isTheState(String russian, String english, String id) {
    // GIVEN the name a state had when older texts were written, in each language
    Document ru = RUSSIAN.parse("Совместное коммюнике\n1. " + russian + "\n");
    Document en = ENGLISH.parse("Joint Communique\n1. " + english + "\n");
    // THEN it is that state
    assertEquals(Set.of(id), partyIds(ru), russian);
    assertEquals(Set.of(id), partyIds(en), english);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны отметили историю Северной Родезии.|The sides recalled the history of Northern Rhodesia.|ZM|ZM
      Стороны договорились о совместной охране озера Танганьика.|The sides agreed to protect Lake Tanganyika together.|-|-
      Стороны договорились об утилизации попутного нефтяного газа (ПНГ).|The delegation of the Communist Party of Nepal (Maoist Centre) arrived.|-|NP
      """)
  void state_aNameThatAlsoMeansSomethingElse_isNotThatState(String russian, String english, String russianIds, String englishIds) {
    // GIVEN a name one row's state shares with another state, a lake or a gas, or a party's namesake
    Document ru = RUSSIAN.parse("Совместное коммюнике\n1. " + russian + "\n");
    Document en = ENGLISH.parse("Joint Communique\n1. " + english + "\n");
    // THEN only what it names is found (Northern Rhodesia is Zambia; the lake and the gas name no
    // party, the Maoist party only its state, not the Unified Marxist-Leninist one)
    assertEquals(russianIds.equals("-") ? Set.of() : Set.of(russianIds), partyIds(ru), russian);
    assertEquals(englishIds.equals("-") ? Set.of() : Set.of(englishIds), partyIds(en), english);
  }

  @Test
  void city_victoriaFalls_isInZimbabwe_notTheCapitalOfSeychelles() {
    // GIVEN a statement signed in Victoria Falls, whose first word is the name of another capital
    Document doc = ENGLISH.parse("Joint Statement\nSigned in Victoria Falls on 24 July 2025.\n");
    // THEN the place is the whole name, in Zimbabwe
    Place place = doc.place().orElseThrow(() -> new AssertionError("no place"));
    assertEquals("Victoria Falls", place.name());
    assertEquals("ZW", place.country().orElse("-"));
  }
}
