package dev.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentJsonWriter} writes exactly what the databind mapper writes, compact and pretty,
 * and writing documents on a cold JVM loads no databind class.
 */
final class DocumentJsonWriterTest {
  /** Characters that JSON escapes or that stress UTF-16 handling, beside ordinary text. */
  private static final String[] PIECES = {
      "\"", "\\", "/", "\u0000", "\u0001", "\b", "\t", "\n", "\f", "\r", "\u001f", "\u007f",
      "\u0080", "\u009f", "\u2028", "\u2029", "\uD83D\uDE00", "\uD834\uDD1E", "\uD83D", "\uDE00",
      "\uFEFF", "\uFFFF", "<", ">", "&", "'", "Ё", "«Пояс и путь»", "Ǆ", " ", "x", "2025", "—"};

  private static final String TEXT = "В Алматы Казахстан поддерживает «Пояс и путь».";

  @Test
  void randomDocuments_writeAsDatabindDoes() {
    int count = Math.max(3000, Integer.getInteger("entente.property.tries", 300));
    for (int seed = 0; seed < count; seed++) {
      assertWritesAsDatabind(RandomDocuments.document(new Random(seed)), "seed " + seed);
    }
  }

  @Test
  void hostileDocuments_writeAsDatabindDoes() {
    int count = Math.max(2000, Integer.getInteger("entente.property.tries", 300));
    for (int seed = 0; seed < count; seed++) {
      Document doc = hostileDocument(new Random(seed));
      assertWritesAsDatabind(doc, "seed " + seed);
      assertEquals(doc, EntenteJson.fromJson(EntenteJson.toJson(doc)), "seed " + seed);
    }
  }

  @Test
  void emptyDocument_writesAsDatabindDoes() {
    Document doc = Document.builder().id("d").title("").kind(DocumentKind.OTHER).language("")
        .text("").build();
    assertWritesAsDatabind(doc, "empty");
    assertTrue(EntenteJson.toJson(doc).contains("\"date\":null,\"place\":null,\"source\":null,"
        + "\"publicationDate\":null,\"signatories\":[],\"parties\":[]"), EntenteJson.toJson(doc));
  }

  @Test
  void everyOptionalPresent_writesAsDatabindDoes() {
    Mention kz = Mention.in(TEXT, 9, 18);
    Document doc = Document.builder().id("d1").title("Коммюнике").kind(DocumentKind.COMMUNIQUE)
        .language("ru").text(TEXT)
        .date(EdtfDate.parse("2025-04-04/2025-04-05")).place(Place.of("Алматы", "KZ"))
        .source("Синьхуа").publicationDate(EdtfDate.ofYear(0))
        .addSignatory("KZ")
        .addParty(Party.builder().id("KZ").kind(PartyKind.STATE).name("Казахстан")
            .nameEn("Kazakhstan").addMention(kz).build())
        .addParticipant(Participant.builder().name("Ван И").party("KZ").role("министр")
            .addMention(kz).rule("person:title").build())
        .addSegment(Segment.of(SegmentKind.CLAUSE, 0, TEXT.length()))
        .addPreamble(Clause.builder().start(0).end(2).build())
        .addClause(Clause.builder().number("1").start(2).end(10).addParagraph(Span.of(2, 10))
            .addItem(Span.of(2, 9))
            .addStatement(Statement.builder().start(2).end(10).addActor("KZ").act(Act.SUPPORT)
                .strength(Strength.AGREED).cameo("051").negated(true).addTopic(Topic.ENERGY)
                .addTopic(Topic.SPACE).addParty("KZ").addInitiative("BRI").addMechanism("m1")
                .addEvent("e1").rule("acts.tsv:1").build())
            .build())
        .addInitiative(Initiative.builder().id("BRI").name("Пояс и путь")
            .kind(InitiativeKind.INITIATIVE).proposer("KZ").period(EdtfDate.ofMonth(2030, 12))
            .addMention(kz).rule("initiatives.tsv:1").build())
        .addMechanism(Mechanism.builder().id("m1").name("Деловой совет")
            .kind(MechanismKind.COUNCIL).level(Level.BUSINESS).status(MechanismStatus.EXISTING)
            .addMention(kz).rule("mechanisms.tsv:2").build())
        .addEvent(Event.builder().id("e1").name("6-я встреча").kind(EventKind.MEETING)
            .ordinal(Integer.MAX_VALUE).date(EdtfDate.ofDay(2025, 4, 26))
            .place(Place.of("Алматы", "KZ")).status(EventStatus.HELD).mechanism("m1")
            .addMention(kz).rule("events:meeting").build())
        .addDiagnostic(Diagnostic.of(DiagnosticCode.NO_DATE, "no date", Span.of(0, 0)))
        .addDiagnostic(Diagnostic.of(DiagnosticCode.MARKUP, "markup"))
        .build();
    assertWritesAsDatabind(doc, "every optional present");
    assertEquals(doc, EntenteJson.fromJson(EntenteJson.toJson(doc)));
  }

