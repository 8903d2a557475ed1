package dev.entente.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import dev.entente.model.Act;
import dev.entente.model.Clause;
import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.EdtfDate;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import dev.entente.model.Initiative;
import dev.entente.model.InitiativeKind;
import dev.entente.model.Mechanism;
import dev.entente.model.MechanismKind;
import dev.entente.model.MechanismStatus;
import dev.entente.model.Party;
import dev.entente.model.PartyKind;
import dev.entente.model.Place;
import dev.entente.model.Statement;
import dev.entente.model.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The indexes over 10,000 synthetic documents answer exactly as a scan of every item would, and
 * narrow the search instead of scanning. Timing is measured by the JMH benchmark, not here.
 */
final class IndexTest {
  private static final String[] PARTIES = new String[30];
  private static final String[] CITIES = {"Астана", "Алматы", "Ташкент", "Бишкек", "Душанбе",
      "Ашхабад", "Баку", "Пекин", "Москва", "Минск"};
  private static Corpus corpus;

  static {
    for (int i = 0; i < PARTIES.length; i++) {
      PARTIES[i] = "P" + i;
    }
  }

  @BeforeAll
  static void buildCorpus() {
    Random random = new Random(20261123);
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      documents.add(synthetic(i, random));
    }
    corpus = Query.from(documents);
  }

  @Test
  void statements_indexedFilters_equalAScan() {
    for (String party : List.of("P0", "P7", "P29", "ZZ")) {
      assertSame(corpus.statements(), Where.by(party), s -> s.actorIds().contains(party));
      assertSame(corpus.statements(), Where.mentioningParty(party),
          s -> s.partyIds().contains(party) || s.actorIds().contains(party));
    }
    for (Act act : Act.values()) {
      assertSame(corpus.statements(), Where.withAct(act), s -> s.act().equals(Optional.of(act)));
    }
    for (Topic topic : Topic.values()) {
      assertSame(corpus.statements(), Where.about(topic), s -> s.topics().contains(topic));
    }
    assertSame(corpus.statements(), Where.by("P3").and(Where.withAct(Act.SUPPORT))
            .and(Where.about(Topic.ENERGY)),
        s -> s.actorIds().contains("P3") && s.act().equals(Optional.of(Act.SUPPORT))
            && s.topics().contains(Topic.ENERGY));
    assertSame(corpus.statements(), Where.mentioningInitiative("I5"),
        s -> s.initiativeIds().contains("I5"));
  }

  @Test
  void events_indexedFilters_equalAScan() {
    LocalDate from = LocalDate.of(2025, 6, 1);
    LocalDate to = LocalDate.of(2026, 12, 31);
    assertSame(corpus.events(), Where.planned().and(Where.between(from, to)).and(Where.at("Астана")),
        e -> e.status() == EventStatus.PLANNED && e.date().map(d -> d.overlaps(from, to)).orElse(false)
            && e.place().map(p -> p.name().equals("Астана")).orElse(false));
    assertSame(corpus.events(), Where.ofMechanism("M3").and(Where.withOrdinal(4)),
        e -> e.mechanism().equals(Optional.of("M3")) && e.ordinal().equals(Optional.of(4)));
    assertSame(corpus.events(), Where.between(LocalDate.of(1990, 1, 1), LocalDate.of(2100, 1, 1)),
        e -> e.date().isPresent());
  }

  @Test
  void otherKinds_indexedFilters_equalAScan() {
    assertSame(corpus.initiatives(), Where.proposedBy("P1"),
        i -> i.proposer().equals(Optional.of("P1")));
    assertSame(corpus.initiatives(), Where.withId("I5"), i -> i.id().equals("I5"));
    assertSame(corpus.mechanisms(), Where.withStatus(MechanismStatus.NEW),
        m -> m.status() == MechanismStatus.NEW);
    assertSame(corpus.documents(), Where.ofKind(DocumentKind.COMMUNIQUE),
        d -> d.kind() == DocumentKind.COMMUNIQUE);
    assertSame(corpus.documents(), Where.adoptedAt("Баку"),
        d -> d.place().map(p -> p.name().equals("Баку")).orElse(false));
    assertSame(corpus.documents(),
        Where.datedBetween(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)),
        d -> d.date().map(x -> x.overlaps(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)))
            .orElse(false));
    assertSame(corpus.parties(), Where.signatory(),
        p -> true /* every synthetic party signs */);
  }

  @Test
  void supportedBy_index_equalsTheDefinition() {
    // GIVEN
    List<Hit<Initiative>> all = corpus.initiatives().hits();
    for (String party : List.of("P0", "P1", "P12")) {
      // WHEN
      List<Hit<Initiative>> indexed = corpus.initiatives().supportedBy(party).hits();
      // THEN
      List<Hit<Initiative>> scanned = all.stream()
          .filter(h -> h.document().statements().stream().anyMatch(s -> Where.supports(s)
              && s.actorIds().contains(party) && s.initiativeIds().contains(h.item().id())))
          .collect(Collectors.toList());
      assertEquals(scanned, indexed, party);
      assertTrue(!indexed.isEmpty(), party);
    }
  }

  @Test
  void coMentionedWith_index_equalsTheDefinition() {
    // GIVEN
    List<Hit<Party>> all = corpus.parties().hits();
    for (String party : List.of("P0", "P7", "P29")) {
      // WHEN
      List<Hit<Party>> indexed = corpus.parties().coMentionedWith(party).hits();
      // THEN
      List<Hit<Party>> scanned = all.stream()
          .filter(h -> !h.item().id().equals(party) && h.document().statements().stream()
              .anyMatch(s -> named(s).contains(party) && named(s).contains(h.item().id())))
          .collect(Collectors.toList());
      assertEquals(scanned, indexed, party);
      assertTrue(!indexed.isEmpty(), party);
    }
  }

  private static List<String> named(Statement s) {
    List<String> named = new ArrayList<>(s.actorIds());
    named.addAll(s.partyIds());
    return named;
  }

  @Test
  void build_inRuns_equalsBuildInOne() {
    // GIVEN the documents of the corpus and keys of several fields, some given twice per item
    List<Document> documents = corpus.documentList();
    ImmutableSet<String> fields = ImmutableSet.of(Fields.ACTOR, Fields.PARTY, Fields.TOPIC);
    Index.Keys<Statement> keys = (d, s, sink) -> {
      s.actorIds().forEach(a -> sink.accept(Fields.ACTOR, a));
      s.actorIds().forEach(a -> sink.accept(Fields.PARTY, a));
      s.partyIds().forEach(p -> sink.accept(Fields.PARTY, p));
      s.topics().forEach(t -> sink.accept(Fields.TOPIC, t));
    };
    Index<Statement> one = Index.build(documents, Document::statements, fields, () -> keys, 1);
    for (int runs : new int[] {2, 7, 64}) {
      // WHEN it is built in runs of documents
      Index<Statement> inRuns = Index.build(documents, Document::statements, fields, () -> keys, runs);
      // THEN the items, each document's items and every posting list are the same
      assertEquals(one.hits(), inRuns.hits());
      for (int d = 0; d < documents.size(); d += 97) {
        assertEquals(one.ofDocument(d), inRuns.ofDocument(d), "document " + d);
      }
      for (String field : fields) {
        assertEquals(one.values(field), inRuns.values(field), field);
        for (Object value : one.values(field)) {
          assertArrayEquals(one.postings(field, value), inRuns.postings(field, value), field + "=" + value);
        }
      }
    }
  }

  @Test
  void candidates_selectiveFilter_readsFarLessThanTheCorpus() {
    // GIVEN
    Index<Statement> index = corpus.statementIndex();
    Condition<Statement> selective = Where.by("P3").and(Where.withAct(Act.SUPPORT))
        .and(Where.about(Topic.ENERGY));
    // WHEN
    int[] candidates = selective.candidates(corpus, index);
    // THEN
    assertNotNull(candidates);
    assertTrue(candidates.length * 100 < index.size(), candidates.length + " of " + index.size());
  }

  /** Conjunctions of dense keys go through bitsets; they must still equal a scan, key by key. */
  @Test
  void denseConjunctions_throughBitsets_equalAScan() {
    // GIVEN the densest act and the acts × parties that are dense too
    Index<Statement> index = corpus.statementIndex();
    int viaBitsets = 0;
    for (Act act : Act.values()) {
      for (String party : List.of("P0", "P1", "P2", "P3")) {
        boolean dense = index.bitsOf(index.postings(Fields.ACT, act)) != null
            && index.bitsOf(index.postings(Fields.ACTOR, party)) != null;
        viaBitsets += dense ? 1 : 0;
        // WHEN queried THEN the same as a scan, with a third, sparse key too
        assertSame(corpus.statements(), Where.withAct(act).and(Where.by(party)),
            s -> s.act().equals(Optional.of(act)) && s.actorIds().contains(party));
        assertSame(corpus.statements(), Where.withAct(act).and(Where.by(party)).and(Where.about(Topic.TRADE)),
            s -> s.act().equals(Optional.of(act)) && s.actorIds().contains(party) && s.topics().contains(Topic.TRADE));
      }
    }
    assertTrue(viaBitsets > 0, "some act × party conjunction has two dense lists");
  }

  @Test
  void candidates_notOrScan_fallsBackToTestingEveryItem() {
    // GIVEN
    Index<Statement> index = corpus.statementIndex();
    // THEN
    assertNull(Where.by("P3").not().candidates(corpus, index));
    assertNull(Where.by("P3").or(Condition.of(s -> true)).candidates(corpus, index));
    assertNotNull(Where.by("P3").and(Condition.of(s -> true)).candidates(corpus, index));
    assertArrayEquals(Postings.EMPTY, Condition.never().candidates(corpus, index));
  }

  @Test
  void postings_intersectAndUnion_areSetOperations() {
    // GIVEN
    int[] a = {1, 3, 5, 7, 9};
    int[] b = {0, 3, 4, 9, 10, 11};
    // THEN
    assertArrayEquals(new int[] {3, 9}, Postings.intersect(a, b));
    assertArrayEquals(new int[] {3, 9}, Postings.intersect(b, a));
    assertArrayEquals(new int[] {0, 1, 3, 4, 5, 7, 9, 10, 11}, Postings.union(List.of(a, b)));
    assertArrayEquals(Postings.EMPTY, Postings.intersect(a, Postings.EMPTY));
    assertArrayEquals(Postings.EMPTY, Postings.union(List.of()));
  }

  @Test
  void postingsBuilder_pastSeveralChunks_keepsEveryPositionOnceInOrder() {
    // GIVEN positions, each given twice, running over three chunks
    int n = 2 * Postings.Builder.CHUNK + 17;
    Postings.Builder builder = new Postings.Builder();
    for (int p = 0; p < n; p++) {
      builder.add(3 * p);
      builder.add(3 * p);
    }
    // WHEN
    int[] built = builder.build();
    int[] shifted = new int[n + 2];
    int end = builder.copyTo(shifted, 1, 5);
    // THEN
    assertEquals(n, builder.size());
    assertEquals(n + 1, end);
    for (int p = 0; p < n; p++) {
      assertEquals(3 * p, built[p], "position " + p);
      assertEquals(3 * p + 5, shifted[p + 1], "shifted position " + p);
    }
    assertEquals(n, built.length);
  }

  private static <Q extends AbstractQuery<Q, T>, T> void assertSame(Q query,
      Condition<T> indexed, Predicate<T> scanned) {
    List<Hit<T>> expected = query.where(Condition.of(scanned)).hits();
    assertEquals(expected, query.where(indexed).hits(), indexed.toString());
  }

  private static Document synthetic(int n, Random random) {
    String text = "Текст документа номер " + n + " для проверки индексов.";
    int end = text.length();
    Document.Builder doc = Document.builder().id(String.format("syn-%05d", n))
        .title("Документ " + n).kind(pick(random, DocumentKind.values())).language("ru").text(text)
        .date(EdtfDate.ofDay(2000 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)))
        .place(Place.of(pick(random, CITIES), Optional.empty()));
    List<String> parties = new ArrayList<>();
    for (int i = 0; i < 2 + random.nextInt(3); i++) {
      String party = pick(random, PARTIES);
      if (!parties.contains(party)) {
        parties.add(party);
        doc.addSignatory(party);
        doc.addParty(Party.builder().id(party).kind(PartyKind.STATE).name("Сторона " + party).build());
      }
    }
    for (int c = 0; c < 1 + random.nextInt(4); c++) {
      Clause.Builder clause = Clause.builder().number(Integer.toString(c + 1)).start(0).end(end);
      for (int s = 0; s < 1 + random.nextInt(3); s++) {
        clause.addStatement(Statement.builder().start(0).end(end)
            .addActor(parties.get(random.nextInt(parties.size())))
            .act(pick(random, Act.values()))
            .addTopic(pick(random, Topic.values()))
            .addParty(parties.get(random.nextInt(parties.size())))
            .addInitiative("I" + random.nextInt(20))
            .build());
      }
      doc.addClause(clause.build());
    }
    doc.addInitiative(Initiative.builder().id("I" + random.nextInt(20)).name("Инициатива")
        .kind(pick(random, InitiativeKind.values())).proposer(pick(random, PARTIES)).build());
    doc.addMechanism(Mechanism.builder().id("M" + random.nextInt(10)).name("Механизм")
        .kind(pick(random, MechanismKind.values())).status(pick(random, MechanismStatus.values()))
        .build());
    doc.addEvent(Event.builder().id("E" + n).name("Встреча").kind(pick(random, EventKind.values()))
        .ordinal(random.nextInt(10)).status(pick(random, EventStatus.values()))
        .date(random.nextInt(5) == 0 ? Optional.empty()
            : Optional.of(EdtfDate.ofMonth(2020 + random.nextInt(10), 1 + random.nextInt(12))))
        .place(Place.of(pick(random, CITIES), Optional.empty()))
        .mechanism("M" + random.nextInt(10)).build());
    return doc.build();
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
