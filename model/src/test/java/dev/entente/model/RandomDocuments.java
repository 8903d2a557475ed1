package dev.entente.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Whole random documents for property tests: random Cyrillic and Latin text, segments that tile
 * it, and parties, clauses, statements, initiatives, mechanisms and events whose mentions cover
 * real stretches of it; consistent as a parsed document is (every id a part names exists, clauses
 * in text order without overlap, statements inside their clause), so that JSON reads them back. Shared with other modules through this module's test jar.
 */
public final class RandomDocuments {
  private static final String[] WORDS = {
      "Стороны", "поддерживают", "Казахстан", "«Пояс и путь»", "2025", "г.", "встреча", "ООН",
      "Ван И", "сотрудничество", "— ", "\n", "1.", "ё", "Ǆ", "\uD83D\uDE00", "\t", "x", "Китая"};

  private RandomDocuments() {}

  /** A generator of valid documents. */
  public static Gen<Document> documents() {
    return SourceDSL.longs().all().map(seed -> document(new Random(seed)));
  }

  /** One random valid document from {@code random}. */
  public static Document document(Random random) {
    String text = text(random);
    Document.Builder doc = Document.builder()
        .id("doc-" + Integer.toHexString(random.nextInt()))
        .title(random.nextBoolean() ? "" : pick(random, WORDS))
        .kind(pick(random, DocumentKind.values()))
        .language("ru")
        .text(text)
        .segments(segments(random, text.length()));
    if (random.nextBoolean()) {
      doc.date(date(random));
    }
    if (random.nextBoolean()) {
      doc.place(Place.of("Алматы", random.nextBoolean() ? Optional.of("KZ") : Optional.empty()));
    }
    if (random.nextBoolean()) {
      doc.source("Синьхуа");
      doc.publicationDate(EdtfDate.ofDay(2025, 4, 27));
    }
    // ids first, so that every reference the document makes names something it holds
    List<String> parties = new ArrayList<>();
    int partyCount = random.nextInt(4);
    for (int i = 0; i < partyCount; i++) {
      String id = pick(random, new String[] {"KZ", "CN", "UN", "SCO", "CPC", "XK"}) + i;
      parties.add(id);
      doc.addSignatory(id);
      doc.addParty(Party.builder()
          .id(id)
          .kind(pick(random, PartyKind.values()))
          .name("Имя " + i)
          .nameEn(random.nextBoolean() ? Optional.of("Name") : Optional.empty())
          .mentions(mentions(random, text))
          .build());
    }
    boolean initiative = random.nextBoolean();
    boolean mechanism = random.nextBoolean();
    boolean event = random.nextBoolean();
    if (random.nextBoolean()) {
      doc.addParticipant(Participant.builder()
          .name("Ван И")
          .party(some(random, parties))
          .role(random.nextBoolean() ? Optional.of("министр") : Optional.empty())
          .mentions(mentions(random, text))
          .rule("person:title")
          .build());
    }
    int preamble = random.nextBoolean() ? 1 : 0;
    List<int[]> tiles = tiles(random, text.length(), preamble + random.nextInt(4));
    for (int i = 0; i < tiles.size(); i++) {
      Clause clause = clause(random, text, tiles.get(i), i < preamble ? Optional.empty()
          : Optional.of(Integer.toString(i - preamble + 1)), parties, initiative, mechanism, event);
      if (i < preamble) {
        doc.addPreamble(clause);
      } else {
        doc.addClause(clause);
      }
    }
    if (initiative) {
      doc.addInitiative(Initiative.builder()
          .id("BRI").name("Пояс и путь").kind(pick(random, InitiativeKind.values()))
          .proposer(some(random, parties))
          .period(random.nextBoolean() ? Optional.of(date(random)) : Optional.empty())
          .mentions(mentions(random, text)).rule("initiatives.tsv:1").build());
    }
    if (mechanism) {
      doc.addMechanism(Mechanism.builder()
          .id("m1").name("Деловой совет").kind(pick(random, MechanismKind.values()))
          .level(random.nextBoolean() ? Optional.of(pick(random, Level.values())) : Optional.empty())
          .status(pick(random, MechanismStatus.values()))
          .mentions(mentions(random, text)).build());
    }
    if (event) {
      doc.addEvent(Event.builder()
          .id("e1").name("6-я встреча").kind(pick(random, EventKind.values()))
          .ordinal(random.nextBoolean() ? Optional.of(random.nextInt(100)) : Optional.empty())
          .date(random.nextBoolean() ? Optional.of(date(random)) : Optional.empty())
          .place(random.nextBoolean() ? Optional.of(Place.of("Астана", "KZ")) : Optional.empty())
          .status(pick(random, EventStatus.values()))
          .mechanism(mechanism && random.nextBoolean() ? Optional.of("m1") : Optional.empty())
          .mentions(mentions(random, text)).build());
    }
    if (random.nextBoolean()) {
      doc.addDiagnostic(random.nextBoolean()
          ? Diagnostic.of(pick(random, DiagnosticCode.values()), "сообщение")
          : Diagnostic.of(pick(random, DiagnosticCode.values()), "message", Span.of(0, text.length())));
    }
    return doc.build();
  }

