package dev.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.entente.model.EntenteJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the parser's figures on the gold seeds from falling below the bars of issues 3 and 4, and
 * checks that {@code entente eval} prints exactly what the independent scorer prints.
 */
final class SeedQualityTest {
  private static Path gold;
  private static Path texts;
  private static Scorer scorer;

  @BeforeAll
  static void evaluate() throws Exception {
    gold = Path.of(SeedQualityTest.class.getResource("/gold").toURI());
    texts = Path.of(SeedQualityTest.class.getResource("/dev/entente/cli/sample").toURI());
    scorer = EvalCommand.evaluate(gold, texts, false);
  }

  @Test
  void seeds_partiesAndPeopleAtLeast095() {
    for (String concept : List.of("signatories", "states", "organizations", "participants")) {
      assertTrue(scorer.f1(concept) >= 0.95, concept + " F1 " + scorer.f1(concept));
    }
    assertTrue(scorer.accuracy("participants.party") >= 0.95);
  }

  @Test
  void seeds_initiativesMechanismsEventsAtLeast085() {
    for (String concept : List.of("initiatives", "mechanisms", "events")) {
      assertTrue(scorer.f1(concept) >= 0.85, concept + " F1 " + scorer.f1(concept));
    }
    for (String attribute : List.of("events.date", "events.place", "events.status", "mechanisms.status",
        "initiatives.proposer")) {
      assertTrue(scorer.accuracy(attribute) >= 0.85, attribute + " " + scorer.accuracy(attribute));
    }
    assertTrue(scorer.macroF1() >= 0.90, "macro-F1 " + scorer.macroF1());
  }

  @Test
  void seeds_documentStructureExact() {
    for (String attribute : List.of("clauses.count", "document.kind", "document.date", "document.place")) {
      assertEquals(1.0, scorer.accuracy(attribute), attribute);
    }
  }

  @Test
  void eval_printsWhatScorePyPrints(@TempDir Path json) throws Exception {
    Path scorePy = Path.of(System.getProperty("entente.shared", "../shared"), "tools", "score.py");
    assumeTrue(Files.isRegularFile(scorePy), "the independent scorer is not beside the repository");
    // GIVEN the parser's JSON for every seed in a folder, as score.py --json-dir reads it
    for (Map.Entry<String, String> sample : Map.of(
        "000_c8f3a732433e8756.txt", "000_c8f3a732433e8756.txt",
        "004_cd7b265aefbc5060.txt", "004_cd7b265aefbc5060.txt").entrySet()) {
      String text = Files.readString(texts.resolve(sample.getKey()));
      Files.writeString(json.resolve(sample.getValue() + ".json"),
          EntenteJson.toJson(ParseCommand.parser().parse(ParseCommand.idOf(texts.resolve(sample.getKey())), text)));
    }
    // WHEN score.py reads them
    Process python;
    try {
      python = new ProcessBuilder("python3", scorePy.toString(), gold.toString(), texts.toString(),
          "--json-dir", json.toString()).redirectErrorStream(true).start();
    } catch (java.io.IOException e) {
      assumeTrue(false, "python3 is not installed");
      return;
    }
    String printed = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(python.waitFor(60, TimeUnit.SECONDS));
    // THEN entente eval prints the same lines
    assertEquals(printed.strip(), String.join("\n", scorer.report()).strip());
  }
}
