package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The initiative and group files of both languages: one id space for initiatives (the same
 * initiative has the same id in a Russian and an English text), no name that the matcher cannot
 * tell from another initiative's, proposers and members that are parties of the gazetteers, the
 * same groups of states in each language, and all of it found in sentences written for this test.
 */
final class InitiativesAndGroupsDataTest {
  private static final Parser RUSSIAN = Parser.russian();
  private static final Parser ENGLISH = Parser.english();
  private static final String FOLDER = "/dev/entente/parser/";
  /**
   * Ids that English leaves out on purpose: there an organisation's charter counts as the
   * organisation (the UN Charter is one of the UN's names in en/organizations.tsv).
   */
  private static final Set<String> NOT_IN_ENGLISH =
      Set.of("UN_CHARTER", "SCO_CHARTER", "CIS_CHARTER", "ASEAN_CHARTER", "OIC_CHARTER");

  private static List<Tsv.Row> initiatives(String language) {
    return Tsv.read(FOLDER + language + "/initiatives.tsv", 5);
  }

  private static Set<String> ids(List<Tsv.Row> rows) {
    return rows.stream().map(r -> r.get(0)).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The ids of the states and organisations of a language's gazetteers. */
  private static Set<String> parties(String language) {
    Set<String> ids = new TreeSet<>();
    Tsv.read(FOLDER + language + "/states.tsv", 11).forEach(r -> ids.add(r.get(0)));
    Tsv.read(FOLDER + language + "/organizations.tsv", 6).forEach(r -> ids.add(r.get(0)));
    return ids;
  }

  @Test
  void initiatives_russianAndEnglish_listTheSameIds() {
    // GIVEN the two initiative files
    Set<String> russian = ids(initiatives("ru"));
    Set<String> english = ids(initiatives("en"));
    // WHEN their ids are compared
    Set<String> onlyRussian = new TreeSet<>(russian);
    onlyRussian.removeAll(english);
    Set<String> onlyEnglish = new TreeSet<>(english);
    onlyEnglish.removeAll(russian);
    // THEN each has every id of the other, but for the ones English leaves out on purpose
    assertEquals(NOT_IN_ENGLISH, onlyRussian, "ids in ru/initiatives.tsv alone");
    assertEquals(Set.of(), onlyEnglish, "ids in en/initiatives.tsv alone");
    assertTrue(russian.size() >= 400, "initiatives: " + russian.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "en"})
  void initiatives_eachRowIsOneIdWithOneKindAndProposer(String language) {
    // GIVEN a language's initiative file
    // WHEN its rows are grouped by id
    Map<String, Integer> rowsPerId = new TreeMap<>();
    for (Tsv.Row row : initiatives(language)) {
      rowsPerId.merge(row.get(0), 1, Integer::sum);
    }
    // THEN no id has two rows (a second row would give it a second kind or proposer)
    rowsPerId.values().removeIf(n -> n == 1);
    assertEquals(Map.of(), rowsPerId, language + ": ids on more than one row");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "en"})
  void initiatives_noNameStandsForTwoIds(String language) {
    // GIVEN every name and variant of a language's initiatives, as the parser's matcher keys them (by stems)
    LanguageData data = LanguageData.of(language);
    Normalizer normalizer = new Normalizer();
    Map<String, Set<String>> idsByKey = new HashMap<>();
    for (Tsv.Row row : initiatives(language)) {
      List<String> names = new ArrayList<>(row.values(4));
      names.add(row.get(3));
      for (String name : names) {
        Tokens tokens = data.tokenizer.tokenize(normalizer.normalize(name));
        String key = String.join(" ", java.util.Arrays.asList(tokens.stem).subList(0, tokens.size));
        idsByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(row.get(0));
      }
    }
    // WHEN the keys that lead to more than one id are kept
    Map<String, Set<String>> ambiguous = new TreeMap<>(idsByKey);
    ambiguous.values().removeIf(ids -> ids.size() == 1);
    // THEN there are none: the matcher would take such a name for neither initiative
    assertEquals(Map.of(), ambiguous, language + ": names of two initiatives");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "en"})
  void initiatives_proposersAreStatesOrOrganisations(String language) {
    // GIVEN the ids of the language's states and organisations
    Set<String> parties = parties(language);
    // WHEN the proposers of its initiatives are read
    Set<String> unknown = new TreeSet<>();
    for (Tsv.Row row : initiatives(language)) {
      if (!row.get(2).equals("-") && !parties.contains(row.get(2))) {
        unknown.add(row.get(0) + ":" + row.get(2));
      }
    }
    // THEN each is one of them
    assertEquals(Set.of(), unknown, language + ": proposers that are no party");
  }

  @Test
  void initiatives_anIdHasTheSameKindAndProposerInBothLanguages() {
    // GIVEN the kind and proposer of every Russian initiative
    Map<String, String> russian = new HashMap<>();
    initiatives("ru").forEach(r -> russian.put(r.get(0), r.get(1) + " " + r.get(2)));
    // WHEN the English rows are compared with them
    List<String> different = new ArrayList<>();
    for (Tsv.Row row : initiatives("en")) {
      String english = row.get(1) + " " + row.get(2);
      if (!english.equals(russian.get(row.get(0)))) {
        different.add(row.get(0) + ": ru " + russian.get(row.get(0)) + ", en " + english);
      }
    }
    // THEN they agree
    assertEquals(List.of(), different);
  }

  /** A language's groups of states: the member lists, without the sides' own references. */
  private static Set<String> groupMembers(String language) {
    Set<String> groups = new TreeSet<>();
    for (Tsv.Row row : Tsv.read(FOLDER + language + "/groups.tsv", 2)) {
      if (!row.get(0).equals("SIGNATORIES")) {
        groups.add(row.get(0));
      }
    }
    return groups;
  }

  @Test
  void groups_russianAndEnglish_holdTheSameGroupsOfParties() {
    // GIVEN the member lists of the two group files
    Set<String> russian = groupMembers("ru");
    Set<String> english = groupMembers("en");
    // THEN they are the same lists
    assertEquals(russian, english);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "en"})
  void groups_membersAreStatesOrOrganisations(String language) {
    // GIVEN the ids of the language's states and organisations
    Set<String> parties = parties(language);
    // WHEN the members of its groups are read
    Set<String> unknown = new TreeSet<>();
    for (String members : groupMembers(language)) {
      for (String id : members.split("\\|")) {
        if (!id.equals(LanguageData.IN_FORMAT) && !parties.contains(id)) {
          unknown.add(id);
        }
      }
    }
    // THEN each is one of them
    assertEquals(Set.of(), unknown, language + ": group members that are no party");
  }

  private static Set<String> initiativeIds(Document doc) {
    return doc.initiatives().stream().map(Initiative::id).collect(Collectors.toCollection(TreeSet::new));
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны поддерживают создание Экономического коридора Индия – Ближний Восток – Европа.|The sides support the India-Middle East-Europe Economic Corridor.|IMEC
      Стороны приветствовали принятие Повестки дня 2063.|The sides welcomed Agenda 2063.|AU_AGENDA_2063
      Стороны выступают за выполнение Совместного всеобъемлющего плана действий.|The sides call for the implementation of the Joint Comprehensive Plan of Action.|JCPOA
      Стороны отметили значение Международного года проса.|The sides noted the importance of the International Year of Millets.|YEAR_OF_MILLETS_2023
      Стороны поддерживают Консенсус из пяти пунктов.|The sides support the Five-Point Consensus.|ASEAN_FIVE_POINT_CONSENSUS
      Стороны поддерживают развитие Северного морского пути.|The sides support the development of the Northern Sea Route.|NORTHERN_SEA_ROUTE
      Стороны приветствовали Инициативу К-Шелковый путь.|The sides welcomed the Korea-Central Asia K-Silk Road Initiative.|K_SILK_ROAD
      Стороны высоко оценили работу в рамках Годов культуры России и Китая.|The sides commended the Russia-China Years of Culture.|RU_CN_CULTURE_YEARS
      Стороны поддержали Венскую программу действий.|The sides supported the Vienna Programme of Action.|VIENNA_PROGRAMME_LLDC
      """)
  void initiative_isFoundInEachLanguageUnderOneId(String russian, String english, String id) {
    // GIVEN the same sentence in Russian and in English as the one point of a statement
    // WHEN each is parsed
    Document ru = RUSSIAN.parse("Совместное заявление\n1. " + russian + "\n");
    Document en = ENGLISH.parse("Joint Statement\n1. " + english + "\n");
    // THEN the initiative is found in each under the same id
    assertEquals(Set.of(id), initiativeIds(ru), russian);
    assertEquals(Set.of(id), initiativeIds(en), english);
  }

  @Test
  void initiative_proposerFromTheFile_isKeptWhateverPartyIsNearer() {
    // GIVEN Kazakhstan named before the International Year of Millets, which India proposed
    Document doc = ENGLISH.parse("Joint Statement\n1. Kazakhstan welcomed the International Year of Millets.\n");
    // THEN the year's proposer is India
    assertEquals("IN", doc.initiatives().get(0).proposer().orElse("-"));
  }

  @Test
  void initiative_insideAnOrganisationsName_isNone() {
    // GIVEN the Collective Security Treaty named only inside the organisation it founded
    Document en = ENGLISH.parse("Joint Statement\n1. The sides welcomed the Collective Security Treaty Organisation.\n");
    Document ru = RUSSIAN.parse("Совместное заявление\n1. Стороны приветствовали Организацию Договора о коллективной безопасности.\n");
    // THEN no initiative is found, only the organisation
    assertEquals(Set.of(), initiativeIds(en));
    assertEquals(Set.of(), initiativeIds(ru));
    assertEquals(List.of("CSTO"), en.parties().stream().map(p -> p.id()).collect(Collectors.toList()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Главы прикаспийских государств заявляют о следующем:|AZ,IR,KZ,RU,TM|ru
      Главы государств Южного Кавказа заявляют о следующем:|AM,AZ,GE|ru
      Лидеры стран Балтии заявляют о следующем:|EE,LT,LV|ru
      The Heads of State of the Caspian littoral states declare as follows:|AZ,IR,KZ,RU,TM|en
      The leaders of the South Caucasus countries declare as follows:|AM,AZ,GE|en
      The Prime Ministers of the Visegrad countries declare as follows:|CZ,HU,PL,SK|en
      """)
  void group_namedAsTheSubject_givesItsStatesAsTheSides(String subject, String states, String language) {
    // GIVEN a declaration whose subject names a group of states
    Parser parser = language.equals("ru") ? RUSSIAN : ENGLISH;
    String title = language.equals("ru") ? "Декларация" : "Declaration";
    String point = language.equals("ru") ? "1. Стороны развивают сотрудничество." : "1. The sides develop cooperation.";
    Document doc = parser.parse(title + "\n" + subject + "\n" + point + "\n");
    // THEN the sides are the group's states
    assertEquals(List.of(states.split(",")), Ids.sorted(doc.signatories()));
  }
}
