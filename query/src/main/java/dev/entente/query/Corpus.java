package dev.entente.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Act;
import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import dev.entente.model.Event;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import dev.entente.model.Participant;
import dev.entente.model.Party;
import dev.entente.model.Statement;
import dev.entente.model.Strength;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinTask;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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

  private Corpus(List<Document> documents) {
    this.documents = sorted(documents);
    ImmutableList<Document> docs = this.documents;
    // Each index is built on every core (Index.build), and the seven at once, so that one index's
    // merge of its runs (on one thread) overlaps the others' runs. The key functions that
    // remember what they computed for a document are made once per run, hence the suppliers.
    ForkJoinTask<Index<Statement>> statements = fork(docs, () -> Index.build(docs,
        Document::statements, ImmutableSet.of(Fields.ACTOR, Fields.ACT, Fields.TOPIC,
            Fields.PARTY, Fields.INITIATIVE, Fields.MECHANISM, Fields.EVENT, Fields.NEGATED,
            Fields.STRENGTH),
        () -> Corpus::statementKeys));
    ForkJoinTask<Index<Party>> parties = fork(docs, () -> Index.build(docs, Document::parties,
        ImmutableSet.of(Fields.ID, Fields.KIND, Fields.SIGNATORY, Fields.COMENTION),
        Corpus::partyKeys));
    ForkJoinTask<Index<Initiative>> initiatives = fork(docs, () -> Index.build(docs,
        Document::initiatives, ImmutableSet.of(Fields.ID, Fields.KIND, Fields.PROPOSER,
            Fields.SUPPORTER),
        Corpus::initiativeKeys));
    ForkJoinTask<Index<Document>> documentsIndexed = fork(docs, () -> Index.build(docs, List::of,
        ImmutableSet.of(Fields.ID, Fields.KIND, Fields.SIGNATORY, Fields.PARTY, Fields.PLACE,
            Fields.YEAR, Fields.SOURCE),
        () -> Corpus::documentKeys));
    ForkJoinTask<Index<Mechanism>> mechanisms = fork(docs, () -> Index.build(docs,
        Document::mechanisms,
        ImmutableSet.of(Fields.ID, Fields.KIND, Fields.STATUS, Fields.LEVEL),
        () -> (d, m, sink) -> {
          sink.accept(Fields.ID, m.id());
          sink.accept(Fields.KIND, m.kind());
          sink.accept(Fields.STATUS, m.status());
          m.level().ifPresent(l -> sink.accept(Fields.LEVEL, l));
        }));
    ForkJoinTask<Index<Event>> events = fork(docs, () -> Index.build(docs, Document::events,
        ImmutableSet.of(Fields.ID, Fields.KIND, Fields.STATUS, Fields.PLACE, Fields.YEAR,
            Fields.MECHANISM, Fields.ORDINAL),
        () -> (d, e, sink) -> {
          sink.accept(Fields.ID, e.id());
          sink.accept(Fields.KIND, e.kind());
          sink.accept(Fields.STATUS, e.status());
          Items.placeKeys(e.place(), p -> sink.accept(Fields.PLACE, p));
          Dates.yearKeys(e.date(), y -> sink.accept(Fields.YEAR, y));
          e.mechanism().ifPresent(m -> sink.accept(Fields.MECHANISM, m));
          e.ordinal().ifPresent(n -> sink.accept(Fields.ORDINAL, n));
        }));
    this.participantIndex = Index.build(docs, Document::participants,
        ImmutableSet.of(Fields.PARTY),
        () -> (d, p, sink) -> p.party().ifPresent(id -> sink.accept(Fields.PARTY, id)));
    this.eventIndex = events.join();
    this.mechanismIndex = mechanisms.join();
    this.documentIndex = documentsIndexed.join();
    this.initiativeIndex = initiatives.join();
    this.partyIndex = parties.join();
    this.statementIndex = statements.join();
  }

  /** Corpora smaller than this build their indexes one after another, on the calling thread. */
  private static final int FORK_DOCUMENTS = 512;

  /**
   * {@code index} being built on the common pool, or built already when the corpus of {@code
   * documents} is too small to gain from threads.
   */
  private static <T> ForkJoinTask<Index<T>> fork(List<Document> documents,
      java.util.concurrent.Callable<Index<T>> index) {
    ForkJoinTask<Index<T>> task = ForkJoinTask.adapt(index);
    if (documents.size() < FORK_DOCUMENTS) {
      task.invoke();
      return task;
    }
    return task.fork();
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
    // A key given twice for one item is kept once (Postings.Builder): no need for distinct().
    for (String s : d.signatories()) {
      sink.accept(Fields.SIGNATORY, s);
      sink.accept(Fields.PARTY, s);
    }
    for (Party p : d.parties()) {
      sink.accept(Fields.PARTY, p.id());
    }
    Items.placeKeys(d.place(), p -> sink.accept(Fields.PLACE, p));
    Dates.yearKeys(d.date(), y -> sink.accept(Fields.YEAR, y));
    d.source().ifPresent(s -> sink.accept(Fields.SOURCE, Items.normalize(s)));
  }

  private static void statementKeys(Document d, Statement s,
      BiConsumer<String, Object> sink) {
    // Indexed loops, not streams or for-each: this runs for every statement of the corpus, whose
    // lists are of several classes, so that an iterator per list was allocated, millions of them.
    // A key given twice for one item is kept once (Postings.Builder), so actors may be given again
    // as parties.
    List<String> actors = s.actorIds();
    for (int k = 0; k < actors.size(); k++) {
      sink.accept(Fields.ACTOR, actors.get(k));
      sink.accept(Fields.PARTY, actors.get(k));
    }
    each(s.partyIds(), Fields.PARTY, sink);
    // isPresent/get, not ifPresent: a lambda capturing the sink was an object per statement.
    Optional<Act> act = s.act();
    if (act.isPresent()) {
      sink.accept(Fields.ACT, act.get());
    }
    each(s.topics(), Fields.TOPIC, sink);
    each(s.initiativeIds(), Fields.INITIATIVE, sink);
    each(s.mechanismIds(), Fields.MECHANISM, sink);
    each(s.eventIds(), Fields.EVENT, sink);
    sink.accept(Fields.NEGATED, s.negated());
    Optional<Strength> strength = s.strength();
    if (strength.isPresent()) {
      sink.accept(Fields.STRENGTH, strength.get());
    }
  }

  /** Gives {@code sink} each of {@code values} under {@code field}; the list is random-access. */
  private static void each(List<?> values, String field, BiConsumer<String, Object> sink) {
    for (int k = 0; k < values.size(); k++) {
      sink.accept(field, values.get(k));
    }
  }

  /**
   * Initiative keys. The statements that support some initiative are found once per document (a
   * few of its statements, often none), and each initiative's supporters among them.
   */
  private static Index.Keys<Initiative> initiativeKeys() {
    PerDocument<List<Statement>> supporting = new PerDocument<>(d -> {
      List<Statement> found = List.of();
      List<Statement> statements = d.statements();
      for (int k = 0; k < statements.size(); k++) {
        Statement s = statements.get(k);
        if (!s.initiativeIds().isEmpty() && !s.actorIds().isEmpty() && Where.supports(s)) {
          if (found.isEmpty()) {
            found = new ArrayList<>();
          }
          found.add(s);
        }
      }
      return found;
    });
    return (d, i, sink) -> {
      sink.accept(Fields.ID, i.id());
      sink.accept(Fields.KIND, i.kind());
      i.proposer().ifPresent(p -> sink.accept(Fields.PROPOSER, p));
      // A supporter named twice is kept once (Postings.Builder).
      for (Statement s : supporting.get(d)) {
        if (s.initiativeIds().contains(i.id())) {
          each(s.actorIds(), Fields.SUPPORTER, sink);
        }
      }
    };
  }

  /** Party keys; co-mentions are computed once per document. */
  private static Index.Keys<Party> partyKeys() {
    PerDocument<Companions> companions = new PerDocument<>(Companions::new);
    return (d, p, sink) -> {
      sink.accept(Fields.ID, p.id());
      sink.accept(Fields.KIND, p.kind());
      if (d.signatories().contains(p.id())) {
        sink.accept(Fields.SIGNATORY, true);
      }
      companions.get(d).of(p.id(), c -> sink.accept(Fields.COMENTION, c));
    };
  }

  /**
   * For each party a document's statements name (as an actor or mentioned), the other parties
   * named in one statement with it. Parties are numbered per document and each one's companions
   * kept as bits: a statement naming n parties costs n bitset ORs, not n² set insertions.
   */
  private static final class Companions {
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<BitSet> with = new ArrayList<>();

    Companions(Document d) {
      BitSet named = new BitSet();
      // The pairs of lists (by identity) already taken in: a statement that repeats one adds
      // nothing (the ORs are idempotent). A store load holds each distinct list once, and three
      // statements in four of the synthetic 100,000-document store repeat a pair of their document.
      List<?>[] seen = new List<?>[2 * RECENT_PAIRS];
      int next = 0;
      List<Statement> statements = d.statements();
      for (int i = 0; i < statements.size(); i++) {
        Statement s = statements.get(i);
        List<String> actors = s.actorIds();
        List<String> parties = s.partyIds();
        if (seenPair(seen, actors, parties)) {
          continue;
        }
        seen[2 * next] = actors;
        seen[2 * next + 1] = parties;
        next = (next + 1) % RECENT_PAIRS;
        named.clear();
        for (int k = 0; k < actors.size(); k++) {
          named.set(number(actors.get(k)));
        }
        for (int k = 0; k < parties.size(); k++) {
          named.set(number(parties.get(k)));
        }
        if (named.cardinality() > 1) {
          for (int a = named.nextSetBit(0); a >= 0; a = named.nextSetBit(a + 1)) {
            with.get(a).or(named);
          }
        }
      }
    }

    /** How many pairs of lists a document's statements are compared with. */
    private static final int RECENT_PAIRS = 16;

    private static boolean seenPair(List<?>[] seen, List<?> actors, List<?> parties) {
      for (int k = 0; k < seen.length; k += 2) {
        if (seen[k] == actors && seen[k + 1] == parties) {
          return true;
        }
      }
      return false;
    }

    private int number(String id) {
      Integer n = numbers.get(id);
      if (n == null) {
        n = ids.size();
        numbers.put(id, n);
        ids.add(id);
        with.add(new BitSet());
      }
      return n;
    }

    /** Gives {@code sink} each party named in a statement with {@code id}, other than itself. */
    void of(String id, Consumer<String> sink) {
      Integer n = numbers.get(id);
      if (n == null) {
        return;
      }
      BitSet companions = with.get(n);
      for (int c = companions.nextSetBit(0); c >= 0; c = companions.nextSetBit(c + 1)) {
        if (c != n) {
          sink.accept(ids.get(c));
        }
      }
    }
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