  @Test
  void escapedAndNonBmpCharacters_writeAsDatabindDoes() {
    String text = String.join("", PIECES) + IntStream.range(0, 0x20)
        .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
    Document doc = Document.builder().id("d").title("\"quoted\" \\ back\\slash \u2028")
        .kind(DocumentKind.OTHER).language("ru").source("\uD83D\uDE00 emoji").text(text)
        .addParty(Party.builder().id("KZ").kind(PartyKind.STATE).name("\u0000\u001f")
            .addMention(Mention.in(text, 0, text.length())).build())
        .build();
    assertWritesAsDatabind(doc, "escapes");
    String json = EntenteJson.toJson(doc);
    assertTrue(json.contains("\"title\":\"\\\"quoted\\\" \\\\ back\\\\slash \u2028\""), json);
    assertTrue(json.contains("\\u0000\\u001F"), json);
    assertEquals(doc, EntenteJson.fromJson(json));
  }

  @Test
  void veryLongText_writesAsDatabindDoes() {
    Random random = new Random(42);
    String text = IntStream.range(0, 300_000).mapToObj(i -> PIECES[random.nextInt(PIECES.length)])
        .collect(Collectors.joining());
    Document doc = Document.builder().id("long").title(text.substring(0, 20_000))
        .kind(DocumentKind.DECLARATION).language("ru").text(text)
        .addSegment(Segment.of(SegmentKind.BLANK, 0, text.length()))
        .addParty(Party.builder().id("KZ").kind(PartyKind.STATE).name("Казахстан")
            .addMention(Mention.in(text, 7, 150_007)).build())
        .build();
    assertWritesAsDatabind(doc, "long text");
    assertEquals(doc, EntenteJson.fromJson(EntenteJson.toJson(doc)));
  }

  @Test
  void write_ofDocument_isToJson() {
    Document doc = RandomDocuments.document(new Random(11));
    assertEquals(EntenteJson.toJson(doc), EntenteJson.write(doc, false));
    assertEquals(EntenteJson.toPrettyJson(doc), EntenteJson.write(doc, true));
    assertEquals("null", EntenteJson.toJson(null));
  }

