package dev.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's Unix habits (issue 15, item 1), the progress line and the corpus page. */
final class AnalystCliTest {
  @TempDir
  Path tmp;

  private static Cli.Result withStdin(byte[] input, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(input));
    try {
      return Cli.run(args);
    } finally {
      System.setIn(saved);
    }
  }

  /** A minimal RFC 4180 reader: quoted fields with doubled quotes, CRLF between records. */
  static List<List<String>> readCsv(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    return records;
  }

  @Test
  void parse_stdin_isTheDocumentNamedStdin() throws Exception {
    Cli.Result r = withStdin(Files.readAllBytes(Cli.SEED_000), "parse", "-");
    assertEquals(0, r.code(), r::toString);
    JsonNode doc = EntenteJson.mapper().readTree(r.out());
    assertEquals("stdin", doc.get("id").asText());
    assertEquals(ParseCommand.parser().parse(Cli.SEED_000).text(), doc.get("text").asText(), "the whole input");
  }

  @Test
  void readme_csvExcerpt_isWhatParsePrints() throws Exception {
    Path readme = Path.of("..", "README.md");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(readme), "no README beside the module");
    List<String> excerpt = Files.readAllLines(readme).stream()
        .dropWhile(line -> !line.startsWith("document,clause,start,end,"))
        .takeWhile(line -> !line.startsWith("```"))
        .toList();
    Cli.Result r = withStdin(Files.readAllBytes(Cli.SEED_000), "parse", "-", "--format", "csv");
    assertEquals(excerpt, r.out().lines().limit(excerpt.size()).toList());
  }

  @Test
  void parse_stdinTwice_isAUsageError() {
    Cli.Result r = withStdin(new byte[0], "parse", "-", "-");
    assertEquals(Main.USAGE_ERROR, r.code(), r::toString);
    assertTrue(r.err().contains("standard input") && r.err().contains("once"), r::toString);
  }

  @Test
  void parse_emptyStdin_saysStandardInputIsEmpty() {
    Cli.Result r = withStdin(new byte[0], "parse", "-");
    assertEquals(Main.INPUT_ERROR, r.code(), r::toString);
    assertTrue(r.err().startsWith("entente: standard input: empty"), r::toString);
  }

  @Test
  void parse_csv_oneRowPerStatementWithQuotedSentences() throws Exception {
    Document doc = ParseCommand.parser().parse(Cli.SEED_000);
    Cli.Result r = Cli.run("parse", "--format", "CSV", Cli.SEED_000.toString());
    assertEquals(0, r.code(), r::toString);
    List<List<String>> rows = readCsv(r.out());
    assertEquals(Delimited.STATEMENT_COLUMNS, rows.get(0));
    assertEquals((long) doc.statements().size(), rows.size() - 1, "one row per statement");
    for (List<String> row : rows) {
      assertEquals(Delimited.STATEMENT_COLUMNS.size(), row.size(), row::toString);
    }
    List<String> first = rows.get(1);
    int start = Integer.parseInt(first.get(2));
    int end = Integer.parseInt(first.get(3));
    assertEquals(Delimited.flat(doc.text().substring(start, end)), first.get(10), "the sentence, at its span");
    assertTrue(r.out().contains("\"\""), "quotes in sentences are doubled");
    assertTrue(rows.stream().anyMatch(row -> row.get(5).equals("SUPPORT") && row.get(7).equals("SUPPORT")));
  }

  @Test
  void cell_csvQuotesOnlyWhatNeedsIt_tsvFlattens() {
    assertEquals("plain", Delimited.cell(Delimited.Dialect.CSV, "plain"));
    assertEquals("\"a,b\"", Delimited.cell(Delimited.Dialect.CSV, "a,b"));
    assertEquals("\"say \"\"hi\"\"\"", Delimited.cell(Delimited.Dialect.CSV, "say \"hi\""));
    assertEquals("\"two\nlines\"", Delimited.cell(Delimited.Dialect.CSV, "two\nlines"));
    assertEquals("a b c", Delimited.cell(Delimited.Dialect.TSV, "a\tb\nc"));
    assertEquals("a,b\r\n", Delimited.line(Delimited.Dialect.CSV, List.of("a", "b")));
  }

  @Test
  void parse_tsv_tabSeparatedWithTheSameColumns() {
    Cli.Result r = Cli.run("parse", "--format", "tsv", Cli.SEED_004.toString());
    assertEquals(0, r.code(), r::toString);
    List<String> lines = r.out().lines().toList();
    assertEquals(String.join("\t", Delimited.STATEMENT_COLUMNS), lines.get(0));
    assertTrue(lines.size() > 10);
    lines.forEach(l -> assertEquals(Delimited.STATEMENT_COLUMNS.size(), l.split("\t", -1).length, l));
  }

  @Test
  void parse_folderWithOneFile_isAnArray() throws Exception {
    Path folder = Files.createDirectory(tmp.resolve("one"));
    Files.copy(Cli.SEED_000, folder.resolve("a.txt"));
    Cli.Result r = Cli.run("parse", folder.toString());
    assertEquals(0, r.code(), r::toString);
    JsonNode json = EntenteJson.mapper().readTree(r.out());
    assertTrue(json.isArray() && json.size() == 1, r::toString);
  }

  @Test
  void parse_outJsonl_writesOneFileWithALinePerDocument() throws Exception {
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("parse", "--format", "jsonl", "--out", out.toString(), Cli.SAMPLES.toString());
    assertEquals(0, r.code(), r::toString);
    try (var files = Files.list(out)) {
      assertEquals(List.of("documents.jsonl"), files.map(f -> f.getFileName().toString()).toList());
    }
    List<String> lines = Files.readAllLines(out.resolve("documents.jsonl"));
    assertEquals(2, lines.size());
    for (String line : lines) {
      assertFalse(EntenteJson.fromJson(line).statements().isEmpty());
    }
    Cli.Result again = Cli.run("parse", "--format", "jsonl", "--out", out.toString(), Cli.SAMPLES.toString());
    assertEquals(Main.OUTPUT_ERROR, again.code(), "an existing file is kept without --force");
    assertTrue(again.err().contains("--force"), again::toString);
    assertEquals(lines, Files.readAllLines(out.resolve("documents.jsonl")));
  }

  @Test
  void parse_outCsv_oneTableForTheCorpus() throws Exception {
    Path out = tmp.resolve("csv");
    Cli.Result r = Cli.run("parse", "--format", "csv", "--out", out.toString(), Cli.SAMPLES.toString());
    assertEquals(0, r.code(), r::toString);
    List<List<String>> rows = readCsv(Files.readString(out.resolve("statements.csv")));
    assertEquals(Delimited.STATEMENT_COLUMNS, rows.get(0));
    assertEquals(2, rows.stream().skip(1).map(row -> row.get(0)).distinct().count(), "both documents' rows");
  }

  @Test
  void query_enumValuesInAnyCase() {
    Cli.Result lower = Cli.run("query", "--act", "support", "--topic", "energy", Cli.SAMPLES.toString());
    Cli.Result upper = Cli.run("query", "--act", "SUPPORT", "--topic", "ENERGY", Cli.SAMPLES.toString());
    assertEquals(0, lower.code(), lower::toString);
    assertEquals(upper.out(), lower.out());
    assertEquals(0, Cli.run("query", "--kind", "Mechanisms", Cli.SEED_000.toString()).code());
  }

  @Test
  void query_outputIsADeprecatedAliasOfFormat() {
    Cli.Result old = Cli.run("query", "--kind", "parties", "--output", "json", Cli.SEED_004.toString());
    Cli.Result now = Cli.run("query", "--kind", "parties", "--format", "json", Cli.SEED_004.toString());
    assertEquals(0, old.code(), old::toString);
    assertEquals(now.out(), old.out());
    assertTrue(old.err().contains("--output is deprecated"), old::toString);
    assertFalse(now.err().contains("deprecated"));
    assertEquals(Main.USAGE_ERROR, Cli.run("query", "--format", "json", "--output", "table", Cli.SEED_004.toString()).code());
  }

  @Test
  void query_participantsAndDocuments() throws Exception {
    Cli.Result participants = Cli.run("query", "--kind", "participants", "--party", "cn", "--format", "json",
        Cli.SEED_000.toString());
    assertEquals(0, participants.code(), participants::toString);
    JsonNode people = EntenteJson.mapper().readTree(participants.out());
    assertTrue(people.size() >= 1);
    people.forEach(p -> assertEquals("CN", p.get("participant").get("party").asText()));

    Cli.Result docs = Cli.run("query", "--kind", "documents", "--party", "AZ", Cli.SAMPLES.toString());
    assertEquals(0, docs.code(), docs::toString);
    assertTrue(docs.out().contains("004_cd7b265aefbc5060.txt") && !docs.out().contains("000_c8f3a732433e8756.txt"),
        "only the document where AZ acts: " + docs);
    assertTrue(docs.out().contains("(1 document)"), docs::toString);
  }

  @Test
  void query_csvStatements_haveParsesColumns() {
    Cli.Result r = Cli.run("query", "--act", "support", "--format", "csv", Cli.SAMPLES.toString());
    assertEquals(0, r.code(), r::toString);
    List<List<String>> rows = readCsv(r.out());
    assertEquals(Delimited.STATEMENT_COLUMNS, rows.get(0));
    assertTrue(rows.size() > 1);
    rows.stream().skip(1).forEach(row -> assertEquals("SUPPORT", row.get(5), row::toString));
    List<List<String>> parsed = readCsv(Cli.run("parse", "--format", "csv", Cli.SAMPLES.toString()).out());
    assertEquals(parsed.stream().skip(1).filter(row -> row.get(5).equals("SUPPORT")).toList(), rows.subList(1, rows.size()),
        "the same rows as parse prints, clause names included");
  }

  @Test
  void progressLine_showsFilesRateAndTimeLeft() {
    assertEquals("[############............] 5/10 files  1.0 MB/s  0:05 left",
        Progress.line(5, 10, 5_000_000, 10_000_000, 5.0));
    assertEquals("[........................] 0/10 files", Progress.line(0, 10, 0, 10_000_000, 0));
    assertEquals("[########################] 10/10 files  2.0 MB/s", Progress.line(10, 10, 10_000_000, 10_000_000, 5.0));
  }

  @Test
  void batch_withProgress_drawsTheBarAndWipesItBeforeTheSummary() throws Exception {
    java.io.StringWriter err = new java.io.StringWriter();
    Batch batch = new Batch(ParseCommand.parser(), Inputs.DEFAULT_MAX_BYTES, d -> null,
        new java.io.PrintWriter(err, true), true);
    batch.run(List.of(Cli.SEED_000, Cli.SEED_004, Cli.SEED_000), outcome -> { });
    String printed = err.toString();
    assertTrue(printed.contains("\r[########################] 3/3 files"), printed);
    String last = printed.substring(printed.lastIndexOf('\r') + 1);
    assertTrue(last.startsWith("parsed 3 files"), "the summary starts on a wiped line: " + last);
    Batch quiet = new Batch(ParseCommand.parser(), Inputs.DEFAULT_MAX_BYTES, d -> null,
        new java.io.PrintWriter(err, true), false);
    err.getBuffer().setLength(0);
    quiet.run(List.of(Cli.SEED_000, Cli.SEED_004), outcome -> { });
    assertFalse(err.toString().contains("\r"), "no bar when nobody watches");
  }

  @Test
  void parse_htmlOut_writesACorpusPageLinkingEveryDocument() throws Exception {
    Path out = tmp.resolve("html");
    Cli.Result r = Cli.run("parse", "--format", "html", "--out", out.toString(), Cli.SAMPLES.toString());
    assertEquals(0, r.code(), r::toString);
    org.jsoup.nodes.Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    List<String> links = index.select("#doc-table a").eachAttr("href");
    assertEquals(2, links.size());
    for (String link : links) {
      assertTrue(Files.isRegularFile(out.resolve(link)), link);
    }
    assertFalse(index.select("#timeline li").isEmpty(), "a timeline of events");
    assertFalse(index.select("#mech-table tbody tr").isEmpty(), "the mechanisms' lifecycle");
    assertTrue(index.select("link, script[src], img[src], iframe").isEmpty(), "no external resource");
    assertEquals("2025-04-23", index.select("#doc-table tbody tr").get(0).child(2).text(), "oldest first");
  }

  @Test
  void corpusPage_sameMechanismAcrossDocuments_oneLifecycleRow() {
    Document doc = Cli.handBuilt();
    CorpusPage.Entry a = CorpusPage.entry(doc, Path.of("a.txt.html"));
    CorpusPage.Entry b = CorpusPage.entry(doc, Path.of("sub", "b #1.txt.html"));
    org.jsoup.nodes.Document page = Jsoup.parse(CorpusPage.render(List.of(a, b)));
    assertEquals(1, page.select("#mech-table tbody tr").size());
    assertEquals(2, page.select("#mech-table tbody tr a.status").size());
    assertTrue(page.select("#doc-table a").eachAttr("href").contains("sub/b%20%231.txt.html"), "links are escaped");
  }
}
