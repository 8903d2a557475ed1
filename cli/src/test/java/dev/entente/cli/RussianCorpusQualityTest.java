package dev.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entente.model.EntenteJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parser's quality on the real Russian corpus ({@code corpus/ru}, issue 20), and
 * {@code entente eval} printing what score.py prints on it. The texts are not in the repository
 * (see corpus/ru/texts/README.md): they are looked for in corpus/ru/texts, then in
 * shared/corpus/ru/texts and shared/seeds; without them these tests are skipped, saying so. The
 * second to hundred-and-twenty-ninth test splits ({@code test2} to {@code test129} in split.tsv, batches 2 to 129 of
 * SPLIT.md; batch 91 took no document, so there is no {@code test91}) are kept out of every floor here: the lead scores them (test2 to test7, held out
 * through session 11, have been tuning material since session 12; SPLIT.md). Texts that can no longer be rebuilt from their sources are listed
 * in {@code corpus/ru/lost.tsv} and left out of every figure here (their gold stays). One session can no longer rebuild
 * every text (the search tool's look-ups a session are fewer than the corpus's stored pages; corpus/ru/texts/README.md), so
 * each floor asks only for its own split: the test split's texts all present, the tuning split's at least
 * {@link #TUNE_SPLIT_PRESENT_SHARE} of them (its floor is then checked on those present, and a failure names how many were absent).
 */
final class RussianCorpusQualityTest {
  /**
   * The test split's macro-F1 as main stands, less a margin for rounding: 0.689 at the end of issue
   * 20's first round, 0.667 once the English pack was merged beside it, 0.689 again once its
   * signatory rule was mended, 0.705 after round three, 0.736 after session 4's and session 5's.
   * Session 9 could rebuild only 9 of its 10 texts (corpus/ru/lost.tsv): the same parser (005a8aa)
   * scores those 9 at 0.729, so the floor is restated for them. Session 11 rebuilt the tenth
   * (SOURCES.md): the start jar (38c1775) scores the 10 at 0.736. Session 16 ended at 0.770 on the 10.
   * Session 17 could rebuild only 9 (the Kazan declaration is lost, lost.tsv): session 17's start jar
   * (d964cffb) scores the 9 at 0.950 — the loss, not a rule, raised the figure, so the floor stands
   * where the 10 put it. Never lower it to pass.
   */
  private static final double TEST_SPLIT_MACRO_F1 = 0.72;
  /**
   * The tuning split's macro-F1, less a margin for rounding: 0.965 on its 19 documents after round
   * three; session 4 added 7 real documents of other years and house styles (batch 2 of SPLIT.md),
   * on which main's parser scored the 26 at 0.921, and its rules brought them to 0.951 (0.955 merged
   * with the other rules of session 4). Session 5 added 6 more (batch 3: other organisations and
   * partners, 1996-2021), on which main's parser (64ad1da) scores the 32 at 0.914; then 5 more
   * (batch 4: the USSR as a side, the Arctic Council, the Russia-Belarus union, the four-president
   * statement of 2003, Cuba; 1990-2018), on which main's parser (b120ae5) scores the 37 at 0.885:
   * the floor follows the larger split. Session 5's rules brought the 37 to 0.926, session 6's to 0.939.
   * Session 7 added 4 more (batch 5: bilateral press releases of two foreign ministries, a statement
   * quoted after a news lead, a statement without its title; 1991-2022), on which main's parser
   * (4e22689) scores the 41 at 0.914; with batch 6's 7 (rutexts7b) it scores the 48 at 0.903, and
   * rutexts7a's rules of session 7 bring the 48 to 0.934; with rutexts7b's, merged, 0.952.
   * Session 11 added 6 more (batch 8, labelled tune but held out that session; its other 3 are
   * {@code test8}, outside every floor), on which session 11's start jar (38c1775) scores the 54 at
   * 0.952 (the 48 at 0.967): the floor stands. Session 12 added 6 more (batch 9, labelled tune but
   * held out that session; its other 4 are {@code test9}, outside every floor), on which session 12's
   * start jar (3aa3ef5) scores the 60 at 0.948 (the 54 at 0.962): the floor follows the larger split.
   * Session 13 added 7 more (batch 10, labelled tune but held out that session; its other 4 are
   * {@code test10}, outside every floor), on which session 13's start jar (6e4f469) scores the 67 at
   * 0.947 (the 60 at 0.952), and then 8 more (batch 11: openings of news and agency pages, held out
   * that session too; its other 4 are {@code test11}), on which the same jar scores the 75 at 0.926:
   * the floor follows the larger split; then 6 more (batch 12, held out that session; its other 4
   * are {@code test12}), on which the same jar scores the 81 at 0.924: the floor stands; then 6 more
   * (batch 13, held out that session; its other 3 are {@code test13}), on which the same jar scores
   * the 87 at 0.914: the floor follows the larger split. Session 14 added 8 more (batch 14: news
   * pages that retell a document, held out that session; its other 4 are {@code test14}) and 5 more
   * (batch 15, held out that session; its other 3 are {@code test15}), on which session 14's start
   * jar (6832f49) scores the 100 at 0.885 (the 87 at 0.921): the floor follows the larger split.
   * Session 15 added 8 more (batch 16: openings, mostly news pages, held out that session; its other
   * 4 are {@code test16}), on which session 15's start jar (eacd54f) scores the 108 at 0.902 (the 100
   * at 0.917): the floor stands. Session 16 added 8 more (batch 17: openings of news and agency
   * pages, held out that session; its other 4 are {@code test17}), on which session 16's start jar
   * (f761c2b0) scores the 116 at 0.914 (the 108 at 0.925): the floor stands. Session 17 rebuilt 108
   * of the 116 (lost.tsv); its start jar (d964cffb) scores them at 0.953: the floor stands. With
   * batch 18's eight (held out in session 17) they are 116. Session 18 added batch 19's eight (held
   * out that session; its other 4 are {@code test19}), on which session 18's start jar (641df7f8)
   * scores the 124 at 0.962: the floor stands. Session 19 added batches 20 and 21's seven each (news
   * and official openings, held out that session; their other 4 each are {@code test20} and
   * {@code test21}), on which session 19's start jar (cb26948c) scores the 138 at 0.938: the floor
   * stands. Session 20 added batches 22 to 25's six each (openings of legal databases, official
   * sites and news pages, held out that session; their other 4 each are {@code test22} to
   * {@code test25}), on which session 20's start jar (53c80649) scores the 162 at 0.918: the floor
   * stands. Session 21 added batches 26 to 30's twenty-seven (openings of news pages, legal databases,
   * regions' and parliaments' sites and Soviet-era texts, held out that session; their other 20 are
   * {@code test26} to {@code test30}), on which session 21's start jar (e0dac8f4) scores the 189 at
   * 0.906 and its end 0.928: the floor stands. Session 22 added batches 31 to 35's thirty-four (openings
   * of legal databases, official sites, news pages and five reports of meetings, held out that session; their
   * other 20 are {@code test31} to {@code test35}), on which session 22's start jar (4d2ca543) scores the 223
   * at 0.902 and its end 0.918: the floor stands. Session 23 added batches 36 to 40's thirty-two (openings
   * of official sites, legal databases, archives and news pages, held out that session; their other 20
   * are {@code test36} to {@code test40}), on which session 23's start jar (5f5e5e94) scores the 255 at
   * 0.895 and its end 0.909: the floor stands. Session 24 added batches 41 to 44's twenty (openings of
   * legal databases, official sites, archives and news pages, held out that session; their other 16 are
   * {@code test41} to {@code test44}), on which session 24's start jar (bc54e7d3) scores the 275 at
   * 0.899 and its end 0.904: the floor stands. Session 25 added batches 45 and 46's twelve (openings of
   * collections, legal databases, official sites and news pages, held out that session; their other 8 are
   * {@code test45} and {@code test46}), on which session 25's start jar (6a1f2565) scores the 287 at 0.895
   * and its end 0.904: the floor stands. Session 26 added batches 47 and 48's twelve (openings of legal
   * databases, official sites and news pages, held out that session; their other 8 are {@code test47} and
   * {@code test48}), on which session 26's start jar (e23e5ed7) scores the 299 at 0.897 and its end 0.904: the
   * floor stands. Session 27 added batches 49 and 50's twelve (openings of official sites and news pages, held
   * out that session; their other 8 are {@code test49} and {@code test50}), on which session 27's start jar
   * (edac44bd) scores the 311 at 0.902 and its end 0.915: the floor stands. Session 28 added batches 51 to
   * 55's thirty (openings of legal databases, official sites and news pages, held out that session; their
   * other 20 are {@code test51} to {@code test55}), on which session 28's start jar (b59c57e4) scores the 341
   * at 0.889 and its end 0.907: the floor stands. Session 29 added batches 56 to 60's thirty (openings of
   * legal databases, official sites and news pages, held out that session; their other 20 are {@code test56} to
   * {@code test60}), on which session 29's start jar (d3513d6a) scores the 371 at 0.893 and its end 0.906: the
   * floor stands. Session 30 added batches 61 to 64's twenty-four (openings of legal databases, official sites
   * and news pages, held out that session; their other 16 are {@code test61} to {@code test64}), on which session
   * 30's start jar (efbdabaf) scores the 395 at 0.891 and its end 0.908: the floor stands. Session 31 added
   * batches 65 to 70's thirty-four (openings of legal databases, archives, official sites and news pages, held out
   * that session; their other 24 are {@code test65} to {@code test70}), on which session 31's start jar (9d807e62)
   * scores the 429 at 0.887 and its end (ecc55305) 0.892: the floor stands. Session 32 added batches 71 to 78's
   * forty-eight (openings of legal databases, official sites, parliaments' and parties' pages and news pages, held out
   * that session; their other 32 are {@code test71} to {@code test78}), on which session 32's start jar (29e5a641)
   * scores the 477 at 0.876, below the floor (the 429 at 0.892), and its end 0.884 (the 429 at 0.901): the floor
   * stands, with a margin of 0.004. Session 33 added batches 79 to 86's forty-eight (openings of other states' sites,
   * regions', ministries' and organisations' pages, Soviet newspapers and news pages, held out that session; their other
   * 32 are {@code test79} to {@code test86}), on which session 33's start jar (ea1cf625) scores the 533 at 0.867 (the
   * 477 at 0.884) and its end (6c3e36db) 0.881 (the 477 at 0.899): the floor follows the larger split, to 0.875, so that
   * it keeps a margin for rounding rather than the end's 0.001. Session 34 added batches 87 to 96's fifty-one
   * (openings of legal databases, official sites, other states' and organisations' pages and news pages, held out that
   * session; their other 36 are {@code test87} to {@code test96}), on which session 34's start jar (ad274bcb) scores
   * the 584 at 0.849 (the 533 at 0.881) and its end (60d6058d) 0.855 (the 533 at 0.887): the floor follows the larger
   * split, to 0.85; the fifty-one, never tuned on, score 0.473 at both ends and pull the whole down. Session 35 added
   * batches 97 to 103's forty-two (openings of legal databases, organisations' and ministries' pages and news pages, held
   * out that session; their other 28 are {@code test97} to {@code test103}), on which session 35's start jar (653e8dbe)
   * scores the 618 present at 0.853 and its end (303f68bd) 0.859: the floor stands. Session 36 added no batch: on a new
   * machine it rebuilt 604 of the 618 texts within the search tool's look-ups (corpus/ru/SOURCES.md), on which its start
   * jar (a40e51cc) scores 0.856 and its end (51329bd7) 0.868: the floor stands. Session 37 rebuilt the 14 left and added
   * batches 104 to 109's thirty-six (news pages, legal databases' and organisations' openings, held out that session;
   * their other 24 are {@code test104} to {@code test109}), on which its start jar (33ff2ff2) scores the 654 present
   * at 0.859 and its end (14d3e6d9) 0.868: the floor stands. Session 38 added batches 110 to 117's forty-eight (news
   * pages, legal databases' and official sites' openings, held out that session; their other 32 are {@code test110} to
   * {@code test117}), on which its start jar (eee5f1fe's parser) scores the 702 present at 0.853 and its end (b19c864d)
   * 0.859: the floor stands. Session 39 added no batch; its gold review made report pages one way (31 files), on which
   * its start jar (96438e47's parser) scores the 702 at 0.859 and its end (076e27aa) 0.863: the floor stands. Session
   * 40 added batches 118 to 123's thirty-five (news pages, Soviet newspapers, UN declarations, churches', parties' and
   * regions' texts and official sites' openings, held out that session; their other 24 are {@code test118} to
   * {@code test123}), on which its start jar (0f09875c) scores the 737 present at 0.857 and its end (8e90f2b1) 0.878:
   * the floor stands. Session 41 added batches 124 and 125's twelve (Russia with Asian, Middle Eastern, African and
   * Latin American states, European and Euro-Atlantic texts, held out that session; their other 8 are {@code test124}
   * and {@code test125}), on which its start jar (86d6f270) scores the 749 present at 0.875 and its end (71d613de)
   * 0.881: the floor stands. Session 42 added batches 126 and 127's twelve (treaties and protocols from legal databases,
   * parliaments', parties' and post-Soviet foreign ministries' statements, held out that session; their other 8 are
   * {@code test126} and {@code test127}), on which its start jar (0fa81c38) scores the 761 present at 0.879 and its end
   * (63857274) 0.887: the floor stands. Session 43 added batches 128 and 129's twelve (intergovernmental commissions and
   * regional cooperation, security, defence, border and law-enforcement cooperation, held out that session; their other
   * 8 are {@code test128} and {@code test129}), on which its start jar (cc995121) scores the 773 present at 0.885 and
   * its end (36741ad6) 0.889: the floor stands.
   */
  private static final double TUNE_SPLIT_MACRO_F1 = 0.85;

  /**
   * The share of the tuning split's texts that must be present for its floor to be checked: session 36's rebuild left
   * 14 of its 618 unrebuilt for want of look-ups (604 present, 97.7 %); a much
   * smaller sample would measure another set.
   */
  private static final double TUNE_SPLIT_PRESENT_SHARE = 0.95;

  private static final Path ROOT = Path.of("..");
  private static final Path GOLD = ROOT.resolve("corpus/ru/gold");
  private static Map<String, List<EvalCommand.Gold>> splits;
  private static Map<String, List<String>> absentBySplit;
  private static Path sharedTexts;

  @BeforeAll
  static void locate() throws Exception {
    Path shared = Path.of(System.getProperty("entente.shared", "../../shared"));
    List<Path> places = List.of(ROOT.resolve("corpus/ru/texts"), shared.resolve("corpus/ru/texts"),
        shared.resolve("seeds"), Path.of("src/main/resources/dev/entente/cli/sample"));
    Map<String, String> splitOf = new LinkedHashMap<>();
    for (String line : Files.readAllLines(ROOT.resolve("corpus/ru/split.tsv"))) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] cells = line.split("\t");
        splitOf.put(cells[0], cells[1]);
      }
    }
    Set<String> lost = new HashSet<>();
    for (String line : Files.readAllLines(ROOT.resolve("corpus/ru/lost.tsv"))) {
      if (!line.startsWith("#") && !line.isBlank()) {
        lost.add(line.split("\t")[0]);
      }
    }
    splits = new LinkedHashMap<>();
    absentBySplit = new LinkedHashMap<>();
    sharedTexts = shared.resolve("corpus/ru/texts");
    for (Path file : GoldFiles.list(GOLD)) {
      JsonNode gold = GoldFiles.read(file);
      String name = gold.get("document").asText();
      if (lost.contains(name)) {
        continue;
      }
      Path text = places.stream().map(p -> p.resolve(name)).filter(Files::isRegularFile).findFirst().orElse(null);
      if (text == null) {
        absentBySplit.computeIfAbsent(splitOf.getOrDefault(name, "unsplit"), s -> new ArrayList<>()).add(name);
        continue;
      }
      splits.computeIfAbsent(splitOf.getOrDefault(name, "unsplit"), s -> new ArrayList<>())
          .add(new EvalCommand.Gold(file, gold, text));
    }
  }

  /** Why a split cannot be scored ({@code null} when at least {@code share} of its texts are present). */
  private static String tooFewTexts(String split, double share) {
    List<String> absent = absentBySplit.getOrDefault(split, List.of());
    int present = splits.getOrDefault(split, List.of()).size();
    if (present > 0 && present >= share * (present + absent.size())) {
      return null;
    }
    return absent.size() + " of the " + split + " split's " + (present + absent.size()) + " texts are not in corpus/ru/texts nor in "
        + sharedTexts + (absent.isEmpty() ? "" : " (e.g. " + absent.get(0) + ")") + "; see corpus/ru/texts/README.md";
  }

  /** What the tuning split's figure was measured on, for a failure's message. */
  private static String tuneTextsAbsent() {
    int absent = absentBySplit.getOrDefault("tune", List.of()).size();
    return absent == 0 ? "" : " (on the texts present; " + absent + " absent)";
  }

  @Test
  void split_everyGoldDocumentIsInExactlyOneSplit() {
    assertEquals(List.of(), splits.getOrDefault("unsplit", List.of()).stream().map(g -> g.file().toString()).toList());
  }

  @Test
  void testSplit_macroF1AtLeastWhatIssue20Reached() {
    String missing = tooFewTexts("test", 1.0);
    assumeTrue(missing == null, () -> missing);
    Scorer scorer = EvalCommand.evaluate(splits.get("test"), false);
    assertTrue(scorer.macroF1() >= TEST_SPLIT_MACRO_F1,
        () -> "test split macro-F1 " + Scorer.fixed(scorer.macroF1()) + " < " + TEST_SPLIT_MACRO_F1 + "\n"
            + String.join("\n", scorer.report()));
  }

  @Test
  void tuneSplit_macroF1AtLeastWhatIssue20Reached() {
    String missing = tooFewTexts("tune", TUNE_SPLIT_PRESENT_SHARE);
    assumeTrue(missing == null, () -> missing);
    Scorer scorer = EvalCommand.evaluate(splits.get("tune"), false);
    assertTrue(scorer.macroF1() >= TUNE_SPLIT_MACRO_F1,
        () -> "tune split macro-F1 " + Scorer.fixed(scorer.macroF1()) + tuneTextsAbsent() + " < " + TUNE_SPLIT_MACRO_F1 + "\n"
            + String.join("\n", scorer.report()));
  }

  @Test
  void evalVerbose_printsWhatScorePyPrintsOnTheWholeCorpus(@TempDir Path work) throws Exception {
    String missing = tooFewTexts("tune", TUNE_SPLIT_PRESENT_SHARE);
    assumeTrue(missing == null, () -> missing);
    Path scorePy = Path.of(System.getProperty("entente.shared", "../../shared"), "tools", "score.py");
    assumeTrue(Files.isRegularFile(scorePy), "the independent scorer is not beside the repository: " + scorePy);
    // GIVEN every corpus text and its parse as JSON in one folder, as score.py --json-dir reads them
    Path texts = Files.createDirectories(work.resolve("texts"));
    Path goldOfTexts = Files.createDirectories(work.resolve("gold"));
    Path json = Files.createDirectories(work.resolve("json"));
    List<EvalCommand.Gold> all = new ArrayList<>();
    splits.values().forEach(all::addAll);
    all.sort((a, b) -> a.file().getFileName().toString().compareTo(b.file().getFileName().toString()));
    for (EvalCommand.Gold gold : all) {
      String name = gold.json().get("document").asText();
      Files.copy(gold.text(), texts.resolve(name));
      Files.copy(gold.file(), goldOfTexts.resolve(gold.file().getFileName()));
      String input = Inputs.read(gold.text(), Inputs.DEFAULT_MAX_BYTES);
      Files.writeString(json.resolve(name + ".json"),
          EntenteJson.toJson(ParseCommand.parser().parse(ParseCommand.idOf(gold.text()), input)));
    }
    // WHEN score.py -v scores them
    String printed = python(scorePy, "-v", goldOfTexts.toString(), texts.toString(), "--json-dir", json.toString());
    // THEN eval -v prints the same characters, besides the participants it lists and score.py does not
    List<String> lines = new ArrayList<>(EvalCommand.evaluate(all, true).report());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("  participants.")), "eval -v lists participants");
    lines.removeIf(l -> l.startsWith("  participants."));
    assertEquals(printed.strip(), String.join("\n", lines).strip());
  }

  private static String python(Path scorePy, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("python3", scorePy.toString()));
    command.addAll(List.of(args));
    Process python;
    try {
      python = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "python3 is not installed, so eval cannot be compared with score.py");
      throw e;
    }
    String printed = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(python.waitFor(120, TimeUnit.SECONDS) && python.exitValue() == 0, printed);
    return printed;
  }
}
