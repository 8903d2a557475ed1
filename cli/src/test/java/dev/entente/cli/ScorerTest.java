package dev.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scorer's rules, each on a case small enough to check by hand against score.py. */
final class ScorerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  @Test
  void f1_nothingToFindAndNothingFound_scoresOne() throws Exception {
    // GIVEN a gold file and a parse with no initiatives at all
    Scorer scorer = new Scorer();
    scorer.score(json("{'document': 'a.txt', 'states': ['KZ']}"),
        json("{'parties': [{'id': 'KZ', 'kind': 'STATE'}]}"), null, false);
    // THEN the empty concepts score 1.0 and the macro-F1 is perfect
    assertEquals(1.0, scorer.f1("initiatives"));
    assertEquals(1.0, scorer.macroF1());
  }

  @Test
  void f1_onlyExtrasFound_scoresZero() throws Exception {
    Scorer scorer = new Scorer();
    scorer.score(json("{'document': 'a.txt'}"), json("{'initiatives': [{'name': 'Пояс и путь'}]}"), null, false);
    assertEquals(0.0, scorer.f1("initiatives"));
  }

  @Test
  void match_greedyChoiceBlocksAPair_augmentingPathFindsBoth() {
    // GIVEN «встреча» fits both found names best, and «встреча глав» only the first
    List<String> gold = List.of("встреча", "встреча глав");
    List<String> found = List.of("встреча", "встреча министров");
    // WHEN matched
    Scorer.Matching m = Scorer.match(gold, found, 0.6);
    // THEN both gold names are matched, one to one
    assertEquals(2, m.pairs().size());
    assertEquals(List.of(1, 0), m.pairs().stream().map(p -> p[1]).toList());
    assertTrue(m.unmatchedGold().isEmpty() && m.unmatchedFound().isEmpty());
  }

  @Test
  void match_equalScores_preferTheCloserWordSet() {
    // GIVEN two found names that both contain the gold name's words
    Scorer.Matching m = Scorer.match(List.of("Деловой совет"),
        List.of("Деловой совет ШОС и межбанковское объединение", "Деловой совет ШОС"), 0.6);
    // THEN the one with the higher Jaccard similarity is taken
    assertEquals(1, m.pairs().get(0)[1]);
  }

  @ParameterizedTest(name = "set(range({0})) - {1} iterates as {2}")
  @CsvSource(delimiter = '|', value = {
      // computed with CPython 3.11: list(set(range(n)) - set(other))
      "20 | 0 1 2 3 4 6 7 8 9 10 12 13 14 15 16 17 18 19 | 11 5",
      "12 | 0 1 2 3 4 5 7 9 11 | 8 10 6",
      "30 | 0 1 3 4 5 6 7 10 11 12 13 14 15 16 17 18 19 20 21 22 24 25 27 28 29 | 2 8 9 23 26",
      "9 | 1 2 3 4 5 8 | 0 6 7",
      "40 | 2 3 5 6 7 8 11 12 13 14 15 16 17 18 19 21 23 24 25 26 28 29 30 31 32 33 34 35 38 39 "
          + "| 0 1 4 36 37 9 10 20 22 27",
      "8 | 1 | 0 2 3 4 5 6 7"})
  void rangeMinus_ordersAsCPythonIterates(int n, String other, String expected) {
    Set<Integer> taken = java.util.Arrays.stream(other.trim().split(" ")).map(Integer::valueOf)
        .collect(java.util.stream.Collectors.toSet());
    List<Integer> order = java.util.Arrays.stream(expected.trim().split(" ")).map(Integer::valueOf).toList();
    assertEquals(order, Py.rangeMinus(n, taken));
  }

  @Test
  void repr_quotesAndEscapesAsPython() {
    assertEquals("'формат \"Китай\"'", Py.repr("формат \"Китай\""));
    assertEquals("\"Кот д'Ивуар\"", Py.repr("Кот д'Ивуар"));
    assertEquals("'13\\xa0марта'", Py.repr("13\u00a0марта"));
    assertEquals("('2025', None, 6)", Py.repr(Py.tuple("2025", null, 6L)));
    assertEquals("([], ['SCO'])", Py.repr(Py.tuple(List.of(), List.of("SCO"))));
    assertEquals("254.7", Py.repr(254.7));
    assertEquals("1e+16", Py.repr(1e16));
  }

  @Test
  void words_cutToFiveLettersWithoutFunctionWords() {
    assertEquals(Set.of("встре", "минис", "иност", "дел"), Scorer.words("Встреча министров иностранных дел"));
    assertEquals(Set.of("c5+1", "2025"), Scorer.words("Формат «C5+1» в 2025 г."));
  }

  @Test
  void verbose_listsMissedExtraAndWrongAttributesAsScorePy() throws Exception {
    // GIVEN a gold event found with the wrong place, a missed mechanism and an extra one
    Scorer scorer = new Scorer();
    scorer.score(json("{'document': 'a.txt', 'kind': 'DECLARATION', 'signatories': ['KZ', 'CN'],"
        + " 'mechanisms': [{'name': 'Деловой совет', 'status': 'existing'}],"
        + " 'events': [{'name': 'саммит в Астане', 'date': '2025', 'place': 'Астана', 'status': 'held', 'ordinal': 2}]}"),
        json("{'kind': 'OTHER', 'signatories': ['KZ'], 'mechanisms': [{'name': 'Секретариат', 'status': 'NEW'}],"
            + " 'events': [{'name': 'саммит в Астане', 'date': '2025', 'place': {'name': 'Алматы'},"
            + " 'status': 'HELD', 'ordinal': 2}]}"), null, true);
    // THEN the listing names each, in score.py's words
    assertEquals(List.of("== a.txt",
        "  document.kind: ('DECLARATION', 'OTHER')",
        "  signatories: (['CN'], [])",
        "  mechanisms.missed: ['Деловой совет']",
        "  mechanisms.extra: ['Секретариат']",
        "  events.place: [('саммит в Астане', 'астан', 'алмат')]"), scorer.report().subList(0, 6));
  }

  @Test
  void verbose_listsParticipantsMissedExtraAndOfAnotherParty() throws Exception {
    // GIVEN one person found with another party, one missed and one extra
    Scorer scorer = new Scorer();
    scorer.score(json("{'document': 'b.txt', 'participants': [{'name': 'Иван Петров', 'party': 'RU'},"
        + " {'name': 'Анна Смит', 'party': 'GB'}]}"),
        json("{'participants': [{'name': 'Иван Петров', 'party': 'KZ'}, {'name': 'Пётр Иванов', 'party': 'RU'}]}"),
        null, true);
    // THEN the listing names each, and the figures stay those score.py prints
    assertEquals(List.of("== b.txt",
        "  participants.party: [('Иван Петров', 'RU', 'KZ')]",
        "  participants.missed: ['Анна Смит']",
        "  participants.extra: ['Пётр Иванов']"), scorer.report().subList(0, 4));
    assertTrue(scorer.report().contains("participants      0.500  0.500  0.500   1/1/1"));
  }
}
