package dev.entente.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import dev.entente.model.Event;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import dev.entente.model.Participant;
import dev.entente.model.Party;
import dev.entente.model.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An immutable, indexed set of documents to query; obtained from {@link Query#from}. One document
 * is a corpus of one, so the same steps work on both.
 *
 * <pre>{@code
 * Corpus corpus = Query.from(documents);
 * corpus.statements().by("KZ").withAct(Act.SUPPORT).about(Topic.ENERGY).toList();
 * corpus.initiatives().proposedBy("CN").supportedBy("AZ").toList();
 * corpus.parties().coMentionedWith("CN").ranked();
 * }</pre>
 *
 * <p>The corpus keeps its documents ordered by id (then text), whatever order they came in, so
 * results never depend on the order of loading. It keeps every document it is given, including
 * republications of one text by several sites; {@link #distinct()} keeps one per
 * {@linkplain #editions() edition}. A corpus is thread-safe; its indexes are built once, when it is
 * made, in time linear in the size of the documents (a few parts, such as the columns that count
 * and date ranges read, are made on first use and kept).
 *
 * <p>Query results are found lazily from the indexes: {@code count()} of index keys counts bits
 * of their bitsets, {@code limit(n)} reads the postings only as far as the n-th result, and
 * {@code toList()} and {@code hits()} are read-only views over the positions found, whose items
 * are fetched when read.
 */
public final class Corpus {
  /**
   * The corpus order: by id, then by text, then by every other field (as their JSON, written once
   * per document by {@link #sorted} however many documents share an id and a text).
   */
  static final Comparator<Document> ORDER = Comparator.comparing(Document::id)
      .thenComparing(Document::text)
      .thenComparing(EntenteJson::toJson);

  private final ImmutableList<Document> documents;
  private final Index<Document> documentIndex;
  private final Index<Statement> statementIndex;
  private final Index<Initiative> initiativeIndex;
  private final Index<Mechanism> mechanismIndex;
  private final Index<Event> eventIndex;
  private final Index<Party> partyIndex;
  private final Index<Participant> participantIndex;
  private final Supplier<ImmutableList<ImmutableList<Document>>> editions =
      Suppliers.memoize(this::findEditions);

  /**
   * From this many documents on, the statement index (the largest) is built on the calling thread
   * while a second thread builds the others: on two cores that nearly halves the time a large
   * corpus takes to build, and for a small one a thread would cost more than it saves.
   */
  private static final int BUILD_IN_TWO_THREADS_FROM = 200;

  private Corpus(List<Document> documents) {
    this.documents = sorted(documents);
    ImmutableList<Document> docs = this.documents;
    Supplier<OtherIndexes> others = () -> new OtherIndexes(docs);
    CompletableFuture<OtherIndexes> inBackground = docs.size() >= BUILD_IN_TWO_THREADS_FROM
        ? CompletableFuture.supplyAsync(others) : null;
    this.statementIndex = Index.build(this.documents,
        Document::statements,
        ImmutableSet.of(Fields.ACTOR, Fields.ACT, Fields.TOPIC, Fields.PARTY, Fields.INITIATIVE,
            Fields.MECHANISM, Fields.EVENT, Fields.NEGATED, Fields.STRENGTH),
        Corpus::statementKeys);
    OtherIndexes other = inBackground == null ? others.get() : joined(inBackground);
    this.documentIndex = other.documentIndex;
    this.initiativeIndex = other.initiativeIndex;
    this.mechanismIndex = other.mechanismIndex;
    this.eventIndex = other.eventIndex;
    this.partyIndex = other.partyIndex;
    this.participantIndex = other.participantIndex;
  }

  private static <T> T joined(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Every index but the statement index, built together on one thread. */
  private static final class OtherIndexes {
    final Index<Document> documentIndex;
    final Index<Initiative> initiativeIndex;
    final Index<Mechanism> mechanismIndex;
    final Index<Event> eventIndex;
    final Index<Party> partyIndex;
    final Index<Participant> participantIndex;

    OtherIndexes(ImmutableList<Document> documents) {
      this.documentIndex = Index.build(documents, List::of,
          ImmutableSet.of(Fields.ID, Fields.KIND, Fields.SIGNATORY, Fields.PARTY, Fields.PLACE,
              Fields.YEAR, Fields.SOURCE),
          Corpus::documentKeys);
      this.initiativeIndex = Index.build(documents, Document::initiatives,
          ImmutableSet.of(Fields.ID, Fields.KIND, Fields.PROPOSER, Fields.SUPPORTER),
          initiativeKeys());
      this.mechanismIndex = Index.build(documents, Document::mechanisms,
          ImmutableSet.of(Fields.ID, Fields.KIND, Fields.STATUS, Fields.LEVEL),
          (d, m, sink) -> {
            sink.accept(Fields.ID, m.id());
            sink.accept(Fields.KIND, m.kind());
            sink.accept(Fields.STATUS, m.status());
            m.level().ifPresent(l -> sink.accept(Fields.LEVEL, l));
          });
      this.eventIndex = Index.build(documents, Document::events,
          ImmutableSet.of(Fields.ID, Fields.KIND, Fields.STATUS, Fields.PLACE, Fields.YEAR,
              Fields.MECHANISM, Fields.ORDINAL),
          (d, e, sink) -> {
            sink.accept(Fields.ID, e.id());
            sink.accept(Fields.KIND, e.kind());
            sink.accept(Fields.STATUS, e.status());
            Items.placeKeys(e.place(), p -> sink.accept(Fields.PLACE, p));
            Dates.yearKeys(e.date(), y -> sink.accept(Fields.YEAR, y));
            e.mechanism().ifPresent(m -> sink.accept(Fields.MECHANISM, m));
            e.ordinal().ifPresent(n -> sink.accept(Fields.ORDINAL, n));
          });
      this.partyIndex = Index.build(documents, Document::parties,
          ImmutableSet.of(Fields.ID, Fields.KIND, Fields.SIGNATORY, Fields.COMENTION),
          partyKeys());
      this.participantIndex = Index.build(documents, Document::participants,
          ImmutableSet.of(Fields.PARTY),
          (d, p, sink) -> p.party().ifPresent(id -> sink.accept(Fields.PARTY, id)));
    }
  }

  /** A corpus of {@code documents}, in any order; see {@link Query#from(Iterable)}. */
  public static Corpus of(Iterable<? extends Document> documents) {
    checkNotNull(documents, "documents == null");
    List<Document> list = new ArrayList<>();
    for (Document document : documents) {
      list.add(checkNotNull(document, "documents must not contain null"));
    }
    return new Corpus(list);
  }

  /** A corpus of {@code documents}, in any order. */
  public static Corpus of(Document... documents) {
    return of(Arrays.asList(documents));
  }

  /** A new corpus with this one's documents and {@code more}; this one is unchanged. */
  public Corpus plus(Iterable<? extends Document> more) {
    checkNotNull(more, "more == null");
    List<Document> all = new ArrayList<>(documents);
    more.forEach(d -> all.add(checkNotNull(d, "documents must not contain null")));
    return new Corpus(all);
  }

  /** The number of documents, republications included. */
  public int size() {
    return documents.size();
  }

  /** The documents: {@code corpus.documents().ofKind(DocumentKind.JOINT_STATEMENT).toList()}. */
  public DocumentQuery documents() {
    return new DocumentQuery(this, Condition.always(), null, -1);
  }

  /** Every statement, preamble first, document by document: {@code corpus.statements().by("KZ")}. */
  public StatementQuery statements() {
    return new StatementQuery(this, Condition.always(), null, -1);
  }

  /** Every initiative: {@code corpus.initiatives().proposedBy("CN")}. */
  public InitiativeQuery initiatives() {
    return new InitiativeQuery(this, Condition.always(), null, -1);
  }

  /** Every mechanism: {@code corpus.mechanisms().withStatus(MechanismStatus.NEW)}. */
  public MechanismQuery mechanisms() {
    return new MechanismQuery(this, Condition.always(), null, -1);
  }

  /** Every event: {@code corpus.events().planned().at("Астана")}. */
  public EventQuery events() {
    return new EventQuery(this, Condition.always(), null, -1);
  }

  /** Every party of every document: {@code corpus.parties().coMentionedWith("CN").ranked()}. */
  public PartyQuery parties() {
    return new PartyQuery(this, Condition.always(), null, -1, ImmutableSet.of());
  }

  /** Every participant: {@code corpus.participants().representing("CN")}. */
  public ParticipantQuery participants() {
    return new ParticipantQuery(this, Condition.always(), null, -1);
  }

  /** Every dated event of the corpus in date order; see {@link EventQuery#timeline()}. */
  public List<Hit<Event>> timeline() {
    return events().timeline();
  }

  /**
   * The meetings of one mechanism across the corpus, by ordinal, with the gaps between ordinals
   * and the contradictions between documents.
   *
   * <pre>{@code
   * Lifecycle c5 = corpus.lifecycle("c5-summit");
   * c5.gaps();             // [5]: the 4th and 6th meetings are known, the 5th is not
   * c5.contradictions();   // 6th meeting: 2025-08-01 in one document, 2025-09 in another
   * }</pre>
   */
  public Lifecycle lifecycle(String mechanism) {
    checkNotNull(mechanism, "mechanism == null");
    return Lifecycle.of(mechanism, events().ofMechanism(mechanism).hits());
  }

  /**
   * The documents grouped by edition: one group per text, holding every republication of it (other
   * site wrappers, small edits), as recognised by their {@link Fingerprint}s. Groups are in corpus
   * order of their first document, documents within a group in corpus order.
   */
  @SuppressWarnings("unchecked") // an immutable list of immutable lists, read-only as List<List>
  public List<List<Document>> editions() {
    return (List<List<Document>>) (List<?>) editions.get();
  }

  /**
   * A corpus with one document per {@linkplain #editions() edition}: the first of each group in
   * corpus order (the smallest id). Use it to count a text once however many sites carried it.
   */
  public Corpus distinct() {
    List<Document> first = editions().stream().map(g -> g.get(0)).collect(Collectors.toList());
    return first.size() == documents.size() ? this : new Corpus(first);
  }

  /** The documents, ids only, e.g. {@code Corpus[doc-1, doc-2]}. */
  @Override
  public String toString() {
    return documents.stream().map(Document::id).limit(10)
        .collect(Collectors.joining(", ", "Corpus[", documents.size() > 10 ? ", …]" : "]"));
  }

  ImmutableList<Document> documentList() {
    return documents;
  }

  Index<Document> documentIndex() {
    return documentIndex;
  }

  Index<Statement> statementIndex() {
    return statementIndex;
  }

  Index<Initiative> initiativeIndex() {
    return initiativeIndex;
  }

  Index<Mechanism> mechanismIndex() {
    return mechanismIndex;
  }

  Index<Event> eventIndex() {
    return eventIndex;
  }

  Index<Party> partyIndex() {
    return partyIndex;
  }

  Index<Participant> participantIndex() {
    return participantIndex;
  }

  /**
   * The documents in {@link #ORDER}. Only documents of equal id and text are told apart by their
   * JSON, one such run at a time, so that memory holds the JSON of one run, not of every tied
   * document (a folder loaded twenty times over has a run of twenty per id).
   */
  static ImmutableList<Document> sorted(List<Document> documents) {
    List<Document> sorted = new ArrayList<>(documents);
    sorted.sort(Comparator.comparing(Document::id).thenComparing(Document::text));
    for (int from = 0; from < sorted.size(); ) {
      Document first = sorted.get(from);
      int to = from + 1;
      while (to < sorted.size() && sorted.get(to).id().equals(first.id())
          && sorted.get(to).text().equals(first.text())) {
        to++;
      }
      if (to - from > 1) {
        Map<Document, String> json = new IdentityHashMap<>();
        sorted.subList(from, to).sort(Comparator.comparing(d -> json.computeIfAbsent(d, EntenteJson::toJson)));
      }
      from = to;
    }
    return ImmutableList.copyOf(sorted);
  }

  private ImmutableList<ImmutableList<Document>> findEditions() {
    List<Fingerprint> prints = documents.stream().map(Fingerprint::of).collect(Collectors.toList());
    int[] group = Fingerprint.cluster(prints);
    // A text without words has an empty fingerprint, which matches nothing: its exact copies are one edition.
    Map<String, Integer> firstOfText = new HashMap<>();
    for (int i = 0; i < group.length; i++) {
      Integer first = prints.get(i).isEmpty() ? firstOfText.putIfAbsent(documents.get(i).text(), i) : null;
      if (first != null) {
        group[i] = first;
      }
    }
    Map<Integer, ImmutableList.Builder<Document>> groups = new LinkedHashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      groups.computeIfAbsent(group[i], g -> ImmutableList.builder()).add(documents.get(i));
    }
    return groups.values().stream().map(ImmutableList.Builder::build)
        .collect(ImmutableList.toImmutableList());
  }

  private static void documentKeys(Document d, Document same,
      BiConsumer<String, Object> sink) {
    sink.accept(Fields.ID, d.id());
    sink.accept(Fields.KIND, d.kind());
    d.signatories().forEach(s -> sink.accept(Fields.SIGNATORY, s));
    Stream.concat(d.signatories().stream(), d.parties().stream().map(Party::id))
        .distinct()
        .forEach(p -> sink.accept(Fields.PARTY, p));
    Items.placeKeys(d.place(), p -> sink.accept(Fields.PLACE, p));
    Dates.yearKeys(d.date(), y -> sink.accept(Fields.YEAR, y));
    d.source().ifPresent(s -> sink.accept(Fields.SOURCE, Items.normalize(s)));
  }

  private static void statementKeys(Document d, Statement s,
      BiConsumer<String, Object> sink) {
    s.actorIds().forEach(a -> sink.accept(Fields.ACTOR, a));
    s.act().ifPresent(a -> sink.accept(Fields.ACT, a));
    s.topics().forEach(t -> sink.accept(Fields.TOPIC, t));
    Stream.concat(s.actorIds().stream(), s.partyIds().stream()).distinct()
        .forEach(p -> sink.accept(Fields.PARTY, p));
    s.initiativeIds().forEach(i -> sink.accept(Fields.INITIATIVE, i));
    s.mechanismIds().forEach(m -> sink.accept(Fields.MECHANISM, m));
    s.eventIds().forEach(e -> sink.accept(Fields.EVENT, e));
    sink.accept(Fields.NEGATED, s.negated());
    s.strength().ifPresent(st -> sink.accept(Fields.STRENGTH, st));
  }

  /** Initiative keys; supporters are computed once per document, not once per initiative. */
  private static Index.Keys<Initiative> initiativeKeys() {
    PerDocument<Map<String, Set<String>>> supporters = new PerDocument<>(d -> {
      Map<String, Set<String>> byInitiative = new HashMap<>();
      d.statements().stream().filter(Where::supports).forEach(s -> s.initiativeIds().forEach(i ->
          byInitiative.computeIfAbsent(i, k -> new HashSet<>()).addAll(s.actorIds())));
      return byInitiative;
    });
    return (d, i, sink) -> {
      sink.accept(Fields.ID, i.id());
      sink.accept(Fields.KIND, i.kind());
      i.proposer().ifPresent(p -> sink.accept(Fields.PROPOSER, p));
      supporters.get(d).getOrDefault(i.id(), Set.of()).forEach(p -> sink.accept(Fields.SUPPORTER, p));
    };
  }

  /** Party keys; co-mentions are computed once per document. */
  private static Index.Keys<Party> partyKeys() {
    PerDocument<Map<String, Set<String>>> companions = new PerDocument<>(d -> {
      Map<String, Set<String>> with = new HashMap<>();
      d.statements().forEach(s -> {
        Set<String> named = new HashSet<>(s.partyIds());
        named.addAll(s.actorIds());
        for (String a : named) {
          for (String b : named) {
            if (!a.equals(b)) {
              with.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            }
          }
        }
      });
      return with;
    });
    return (d, p, sink) -> {
      sink.accept(Fields.ID, p.id());
      sink.accept(Fields.KIND, p.kind());
      if (d.signatories().contains(p.id())) {
        sink.accept(Fields.SIGNATORY, true);
      }
      companions.get(d).getOrDefault(p.id(), Set.of()).forEach(c -> sink.accept(Fields.COMENTION, c));
    };
  }

  /** Remembers a value computed for the last document seen; indexes visit documents in turn. */
  private static final class PerDocument<V> {
    private final Function<Document, V> compute;
    private Document last;
    private V value;

    PerDocument(Function<Document, V> compute) {
      this.compute = compute;
    }

    V get(Document document) {
      if (document != last) {
        last = document;
        value = compute.apply(document);
      }
      return value;
    }
  }
}
