package dev.entente.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import dev.entente.query.Query;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs each example on the samples and checks what it prints, so that the examples cannot go stale. */
final class ExamplesTest {
  private static final String COMMUNIQUE = "000_c8f3a732433e8756";
  private static final String AZ_CN = "004_cd7b265aefbc5060";
  // «text» [start..end) as Samples.quote prints it.
  private static final Pattern QUOTE = Pattern.compile("«(.*?)» \\[(\\d+)\\.\\.(\\d+)\\)");

  @TempDir Path tmp;

  interface Main {
    void main(String[] args) throws Exception;
  }

  @Test
  void whoSupportsBeltAndRoad_namesTheSidesOfBothSamplesWithTheirSentences() throws Exception {
    List<String> lines = run(WhoSupportsBeltAndRoad::main);

    assertEquals("Belt and Road (BRI) is supported by AZ, CN, KG, KZ, TJ, UZ", lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(AZ_CN + " [AZ, CN] AGREE «Стороны условились"
        + " укреплять сопряжение инициативы \"Один пояс и Один путь\"")), "AZ–CN sentence in " + lines);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(COMMUNIQUE + " [KZ, CN, KG, TJ, UZ] READY")),
        "communiqué sentence in " + lines);
    assertFalse(lines.get(0).contains("TM"), "Turkmenistan only sent an ambassador: " + lines.get(0));
    // The example's rule is the one behind initiatives().supportedBy(..).
    for (String side : List.of("AZ", "CN", "KG", "KZ", "TJ", "UZ")) {
      assertFalse(Query.from(Samples.load()).initiatives().withId("BRI").supportedBy(side).isEmpty(),
          "supportedBy(" + side + ")");
    }
    assertQuotesAreTheText(lines);
  }

  @Test
  void whoSupportsBeltAndRoad_readsFilesGivenAsArguments() throws Exception {
    Path file = copyOfSample(AZ_CN);

    List<String> lines = run(WhoSupportsBeltAndRoad::main, file.toString());

    assertEquals("Belt and Road (BRI) is supported by AZ, CN", lines.get(0));
    assertEquals(2, lines.size(), "one sentence: " + lines);
  }

  @Test
  void whoSupportsBeltAndRoad_overRussianAndEnglishDocuments_givesOneAnswerByPartyId(@TempDir Path dir) throws Exception {
    // GIVEN the Russian AZ–CN sample and a short English statement (written for this test)
    Path english = Files.writeString(dir.resolve("kz_cn_en.txt"),
        "Joint Statement of the Republic of Kazakhstan and the People's Republic of China\n\n"
            + "1. The two sides reaffirmed their support for the Belt and Road Initiative.\n");

    // WHEN one query runs over both
    List<String> lines = run(WhoSupportsBeltAndRoad::main, copyOfSample(AZ_CN).toString(), english.toString());

    // THEN the sides come from both languages, by party id, and the English sentence is quoted
    assertEquals("Belt and Road (BRI) is supported by AZ, CN, KZ", lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("kz_cn_en [KZ, CN] REAFFIRM «The two sides reaffirmed")),
        "English sentence in " + lines);
  }

  @Test
  void eventsTimeline_isInDateOrderWithStatusAndPlace() throws Exception {
    List<String> lines = run(EventsTimeline::main);

    List<String> events = lines.subList(0, lines.size() - 1);
    assertTrue(events.size() >= 10, "dated events: " + lines);
    EdtfDate previous = null;
    for (String line : events) {
      EdtfDate date = EdtfDate.parse(line.substring(0, line.indexOf(' ')));
      if (previous != null) {
        assertFalse(date.earliest().isBefore(previous.earliest()), "out of order: " + line);
      }
      previous = date;
      assertTrue(line.contains(" HELD ") || line.contains(" PLANNED "), "status in " + line);
    }
    assertTrue(events.get(0).matches("2024-12 +HELD +Чэнду +«5-й встречи министров .*"), events.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.matches("2026 +PLANNED +Баку +«13-го Всемирного форума.*" + AZ_CN)),
        "Baku forum in " + lines);
    assertTrue(lines.get(lines.size() - 1).matches("\\d+ events have no date and are not on the timeline"),
        lines.get(lines.size() - 1));
    assertQuotesAreTheText(lines);
  }

  @Test
  void plannedEventsInAstana_areTheSummitAndTheThreeMediaEvents() throws Exception {
    List<String> lines = run(PlannedEventsInAstana::main);

    assertEquals(4, lines.size(), "events: " + lines);
    assertTrue(lines.get(0).startsWith("SUMMIT   (no date)        «2-й встрече глав государств"), lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("FORUM    2025-05/2025-06  «Медиафоруме")),
        "media forum in " + lines);
    assertQuotesAreTheText(lines);
  }

  @Test
  void mechanismsCreatedByDocument_findsTheSecretariatAndTheWorkingGroup() throws Exception {
    List<String> lines = run(MechanismsCreatedByDocument::main);

    assertTrue(lines.get(0).startsWith(COMMUNIQUE + " Информационное коммюнике"), lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("  NEW      SECRETARIAT   «Секретариата формата")),
        "secretariat in " + lines);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("  PROPOSED FORMAT        «механизма встреч министров образования")),
        "education ministers in " + lines);
    int azCn = indexOfLineStartingWith(lines, AZ_CN);
    assertEquals("  NEW      WORKING_GROUP «Рабочей группы по инвестиционному сотрудничеству» [3492..3540)",
        lines.get(azCn + 1));
    assertTrue(lines.stream().filter(l -> l.startsWith("  "))
        .allMatch(l -> l.startsWith("  NEW ") || l.startsWith("  PROPOSED ")), "statuses in " + lines);
  }

  @Test
  void diffTwoDocuments_goesFromTheOlderToTheNewer() throws Exception {
    List<String> lines = run(DiffTwoDocuments::main);

    assertEquals(AZ_CN + " (2025-04-23) → " + COMMUNIQUE + " (2025-04-26)", lines.get(0));
    String added = line(lines, "+ parties: ");
    String dropped = line(lines, "- parties: ");
    for (String side : List.of("KZ «Казахстан»", "KG", "TJ", "UZ")) {
      assertTrue(added.contains(side), side + " in " + added);
    }
    assertTrue(dropped.contains("AZ «Азербайджан»"), dropped);
    assertFalse(added.contains("CN") || dropped.contains("CN"), "CN is in both: " + added + dropped);
    assertTrue(line(lines, "- initiatives: ").contains("GDI «Инициатива по глобальному развитию»"), "GDI dropped");
    assertFalse(line(lines, "+ initiatives: ").contains("BRI"), "BRI is in both");
    assertTrue(lines.contains("stance: CN on WATER: [] → [SUPPORT]"), "CN on water in " + lines);
    assertTrue(lines.stream().filter(l -> l.startsWith("stance: ")).allMatch(l -> l.startsWith("stance: CN ")),
        "only CN signed both: " + lines);
  }

  @Test
  void diffTwoDocuments_showsMechanismsWithGeneratedIdsAsAddedAndDropped() throws Exception {
    List<String> lines = run(DiffTwoDocuments::main);

    assertTrue(line(lines, "+ mechanisms: ").contains("«Секретариат формата"), line(lines, "+ mechanisms: "));
    assertTrue(line(lines, "- mechanisms: ").contains("«Рабочая группа"), line(lines, "- mechanisms: "));
  }

  @Test
  void mechanismsCreatedByDocument_quotesTheWholeName() throws Exception {
    List<String> lines = run(MechanismsCreatedByDocument::main);

    assertTrue(lines.contains("  NEW      SECRETARIAT   «Секретариата формата \"Китай-Центральная Азия\"» [3011..3056)"),
        "secretariat in " + lines);
  }

  @Test
  void exportStatementsToCsv_writesAHeaderAndQuotedRecords() throws Exception {
    String csv = String.join("\n", run(ExportStatementsToCsv::main));
    Path file = tmp.resolve("statements.csv");
    run(ExportStatementsToCsv::main, file.toString());
    String written = Files.readString(file, UTF_8);

    assertTrue(written.startsWith("document,clause,actors,act,topics,text\r\n"), written.substring(0, 60));
    assertTrue(written.endsWith("\r\n"), "last record ends with CRLF");
    assertEquals(csv + "\n", written.replace("\r\n", "\n"), "the file holds what stdout shows");
    List<List<String>> records = parseCsv(written);
    long statements = Samples.load().stream().flatMap(d -> d.statements().stream()).count();
    assertEquals(statements + 1, records.size(), "header and one record per statement");
    assertTrue(records.stream().allMatch(r -> r.size() == 6), "six fields in every record");
    List<String> clause4 = List.of(COMMUNIQUE, "4", "KZ;CN;KG;TJ;UZ", "SUPPORT", "",
        "Стороны поддерживают запуск Секретариата формата \"Китай-Центральная Азия\", а также кандидатуру"
            + " Сунь Вэйдуна в качестве генерального секретаря формата \"Китай-Центральная Азия\", отмечая"
            + " ключевую роль Секретариата формата \"Китай-Центральная Азия\" в содействии продвижению"
            + " инициатив и реализации задач, поставленных главами государств.");
    assertTrue(records.contains(clause4), "no record " + clause4);
    assertTrue(written.contains(",\"Стороны поддерживают запуск Секретариата формата \"\"Китай-Центральная Азия\"\", "),
        "quotes doubled inside a quoted field");
  }

  @Test
  void exportStatementsToCsv_givesEveryStatementOfTheSidesItsActors() throws Exception {
    List<List<String>> records = parseCsv(String.join("\r\n", run(ExportStatementsToCsv::main)) + "\r\n");

    assertTrue(records.stream().anyMatch(r -> r.get(2).equals("KZ;CN;KG;TJ;UZ") && r.get(5).startsWith("Рассмотрев ход")),
        "clause 1 of the communiqué: «…, стороны отметили важную роль …»");
    assertTrue(records.stream().anyMatch(r -> r.get(2).equals("CN") && r.get(5).startsWith("Принимая во внимание")),
        "«…, китайская сторона выразила поддержку азербайджанской стороне …»");
    assertTrue(records.stream().anyMatch(r -> r.get(2).equals("AZ") && r.get(5).startsWith("Президент Азербайджанской")),
        "«Президент Азербайджанской Республики поблагодарил …»");
    assertTrue(records.stream().anyMatch(r -> r.get(2).equals("KZ;CN;KG;TJ;UZ") && r.get(5).startsWith("По итогам этой")),
        "«министры иностранных дел Республики Казахстан, …, Республики Узбекистан … приняли»");
  }

  @Test
  void field_quotesOnlyWhatNeedsIt() {
    assertEquals("KZ;CN", ExportStatementsToCsv.field("KZ;CN"));
    assertEquals("\"a, b\"", ExportStatementsToCsv.field("a, b"));
    assertEquals("\"«Пояс и путь» \"\"BRI\"\"\"", ExportStatementsToCsv.field("«Пояс и путь» \"BRI\""));
    assertEquals("\"line\r\nbreak\"", ExportStatementsToCsv.field("line\r\nbreak"));
    assertEquals("", ExportStatementsToCsv.field(""));
  }

  // ---- helpers ----

  /** The lines {@code main} prints on standard output. */
  private static List<String> run(Main main, String... args) throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, UTF_8));
    try {
      main.main(args);
    } finally {
      System.setOut(out);
    }
    return buffer.toString(UTF_8).lines().collect(java.util.stream.Collectors.toList());
  }

  /** Every {@code «text» [start..end)} on a line naming a sample is that stretch of the sample. */
  private static void assertQuotesAreTheText(List<String> lines) throws IOException {
    for (String line : lines) {
      Matcher quote = QUOTE.matcher(line);
      for (Document document : Samples.load()) {
        if (line.contains(document.id())) {
          assertTrue(quote.find(), "a quote in " + line);
          String text = document.text().substring(Integer.parseInt(quote.group(2)), Integer.parseInt(quote.group(3)));
          assertEquals(text.replaceAll("\\s+", " "), quote.group(1), line);
        }
      }
    }
  }

  private Path copyOfSample(String name) throws IOException {
    Path file = tmp.resolve(name + ".txt");
    try (InputStream in = Samples.class.getResourceAsStream(name + ".txt")) {
      Files.copy(in, file);
    }
    return file;
  }

  private static String line(List<String> lines, String prefix) {
    return lines.get(indexOfLineStartingWith(lines, prefix));
  }

  private static int indexOfLineStartingWith(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with " + prefix + " in " + lines);
  }

  /** A strict RFC 4180 reader, to check what the example writes. */
  private static List<List<String>> parseCsv(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      if (csv.charAt(i) == '"') {
        for (i++; !(csv.charAt(i) == '"' && (i + 1 == csv.length() || csv.charAt(i + 1) != '"')); i++) {
          field.append(csv.charAt(i));
          if (csv.charAt(i) == '"') {
            i++;
          }
        }
        i++;
      }
      for (; i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\r'; i++) {
        assertFalse(csv.charAt(i) == '"' || csv.charAt(i) == '\n', "stray character at " + i);
        field.append(csv.charAt(i));
      }
      record.add(field.toString());
      field.setLength(0);
      if (i < csv.length() && csv.charAt(i) == '\r') {
        assertEquals('\n', csv.charAt(i + 1), "CR without LF at " + i);
        records.add(List.copyOf(record));
        record.clear();
        i += 2;
      } else {
        i++;
      }
    }
    return records;
  }
}
