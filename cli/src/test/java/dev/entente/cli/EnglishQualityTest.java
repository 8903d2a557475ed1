package dev.entente.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the English pack's figures on the test split of {@code corpus/en} (SPLIT.md {@code ## test}
 * and {@code ## test batch 3}, never tuned on) from dropping below what it measured when it was built. The corpus's texts are not
 * in the repository (see corpus/en/SOURCES.md): the test runs where they are, named by the
 * environment variable {@code ENTENTE_EN_TEXTS} or placed in {@code shared/corpus/en/texts} beside
 * the repository, or linked as {@code corpus/en/texts} (git-ignored), and is skipped elsewhere, or where a text of the
 * split is absent (a partial rebuild), saying how many.
 */
final class EnglishQualityTest {
  /**
   * Test-split macro-F1: 0.765 at 09:21 UTC on 3 December 2026, 0.772 at 12:05 UTC after the
   * session-2 rules (helper enq), 0.781 at 14:48 UTC after session 3's (helper enq3), on the first 10
   * documents; on all 15 (with batch 3's five openings) 0.757 before session 4's rules and 0.802
   * after them, 0.811 after session 5's, 0.813 after session 6's. The goal, 0.85, is not met yet. Never lower it to pass.
   */
  private static final double MACRO_F1_FLOOR = 0.80;

  /** The SPLIT.md headings whose documents this floor was measured on; a later batch joins once measured. */
  private static final List<String> TEST_HEADINGS = List.of("## test", "## test batch 3");

  @Test
  void englishTestSplit_macroF1DoesNotDrop(@TempDir Path gold) throws Exception {
    Path texts = textsDir();
    assumeTrue(texts != null, "English corpus texts not found: set ENTENTE_EN_TEXTS");
    Path corpus = repositoryRoot().resolve("corpus/en");
    List<String> names = testSplit(corpus.resolve("SPLIT.md"));
    List<String> absent = names.stream().filter(name -> !Files.isRegularFile(texts.resolve(name + ".txt"))).toList();
    assumeTrue(absent.isEmpty(), () -> absent.size() + " of the English test split's " + names.size()
        + " texts are not in " + texts + " (e.g. " + absent.get(0) + ".txt); see corpus/en/SOURCES.md");
    for (String name : names) {
      Files.copy(corpus.resolve("gold/" + name + ".gold.json"), gold.resolve(name + ".gold.json"));
    }
    Scorer scorer = EvalCommand.evaluate(gold, texts, false);
    assertTrue(scorer.macroF1() >= MACRO_F1_FLOOR, "macro-F1 " + scorer.macroF1() + "\n" + String.join("\n", scorer.report()));
  }

  /** The file names under the {@link #TEST_HEADINGS} of SPLIT.md. */
  static List<String> testSplit(Path split) throws Exception {
    List<String> names = new ArrayList<>();
    boolean inTest = false;
    for (String line : Files.readAllLines(split)) {
      if (line.startsWith("## ")) {
        inTest = TEST_HEADINGS.contains(line.strip());
      } else if (inTest && line.startsWith("en_")) {
        names.add(line.strip());
      }
    }
    assertTrue(names.size() >= 8, "test split too small: " + names);
    return names;
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    return Files.isDirectory(dir.resolve("corpus")) ? dir : dir.getParent();
  }

  private static Path textsDir() {
    String named = System.getenv("ENTENTE_EN_TEXTS");
    Stream<Path> candidates = Stream.of(
        named == null ? null : Path.of(named),
        repositoryRoot().resolve("corpus/en/texts"),
        repositoryRoot().resolve("../shared/corpus/en/texts"),
        repositoryRoot().resolve("shared/corpus/en/texts"));
    return candidates.filter(p -> p != null && Files.isDirectory(p)).findFirst().orElse(null);
  }
}
