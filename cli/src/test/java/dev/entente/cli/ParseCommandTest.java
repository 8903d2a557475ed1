package dev.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class ParseCommandTest {
  @TempDir
  static Path dir;

  @Test
  void parse_oneSeed_printsOneObjectAndASummary() throws Exception {
    // WHEN
    Cli.Result r = Cli.run("parse", Cli.SEED_000.toString());
    // THEN
    assertEquals(0, r.code(), r::toString);
    Document doc = EntenteJson.fromJson(r.out());
    assertEquals("000_c8f3a732433e8756.txt", doc.id());
    assertTrue(doc.signatories().contains("KZ"), doc.signatories()::toString);
    assertTrue(r.err().matches("parsed 1 file \\(0\\.0 MB\\) in \\d+\\.\\d s, 0 failed\\R"), r.err());
  }

  @Test
  void parse_folder_printsAnArrayInNameOrder() throws Exception {
    Cli.Result r = Cli.run("parse", Cli.SAMPLES.toString());
    assertEquals(0, r.code(), r::toString);
    JsonNode array = EntenteJson.mapper().readTree(r.out());
    assertEquals(2, array.size());
    assertEquals("000_c8f3a732433e8756.txt", array.get(0).get("id").asText());
    assertEquals("004_cd7b265aefbc5060.txt", array.get(1).get("id").asText());
    assertTrue(r.err().startsWith("parsed 2 files ("), r.err());
  }

  @Test
  void parse_manyFilesInParallel_outputFollowsInputOrder() throws Exception {
    // GIVEN 24 files of different sizes, so that workers finish out of order
    Path many = Files.createDirectories(dir.resolve("many"));
    String big = Files.readString(Cli.SEED_000);
    String small = "Совместное заявление Казахстана и Китая. Стороны поддерживают сотрудничество в энергетике.";
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      String name = String.format("%02d.txt", i);
      Files.writeString(many.resolve(name), i % 3 == 0 ? big : small);
      expected.add(name);
    }
    // WHEN
    Cli.Result r = Cli.run("parse", "--format", "jsonl", many.toString());
    // THEN
    assertEquals(0, r.code(), r::toString);
    List<String> ids = r.out().lines().map(l -> EntenteJson.fromJson(l).id()).collect(Collectors.toList());
    assertEquals(expected, ids);
    assertTrue(r.err().startsWith("parsed 24 files"), r.err());
  }

  @ParameterizedTest(name = "--format {0}")
  @MethodSource("threadsFormats")
  void parse_oneThreadOrMany_sameOutput(String format) throws Exception {
    // GIVEN documents of different sizes and languages, a file that fails, one with a note
    Path mixed = dir.resolve("threads-" + format);
    if (!Files.exists(mixed)) {
      Files.createDirectories(mixed);
      String small = "Совместное заявление Казахстана и Китая. Стороны поддерживают сотрудничество в энергетике.";
      for (int i = 0; i < 12; i++) {
        Path seed = i % 2 == 0 ? Cli.SEED_000 : Cli.SEED_004;
        Files.writeString(mixed.resolve(String.format("%02d.txt", i)), i % 3 == 0 ? small : Files.readString(seed));
      }
      write(mixed, "05-empty.txt", new byte[0]);
      write(mixed, "07-cp1251.txt", Files.readString(Cli.SEED_004).getBytes("windows-1251"));
    }
    // WHEN
    Cli.Result one = Cli.run("parse", "--format", format, "--threads", "1", mixed.toString());
    Cli.Result many = Cli.run("parse", "--format", format, "--threads", "5", mixed.toString());
    // THEN
    assertEquals(1, one.code(), one::toString);
    assertTrue(one.out().length() > 100_000, one::toString);
    assertEquals(one.out(), many.out());
    assertEquals(one.errLines(), many.errLines());
    assertEquals(2, one.errLines().size(), one::toString);
  }

  static Stream<String> threadsFormats() {
    return Stream.of("json", "jsonl", "csv");
  }

  @Test
  void parse_pathsOnly_sameAsThroughPicocli() throws Exception {
    // GIVEN files that parse, one that is missing and one that is empty
    Path empty = Files.write(dir.resolve("plain-empty.txt"), new byte[0]);
    List<String> paths = List.of(Cli.SEED_000.toString(), dir.resolve("plain-nope.txt").toString(), empty.toString(),
        Cli.SAMPLES.toString());
    List<String> plain = new ArrayList<>(List.of("parse"));
    plain.addAll(paths);
    List<String> picocli = new ArrayList<>(List.of("parse", "--format", "json"));
    picocli.addAll(paths);
    assertTrue(ParseCommand.plain(plain.toArray(new String[0])) != null, "read without picocli");
    assertTrue(ParseCommand.plain(picocli.toArray(new String[0])) == null, "read by picocli");
    // WHEN
    Cli.Result quick = Cli.run(plain);
    Cli.Result full = Cli.run(picocli);
    // THEN the same but for the seconds in the summary line
    assertEquals(full.code(), quick.code(), quick::toString);
    assertEquals(full.out(), quick.out());
    assertEquals(full.err().replaceAll("in \\d+\\.\\d s", "in T s"), quick.err().replaceAll("in \\d+\\.\\d s", "in T s"));
    assertEquals(1, quick.code(), quick::toString);
  }

  @Test
  void plain_anythingButPaths_leftToPicocli() {
    for (List<String> args : List.of(List.of("parse"), List.of("parse", "-", "-"), List.of("parse", "@args.txt"),
        List.of("parse", "--", "a.txt"), List.of("parse", ""), List.of("parse", "a.txt", "-o", "out"),
        List.of("parse", "a\0.txt"), List.of("query", "a.txt"))) {
      assertEquals(null, ParseCommand.plain(args.toArray(new String[0])), args::toString);
    }
    assertTrue(ParseCommand.plain("parse", "-", "a b.txt", "dir/") != null);
  }

  @Test
  void parse_threadsNotPositive_usageError() {
    Cli.Result r = Cli.run("parse", "--threads", "0", Cli.SEED_000.toString());
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().startsWith("entente: --threads must be positive: 0"), r::toString);
  }

  /** The classes of bad input, each with the start of its one stderr line after the path. */
  static Stream<Arguments> badInputs() throws Exception {
    Path bad = Files.createDirectories(dir.resolve("bad"));
    byte[] russian = (Encodings.RUSSIAN + "юг").getBytes(StandardCharsets.UTF_8);
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    binary[0] = (byte) 0x89;
    binary[1] = 'P';
    binary[5] = 0;
    byte[] noise = new byte[2000];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (0x80 + (i * 7) % 0x40); // C1 and punctuation in both Cyrillic code pages
    }
    Path huge = bad.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(100L * 1000 * 1000); // sparse: the size check must refuse it before reading
    }
    return Stream.of(
        Arguments.of("missing file", bad.resolve("nope.txt"), "no such file", List.of()),
        Arguments.of("empty file", write(bad, "empty.txt", new byte[0]), "empty", List.of()),
        Arguments.of("blank file", write(bad, "blank.txt", " \n\n\t \r\n".getBytes(StandardCharsets.US_ASCII)), "empty",
            List.of()),
        Arguments.of("binary file", write(bad, "image.png", binary), "binary data, not text", List.of()),
        Arguments.of("no known encoding", write(bad, "noise.txt", noise),
            "not text in UTF-8, UTF-16, windows-1251 or KOI8-R", List.of()),
        Arguments.of("neither Russian nor English", write(bad, "french.txt",
            "Déclaration conjointe de la République du Kazakhstan et de la République populaire de Chine. Les parties sont convenues."
                .getBytes(StandardCharsets.UTF_8)), "not Russian or English", List.of()),
        Arguments.of("HTML without text", write(bad, "empty.html",
            "<html><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8)), "empty", List.of()),
        Arguments.of("gigantic (100 MB)", huge, "too large: 100,000,000 bytes, the limit is 67,108,864", List.of()),
        Arguments.of("over --max-size", write(bad, "small.txt", russian), "too large", List.of("--max-size", "100")));
  }

  private static Path write(Path folder, String name, byte[] bytes) throws Exception {
    return Files.write(folder.resolve(name), bytes);
  }

  @ParameterizedTest(name = "{0} → exit 1")
  @MethodSource("badInputs")
  void parse_badInput_oneClearLineAndExit1(String name, Path file, String message, List<String> options) {
    // WHEN
    List<String> args = new ArrayList<>(List.of("parse"));
    args.addAll(options);
    args.add(file.toString());
    Cli.Result r = Cli.run(args);
    // THEN
    assertEquals(1, r.code(), r::toString);
    assertEquals("", r.out(), r::toString);
    assertEquals(1, r.errLines().size(), "exactly one line:\n" + r);
    assertTrue(r.errLines().get(0).startsWith("entente: " + file + ": " + message), r::toString);
    assertTrue(r.err().endsWith("1 failed\n") || r.err().endsWith("1 failed" + System.lineSeparator()), r::toString);
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace:\n" + r);
  }

  @Test
  void parse_oneBadFileAmongGoodOnes_theOthersStillComeOut() throws Exception {
    // GIVEN
    Path mixed = Files.createDirectories(dir.resolve("mixed"));
    Files.copy(Cli.SEED_000, mixed.resolve("a.txt"));
    Files.write(mixed.resolve("b.txt"), new byte[] {1, 0, 2, 0, 3});
    Files.write(mixed.resolve("c.txt"), new byte[0]);
    Files.copy(Cli.SEED_004, mixed.resolve("d.txt"));
    // WHEN
    Cli.Result r = Cli.run("parse", mixed.toString(), dir.resolve("missing.txt").toString());
    // THEN
    assertEquals(1, r.code(), r::toString);
    JsonNode array = EntenteJson.mapper().readTree(r.out());
    assertEquals(2, array.size(), r::toString);
    assertEquals("a.txt", array.get(0).get("id").asText());
    assertEquals("d.txt", array.get(1).get("id").asText());
    assertEquals(3, r.errLines().size(), r::toString);
    assertTrue(r.err().contains("parsed 5 files") && r.err().contains("3 failed"), r::toString);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.entente.cli.Encodings#encodings")
  void parse_legacyAndUnicodeEncodings_decodedWithANote(String name, byte[] bytes, String noted) throws Exception {
    // GIVEN
    Path file = Files.write(dir.resolve("enc-" + name.replace(' ', '_') + ".txt"), bytes);
    // WHEN
    Cli.Result r = Cli.run("parse", file.toString());
    // THEN
    assertEquals(0, r.code(), r::toString);
    Document doc = EntenteJson.fromJson(r.out());
    assertEquals(Encodings.RUSSIAN, doc.text());
    boolean decoded = doc.diagnostics().stream().anyMatch(d -> d.code().name().equals("DECODED"));
    assertEquals(!name.startsWith("UTF-8"), decoded, doc.diagnostics()::toString);
    assertEquals(noted == null ? 0 : 1, r.errLines().size(), r::toString);
    if (noted != null) {
      assertTrue(r.errLines().get(0).startsWith("entente: " + file + ": ") && r.errLines().get(0).contains(noted),
          r::toString);
    }
  }

  @Test
  void item1_truncatedUtf8AndUtf16_keepTheirText_withANote() throws Exception {
    byte[] russian = (Encodings.RUSSIAN + "юг").getBytes(StandardCharsets.UTF_8);
    Path cut = write(dir, "cut.txt", Arrays.copyOf(russian, russian.length - 1));
    Path cut16 = write(dir, "cut16.txt",
        Arrays.copyOf(Encodings.bytes(Encodings.RUSSIAN, StandardCharsets.UTF_16LE, 0xFF, 0xFE), 201));
    for (Path file : List.of(cut, cut16)) {
      Cli.Result r = Cli.run("parse", file.toString());
      assertEquals(0, r.code(), r::toString);
      assertTrue(EntenteJson.fromJson(r.out()).text().endsWith("\uFFFD"), r::toString);
      assertEquals(1, r.errLines().size(), r::toString);
      assertTrue(r.errLines().get(0).contains("the input ends inside a UTF-"), r::toString);
    }
  }

  @Test
  void parse_htmlPage_textExtractedAndSaidSoInTheJson() throws Exception {
    // GIVEN the seed as a news page
    String text = Files.readString(Cli.SEED_004);
    StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><title>Новости</title></head><body>");
    page.append("<nav><a href='/'>Главная</a></nav><article>");
    text.lines().forEach(l -> page.append("<p>").append(l.replace("&", "&amp;").replace("<", "&lt;")).append("</p>"));
    page.append("</article></body></html>");
    Path file = Files.writeString(dir.resolve("page.html"), page);
    // WHEN
    Cli.Result r = Cli.run("parse", file.toString());
    // THEN
    assertEquals(0, r.code(), r::toString);
    Document doc = EntenteJson.fromJson(r.out());
    assertFalse(doc.text().contains("<p>"), "markup left in the text");
    assertTrue(doc.diagnostics().stream().anyMatch(d -> d.code().name().equals("MARKUP")
        && d.message().contains("extracted")), doc.diagnostics()::toString);
    assertTrue(doc.parties().stream().anyMatch(p -> p.id().equals("AZ")), "parties found in the extracted text");
    doc.parties().forEach(p -> p.mentions().forEach(m ->
        assertEquals(m.text(), doc.text().substring(m.start(), m.end()), "offsets point into the extracted text")));
  }

  @Test
  void parse_htmlFormatForSeveralFiles_needsOut() throws Exception {
    Cli.Result r = Cli.run("parse", "--format", "html", Cli.SAMPLES.toString());
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("give one FILE, or --out DIR"), r::toString);
  }

  @Test
  void parse_out_writesOneFilePerDocument() throws Exception {
    Path out = dir.resolve("pages");
    Cli.Result r = Cli.run("parse", "--format", "html", "--out", out.toString(), Cli.SAMPLES.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.out());
    assertTrue(Files.readString(out.resolve("000_c8f3a732433e8756.txt.html")).startsWith("<!DOCTYPE html>"));
    assertTrue(Files.readString(out.resolve("004_cd7b265aefbc5060.txt.html")).contains("Азербайджан"));
  }

  @Test
  void parse_akn_printsXml() {
    Cli.Result r = Cli.run("parse", "--format", "akn", Cli.SEED_004.toString());
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().startsWith("<?xml") && r.out().contains("<akomaNtoso"), r::toString);
  }

  @Test
  void parse_emptyFolder_saysSo() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("nothing"));
    Cli.Result r = Cli.run("parse", empty.toString());
    assertEquals(1, r.code(), r::toString);
    assertTrue(r.err().contains("no files found"), r::toString);
  }

  @Test
  void demo_parsesTheEmbeddedSamples() {
    Cli.Result r = Cli.run("demo");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("== 000_c8f3a732433e8756.txt") && r.out().contains("signatories:"), r::toString);
  }

  @Test
  void demo_showsTheEnglishSampleLabelledAsWrittenForEntente() {
    Cli.Result r = Cli.run("demo");

    String out = r.out().replace("\r\n", "\n");
    int at = out.indexOf("== kz_cn_written_sample_en.txt (an English sample written for Entente, not a real document)");
    assertTrue(at >= 0, r::toString);
    String english = out.substring(at);
    assertTrue(english.contains("\nlanguage:    en\n") && english.contains("\nsignatories: KZ, CN\n")
        && english.contains("\nkind:        JOINT_STATEMENT\n"), english);
    assertTrue(out.contains("== 004_cd7b265aefbc5060.txt\ntitle:") && out.contains("\nlanguage:    ru\n"), out);
    assertTrue(DemoCommand.sample("sample-en/" + DemoCommand.ENGLISH_SAMPLE).startsWith("[A sample written for the Entente project"),
        "the resource itself says it is no real document");
  }

  @Test
  void demo_printsTheExcerptTheReadmeShows() throws java.io.IOException {
    java.nio.file.Path readme = java.nio.file.Path.of("..", "README.md");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(readme), "no README beside the module");
    String excerpt = java.nio.file.Files.readAllLines(readme).stream()
        .dropWhile(line -> !line.startsWith("    == 004_"))
        .takeWhile(line -> line.startsWith("    "))
        .map(line -> line.substring(4))
        .collect(java.util.stream.Collectors.joining("\n"));
    Cli.Result r = Cli.run("demo");
    assertTrue(excerpt.startsWith("== 004_") && r.out().replace("\r\n", "\n").contains(excerpt + "\n"),
        () -> "README excerpt:\n" + excerpt + "\ndemo printed:\n" + r.out());
  }

  @Test
  void eval_seeds_scoresBothDocuments() {
    Cli.Result r = Cli.run("eval", Cli.GOLD.toString(), Cli.SAMPLES.toString());
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().startsWith("documents: 2, failed: 0"), r::toString);
    assertTrue(r.out().contains("macro-F1 "), r::toString);
  }

  @Test
  void schema_printsTheJsonSchema() throws Exception {
    Cli.Result r = Cli.run("schema");
    assertEquals(0, r.code(), r::toString);
    JsonNode schema = EntenteJson.mapper().readTree(r.out());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
  }
}
