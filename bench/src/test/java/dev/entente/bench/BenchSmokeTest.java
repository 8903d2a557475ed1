package dev.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import dev.entente.parser.Parser;
import dev.entente.query.Corpus;
import dev.entente.query.Query;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fast checks that keep the benchmarks honest in the default build (no benchmark runs here): the
 * inputs are what the report assumes, the synthetic corpus is deterministic and valid, the queries
 * find something, and the report reads JMH's JSON.
 */
final class BenchSmokeTest {
  private static final Parser PARSER = Parser.russian();

  @Test
  void seeds_areTheParserSeeds() throws Exception {
    // GIVEN the parser module's seeds, of which bench keeps copies
    Path dir = Path.of(System.getProperty("user.dir"), "..", "parser", "src", "test", "resources",
        "seeds");
    // THEN the copies are the same files
    for (Seeds.Seed seed : Seeds.ALL) {
      assertEquals(Files.readString(dir.resolve(seed.file), StandardCharsets.UTF_8), seed.text,
          "bench copy of seed " + seed.file + " differs from parser/src/test/resources/seeds");
    }
    assertTrue(Seeds.inputBytes("000") > 25_000, "seed 000 is the ~30 KB one");
  }

  @Test
  void englishInput_isTheDemoSample_writtenForEntente_andParsedAsEnglish() throws Exception {
    // GIVEN the CLI's English demo sample, of which bench keeps a copy
    Path sample = Path.of(System.getProperty("user.dir"), "..", "cli", "src", "main", "resources", "dev",
        "entente", "cli", "sample-en", "kz_cn_written_sample_en.txt");
    String text = Seeds.texts(Seeds.ENGLISH).get(0);
    // THEN the copy is the same file, says it is no real document, and the English parser reads it
    assertEquals(Files.readString(sample, StandardCharsets.UTF_8), text);
    assertTrue(text.startsWith("[A sample written for the Entente project"), text.substring(0, 60));
    assertTrue(Seeds.inputBytes(Seeds.ENGLISH) > 3_000, "several KB");
    Document document = Seeds.parserFor(Seeds.ENGLISH).parse("en", text);
    assertEquals("en", document.language());
    assertEquals(List.of("KZ", "CN"), document.signatories());
    assertTrue(document.clauses().size() >= 15, "numbered clauses: " + document.clauses().size());
  }

  @Test
  void report_judgesEnglishAgainstRussianPerCharacter(@TempDir Path dir) throws Exception {
    // GIVEN English slower than the Russian mix per MB of UTF-8, but not per character
    Report report = reportOf(dir, "cpu.en.parse=15.0\ncpu.en.parse.chars=15.0\n");
    // WHEN rendered THEN the goal is met on characters, and the MB figures are shown beside them
    String table = report.render();
    assertTrue(table.contains("| English parse ≥ Russian per CPU-second, per character (en vs mixed;"
        + " CpuThroughput) | 15.0 vs 11.0 million chars/CPU-s (1.36×); per MB of UTF-8 15.0 vs 20.0"
        + " MB/CPU-s (0.75×: a Cyrillic letter is two bytes) | met |"), table);
  }

  @Test
  void report_missesTheEnglishGoalWhenSlowerPerCharacter(@TempDir Path dir) throws Exception {
    // GIVEN English slower than the Russian mix per character
    Report report = reportOf(dir, "cpu.en.parse=10.0\ncpu.en.parse.chars=10.0\n");
    // WHEN rendered THEN the English goal is judged missed
    assertTrue(report.render().contains("10.0 vs 11.0 million chars/CPU-s (0.91×);"
        + " per MB of UTF-8 10.0 vs 20.0 MB/CPU-s (0.50×: a Cyrillic letter is two bytes) | **missed** |"));
  }

  /** A report of CpuThroughput's figures: the Russian mix's fixed, English's {@code english}. */
  private static Report reportOf(Path dir, String english) throws Exception {
    Path cpu = dir.resolve("cpu.properties");
    Files.writeString(cpu, "cpu.mixed.parse=20.0\ncpu.mixed.baseline=250.0\ncpu.mixed.parse.thread=21.0\n"
        + "cpu.mixed.parse.chars=11.0\n" + english);
    Report report = new Report();
    report.add(cpu);
    return report;
  }

  @Test
  void split_countsWords() {
    List<String> words = new ArrayList<>();
    assertEquals(4, Words.split("Стороны, 26 апреля: «ШОС»", words::add));
    assertEquals(List.of("Стороны", "26", "апреля", "ШОС"), words);
  }

