package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Every UN member state of {@code states.tsv} is found by the party matcher in the nominative, the
 * genitive, the prepositional after «в» and, where the row lists one, its first adjective, each
 * placed in a sentence and each giving that row's id over the whole name.
 */
final class GazetteerCoverageTest {
  private static final LanguageData RU = LanguageData.of("ru");
  private static final String STATES = "/dev/entente/parser/ru/states.tsv";

  /** One UN member row: id, the six case forms and the adjectives. */
  static final class StateRow {
    final String id;
    final String[] forms;
    final List<String> adjectives;

    StateRow(String id, String[] forms, List<String> adjectives) {
      this.id = id;
      this.forms = forms;
      this.adjectives = adjectives;
    }

    @Override
    public String toString() {
      return id;
    }
  }

  @Test
  void statesTsv_hasExactly193UnMembers() {
    // GIVEN the states file on the class path
    // WHEN its UN_MEMBER rows are read
    List<StateRow> rows = unMembers();
    // THEN there are as many as the UN has members, each with six case forms
    assertEquals(193, rows.size(), "UN_MEMBER rows in " + STATES);
    for (StateRow row : rows) {
      assertEquals(6, row.forms.length, row.id + ": case forms nom|gen|dat|acc|ins|prep");
    }
  }

  @Test
  void everyUnMember_isFoundInNominativeGenitivePrepositionalAndAdjective() {
    // GIVEN every UN member in four forms, each in a sentence
    // WHEN the party matcher scans each sentence
    List<String> failures = new ArrayList<>();
    for (StateRow row : unMembers()) {
      failures.addAll(failuresOf(row));
    }
    // THEN each sentence gives the row's id over the whole form
    assertEquals(List.of(), failures, failures.size() + " forms not recognised");
  }

  /** The sentences that do not give {@code row.id} over exactly the written form. */
  static List<String> failuresOf(StateRow row) {
    List<String> failures = new ArrayList<>();
    String nominative = row.forms[0];
    String genitive = row.forms[1];
    String prepositional = row.forms[5];
    check(row.id, "nom", nominative + " поддерживает эту инициативу.", nominative, failures);
    check(row.id, "gen", "Стороны приветствуют позицию " + genitive + " по этому вопросу.", genitive, failures);
    check(row.id, "prep", "Встреча прошла " + preposition(prepositional) + " " + prepositional + " в мае.",
        prepositional, failures);
    if (!row.adjectives.isEmpty()) {
      String adjective = row.adjectives.get(0);
      check(row.id, "adj", "Стороны отметили, что " + adjective + " народ поддерживает инициативу.",
          adjective, failures);
    }
    return failures;
  }

  private static void check(String id, String form, String sentence, String name, List<String> failures) {
    Tokens t = RU.tokenizer.tokenize(RU.normalizer.normalize(sentence));
    List<String> found = new ArrayList<>();
    int i = 0;
    while (i < t.size) {
      PhraseMatcher.Match<PartyInfo> match = RU.parties.longestAt(t, i, t.size);
      if (match == null) {
        i++;
        continue;
      }
      found.add(match.value.id + "«" + sentence.substring(t.start[match.first], t.end[match.last - 1]) + "»");
      i = match.last;
    }
    String expected = id + "«" + name + "»";
    if (!found.equals(List.of(expected))) {
      failures.add(id + " " + form + " «" + sentence + "»: found " + found);
    }
  }

  /** «во» before «в»/«ф» and a consonant («во Франции»), else «в». */
  private static String preposition(String name) {
    String lower = name.toLowerCase();
    return lower.length() > 1 && "вф".indexOf(lower.charAt(0)) >= 0 && "аеёиоуыэюя".indexOf(lower.charAt(1)) < 0
        ? "во" : "в";
  }

  static List<StateRow> unMembers() {
    List<StateRow> rows = new ArrayList<>();
    try (InputStream in = GazetteerCoverageTest.class.getResourceAsStream(STATES)) {
      if (in == null) {
        throw new IllegalStateException(STATES + " is not on the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (!cells[2].strip().equals("UN_MEMBER")) {
          continue;
        }
        String adjectives = cells[9].strip();
        rows.add(new StateRow(cells[0].strip(), cells[5].strip().split("\\|"),
            adjectives.equals("-") || adjectives.isEmpty() ? List.of() : List.of(adjectives.split("\\|"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