  @Test
  void writingDocuments_onAColdJvm_loadsNoDatabindClass() throws IOException, InterruptedException {
    // GIVEN a fresh JVM that logs every class it loads
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:stdout",
        "-cp", System.getProperty("java.class.path"), ColdWrite.class.getName())
        .redirectErrorStream(true)
        .start();
    // WHEN it writes documents, prints a marker, then reads one back
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the cold JVM did not finish");
    assertEquals(0, process.exitValue(), () -> tail(log));
    int marker = log.indexOf(ColdWrite.MARKER);
    assertTrue(marker > 0, () -> tail(log));
    // THEN no databind class loaded before the marker, and the log does show them after it
    String writing = log.substring(0, marker);
    List<String> loaded = databindClasses(writing);
    assertTrue(loaded.isEmpty(), () -> loaded.size() + " databind classes loaded, first " + loaded.get(0));
    assertTrue(!writing.contains("EntenteJson$Databind "), "the mapper holder was initialised");
    assertTrue(!databindClasses(log.substring(marker)).isEmpty(), "the log shows no databind at all");
  }

  private static String tail(String log) {
    return log.substring(Math.max(0, log.length() - 4000));
  }

  private static List<String> databindClasses(String log) {
    return log.lines().filter(line -> line.contains("] com.fasterxml.jackson.databind."))
        .collect(Collectors.toList());
  }

  /** Run in a fresh JVM: writes documents every way the API allows, then reads one back. */
  static final class ColdWrite {
    static final String MARKER = "--- documents written ---";

    public static void main(String[] args) {
      String json = "";
      for (int seed = 0; seed < 20; seed++) {
        Document doc = RandomDocuments.document(new Random(seed));
        json = EntenteJson.toJson(doc);
        EntenteJson.toPrettyJson(doc);
        EntenteJson.write(doc, seed % 2 == 0);
      }
      System.out.println(MARKER);
      EntenteJson.fromJson(json);
    }
  }

  private static void assertWritesAsDatabind(Document doc, String what) {
    assertEquals(EntenteJson.writeWithDatabind(doc, false), DocumentJsonWriter.write(doc, false), what);
    assertEquals(EntenteJson.writeWithDatabind(doc, true), DocumentJsonWriter.write(doc, true), what);
  }

  /** A valid document with hostile strings wherever the invariants allow any string. */
  private static Document hostileDocument(Random random) {
    String text = hostile(random, random.nextInt(10) == 0 ? 5000 : 200);
    Document.Builder doc = Document.builder()
        .id("d-" + random.nextInt(1000))
        .title(hostile(random, 30))
        .kind(pick(random, DocumentKind.values()))
        .language(hostile(random, 3))
        .text(text)
        .date(maybe(random, () -> RandomDocuments.date(random)))
        .place(maybe(random, () -> place(random)))
        .source(maybe(random, () -> hostile(random, 20)))
        .publicationDate(maybe(random, () -> RandomDocuments.date(random)));
    int segmentStart = 0;
    while (segmentStart < text.length() && random.nextInt(8) != 0) {
      int end = segmentStart + 1 + random.nextInt(text.length() - segmentStart);
      doc.addSegment(Segment.of(pick(random, SegmentKind.values()), segmentStart, end));
      segmentStart = end;
    }
    if (segmentStart > 0 && segmentStart < text.length()) {
      doc.addSegment(Segment.of(SegmentKind.BLANK, segmentStart, text.length()));
    }
    // ids first, so that every reference the document makes names something it holds
    List<String> parties = ids("P", random.nextInt(3));
    List<String> initiatives = ids("i", random.nextInt(3));
    List<String> mechanisms = ids("m", random.nextInt(3));
    List<String> events = ids("e", random.nextInt(3));
    for (String id : parties) {
      doc.addSignatory(id).addParty(Party.builder().id(id)
          .kind(pick(random, PartyKind.values())).name(hostile(random, 20))
          .nameEn(maybe(random, () -> hostile(random, 20))).mentions(mentions(random, text))
          .build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      doc.addParticipant(Participant.builder().name(nonBlank(random)).party(some(random, parties))
          .role(maybe(random, () -> hostile(random, 20))).mentions(mentions(random, text))
          .rule(hostile(random, 10)).build());
    }
    int preamble = random.nextInt(3);
    List<Span> tiles = tiles(random, text.length(), preamble + random.nextInt(4));
    for (int i = 0; i < tiles.size(); i++) {
      Clause clause = clause(random, text, tiles.get(i), i < preamble ? Optional.empty() : Optional.of(nonBlank(random)),
          parties, initiatives, mechanisms, events);
      if (i < preamble) {
        doc.addPreamble(clause);
      } else {
        doc.addClause(clause);
      }
    }
    for (String id : initiatives) {
      doc.addInitiative(Initiative.builder().id(id).name(nonBlank(random))
          .kind(pick(random, InitiativeKind.values())).proposer(some(random, parties))
          .period(maybe(random, () -> RandomDocuments.date(random))).mentions(mentions(random, text))
          .rule(hostile(random, 10)).build());
    }
    for (String id : mechanisms) {
      doc.addMechanism(Mechanism.builder().id(id).name(nonBlank(random))
          .kind(pick(random, MechanismKind.values()))
          .level(maybe(random, () -> pick(random, Level.values())))
          .status(pick(random, MechanismStatus.values())).mentions(mentions(random, text))
          .rule(hostile(random, 10)).build());
    }
    for (String id : events) {
      doc.addEvent(Event.builder().id(id).name(nonBlank(random))
          .kind(pick(random, EventKind.values()))
          .ordinal(maybe(random, () -> random.nextBoolean() ? random.nextInt(10) : Integer.MAX_VALUE))
          .date(maybe(random, () -> RandomDocuments.date(random)))
          .place(maybe(random, () -> place(random))).status(pick(random, EventStatus.values()))
          .mechanism(some(random, mechanisms)).mentions(mentions(random, text))
          .rule(hostile(random, 10)).build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      doc.addDiagnostic(ImmutableDiagnostic.of(pick(random, DiagnosticCode.values()),
          hostile(random, 40), maybe(random, () -> span(random, text))));
    }
    return doc.build();
  }

  private static List<String> ids(String prefix, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ids.add(prefix + i);
    }
    return ids;
  }

  private static Optional<String> some(Random random, List<String> ids) {
    return ids.isEmpty() || random.nextBoolean() ? Optional.empty() : Optional.of(ids.get(random.nextInt(ids.size())));
  }

  /** {@code count} spans in text order that do not overlap (some may be empty). */
  static List<Span> tiles(Random random, int length, int count) {
    List<Integer> cuts = new ArrayList<>();
    for (int i = 0; i < 2 * count; i++) {
      cuts.add(random.nextInt(length + 1));
    }
    cuts.sort(null);
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      spans.add(Span.of(cuts.get(2 * i), cuts.get(2 * i + 1)));
    }
    return spans;
  }

  private static Span within(Random random, Span outer) {
    int start = outer.start() + random.nextInt(outer.length() + 1);
    return Span.of(start, start + random.nextInt(outer.end() - start + 1));
  }

  private static Clause clause(Random random, String text, Span span, Optional<String> number, List<String> parties,
      List<String> initiatives, List<String> mechanisms, List<String> events) {
    Clause.Builder clause = Clause.builder().number(number).start(span.start()).end(span.end());
    for (int i = random.nextInt(3); i > 0; i--) {
      clause.addParagraph(within(random, span));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      clause.addItem(within(random, span));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      Span sentence = within(random, span);
      Statement.Builder statement = Statement.builder().start(sentence.start()).end(sentence.end())
          .act(maybe(random, () -> pick(random, Act.values())))
          .strength(maybe(random, () -> pick(random, Strength.values())))
          .cameo(maybe(random, () -> hostile(random, 4))).negated(random.nextBoolean())
          .rule(hostile(random, 10));
      for (int j = random.nextInt(3); j > 0; j--) {
        statement.addTopic(pick(random, Topic.values()));
        some(random, parties).ifPresent(id -> statement.addActor(id).addParty(id));
        some(random, initiatives).ifPresent(statement::addInitiative);
        some(random, mechanisms).ifPresent(statement::addMechanism);
        some(random, events).ifPresent(statement::addEvent);
      }
      clause.addStatement(statement.build());
    }
    return clause.build();
  }

  private static Place place(Random random) {
    return Place.of(nonBlank(random), maybe(random, () -> "KZ"));
  }

  private static List<Mention> mentions(Random random, String text) {
    List<Mention> mentions = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      Span span = span(random, text);
      mentions.add(Mention.in(text, span.start(), span.end()));
    }
    return mentions;
  }

  private static Span span(Random random, String text) {
    int start = random.nextInt(text.length() + 1);
    return Span.of(start, start + random.nextInt(text.length() - start + 1));
  }

  private static String nonBlank(Random random) {
    return "n" + hostile(random, 20);
  }

  private static String hostile(Random random, int maxPieces) {
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(maxPieces + 1); i > 0; i--) {
      s.append(random.nextInt(4) == 0 ? String.valueOf((char) random.nextInt(0x10000)) : pick(random, PIECES));
    }
    return s.toString();
  }

  private static <T> Optional<T> maybe(Random random, Supplier<T> value) {
    return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