  @Test
  void clausesRepeated_parsesEveryCopy() {
    // WHEN seed 000's clauses are written twice in one document
    Document once = PARSER.parse("once", Seeds.clausesRepeated("000", 1));
    Document twice = PARSER.parse("twice", Seeds.clausesRepeated("000", 2));
    // THEN the parser reads the second copy too, unlike a plain concatenation
    assertEquals(Seeds.named("000").text, Seeds.clausesRepeated("000", 1));
    assertEquals(2 * once.clauses().size(), twice.clauses().size(), "clauses of two copies");
  }

  @Test
  void synthetic_isDeterministicValidAndQueryable() {
    // GIVEN documents perturbed from the parsed seeds
    List<Document> seeds = Seeds.ALL.stream().map(s -> PARSER.parse(s.id(), s.text))
        .collect(Collectors.toList());
    List<Document> docs = new Synthetic(seeds).documents(3000);
    // THEN they are reproducible, distinct, and survive a JSON round trip with every check
    assertEquals(docs.get(123), new Synthetic(seeds).document(123));
    assertEquals(3000, docs.stream().map(Document::id).collect(Collectors.toSet()).size());
    assertEquals(docs.get(7), EntenteJson.fromJson(EntenteJson.toJson(docs.get(7))));
    assertTrue(new HashSet<>(docs.stream().map(d -> d.signatories().toString())
        .collect(Collectors.toList())).size() > 100, "signatories vary");
    // AND the three benchmarked queries find something
    Corpus corpus = Query.from(docs);
    assertFalse(CorpusBenchmark.statements(corpus).isEmpty(), "KZ supports energy somewhere");
    assertFalse(CorpusBenchmark.events(corpus).isEmpty(), "planned events in Astana");
    assertFalse(CorpusBenchmark.mechanisms(corpus).isEmpty(), "new mechanisms");
    // AND their counts and first pages agree with the whole results
    List<?> statements = CorpusBenchmark.statements(corpus);
    assertEquals(statements.size(), CorpusBenchmark.statementQuery(corpus).count());
    assertEquals(statements.subList(0, Math.min(CorpusBenchmark.PAGE, statements.size())),
        CorpusBenchmark.statementQuery(corpus).limit(CorpusBenchmark.PAGE).toList());
    List<?> events = CorpusBenchmark.events(corpus);
    assertEquals(events.size(), CorpusBenchmark.eventQuery(corpus).count());
    assertEquals(events.subList(0, Math.min(CorpusBenchmark.PAGE, events.size())),
        CorpusBenchmark.eventQuery(corpus).limit(CorpusBenchmark.PAGE).toList());
  }

  @Test
  void report_judgesCountsAndFirstPagesInMicroseconds(@TempDir Path dir) throws Exception {
    // GIVEN a sampled count in µs/op and a CPU-time figure for it
    Path json = dir.resolve("queries.json");
    Files.writeString(json, "[{\"benchmark\":\"dev.entente.bench.CorpusBenchmark.statementsCount\","
        + "\"mode\":\"sample\",\"threads\":1,\"params\":{\"documents\":\"100000\"},"
        + "\"primaryMetric\":{\"score\":40.0,\"scoreError\":1.0,\"scoreUnit\":\"us/op\","
        + "\"scorePercentiles\":{\"50.0\":38.0,\"99.0\":60.0}}}]");
    Path cpu = dir.resolve("corpus-cpu.properties");
    Files.writeString(cpu, "query.cpu.statementsCount=31.00 30.00 35.00\n");
    // WHEN the report reads them
    Report report = new Report();
    report.add(json);
    report.add(cpu);
    String table = report.render();
    // THEN the goal of 50 µs is met, with the CPU figure beside the wall-clock one
    assertTrue(table.contains("| count() p50 ≤ 50 µs at 100000 docs: statements | p50 38.0 µs,"
        + " p99 60.0 µs; CPU 31.00 µs (30.00–35.00) | met |"), table);
  }

  @Test
  void report_readsJmhJson(@TempDir Path dir) throws Exception {
    // GIVEN JMH results for a baseline and a parse of the same input
    Path json = dir.resolve("parse.json");
    Files.writeString(json, "[" + result("baseline", 1000) + "," + result("parse", 50) + "]");
    // WHEN the report reads them
    Report report = new Report();
    report.add(json);
    String table = report.render();
    // THEN it gives MB/s and the ratio to the baseline, and judges the goals
    assertTrue(table.contains("| 0.050 |"), table);
    assertTrue(table.contains("parse ≥ 1/10 of baseline"), table);
  }

  private static String result(String method, double opsPerSecond) {
    return "{\"benchmark\":\"dev.entente.bench.ParseBenchmark." + method + "\",\"mode\":\"thrpt\","
        + "\"threads\":1,\"params\":{\"input\":\"mixed\"},\"primaryMetric\":{\"score\":"
        + opsPerSecond + ",\"scoreError\":1.0,\"scoreUnit\":\"ops/s\"}}";
  }
}