  /** A random EDTF date: day, month, year or interval. */
  public static EdtfDate date(Random random) {
    int year = 1900 + random.nextInt(200);
    EdtfDate single;
    switch (random.nextInt(3)) {
      case 0:
        single = EdtfDate.ofYear(year);
        break;
      case 1:
        single = EdtfDate.ofMonth(year, 1 + random.nextInt(12));
        break;
      default:
        single = EdtfDate.ofDay(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
    if (random.nextInt(4) == 0) {
      return EdtfDate.between(single, EdtfDate.ofYear(single.latest().getYear() + random.nextInt(3)));
    }
    return single;
  }

  private static Clause clause(Random random, String text, int[] range, Optional<String> number,
      List<String> parties, boolean initiative, boolean mechanism, boolean event) {
    Clause.Builder clause = Clause.builder().number(number).start(range[0]).end(range[1])
        .addParagraph(Span.of(range[0], range[1]));
    if (random.nextBoolean()) {
      clause.addItem(Span.of(range[0], range[1]));
    }
    if (random.nextBoolean()) {
      Statement.Builder statement = Statement.builder()
          .start(range[0]).end(range[1])
          .act(random.nextBoolean() ? Optional.of(pick(random, Act.values())) : Optional.empty())
          .strength(random.nextBoolean() ? Optional.of(pick(random, Strength.values())) : Optional.empty())
          .cameo(random.nextBoolean() ? Optional.of("051") : Optional.empty())
          .negated(random.nextBoolean())
          .addTopic(pick(random, Topic.values()))
          .rule("acts.tsv:1");
      some(random, parties).ifPresent(id -> statement.addActor(id).addParty(id));
      if (initiative) {
        statement.addInitiative("BRI");
      }
      if (mechanism) {
        statement.addMechanism("m1");
      }
      if (event) {
        statement.addEvent("e1");
      }
      clause.addStatement(statement.build());
    }
    return clause.build();
  }

  private static Optional<String> some(Random random, List<String> ids) {
    return ids.isEmpty() || random.nextBoolean() ? Optional.empty() : Optional.of(ids.get(random.nextInt(ids.size())));
  }

  /** {@code count} ranges in text order that do not overlap (some may be empty). */
  private static List<int[]> tiles(Random random, int length, int count) {
    List<Integer> cuts = new ArrayList<>();
    for (int i = 0; i < 2 * count; i++) {
      cuts.add(random.nextInt(length + 1));
    }
    cuts.sort(null);
    List<int[]> ranges = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ranges.add(new int[] {cuts.get(2 * i), cuts.get(2 * i + 1)});
    }
    return ranges;
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    int words = random.nextInt(40);
    for (int i = 0; i < words; i++) {
      text.append(pick(random, WORDS)).append(random.nextInt(5) == 0 ? "" : " ");
    }
    return text.toString();
  }

  private static List<Segment> segments(Random random, int length) {
    List<Segment> segments = new ArrayList<>();
    int start = 0;
    while (start < length) {
      int end = Math.min(length, start + 1 + random.nextInt(20));
      segments.add(Segment.of(pick(random, SegmentKind.values()), start, end));
      start = end;
    }
    return segments;
  }

  private static List<Mention> mentions(Random random, String text) {
    List<Mention> mentions = new ArrayList<>();
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      int[] range = range(random, text.length());
      mentions.add(Mention.in(text, range[0], range[1]));
    }
    return mentions;
  }

  private static int[] range(Random random, int length) {
    int start = random.nextInt(length + 1);
    int end = start + random.nextInt(length - start + 1);
    return new int[] {start, end};
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
