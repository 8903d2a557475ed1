package dev.entente.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What every typed query shares: filtering, ordering, limits and the terminals. Users never name
 * this type; they see its methods on {@link StatementQuery}, {@link EventQuery}, … (AssertJ's
 * {@code AbstractAssert<SELF, ACTUAL>} pattern). Every step returns a new query.
 *
 * @param <SELF> the concrete query type, returned by every step
 * @param <T> the item type
 */
abstract class AbstractQuery<SELF extends AbstractQuery<SELF, T>, T> {
  private static final int SAMPLE = 5;

  final Corpus corpus;
  final Index<T> index;
  final Condition<T> condition;
  private final Comparator<? super T> order;
  private final int limit;
  private final String noun;

  AbstractQuery(Corpus corpus, Index<T> index, String noun, Condition<? super T> condition,
      Comparator<? super T> order, int limit) {
    this.corpus = corpus;
    this.index = index;
    this.noun = noun;
    this.condition = Condition.cast(condition);
    this.order = order;
    this.limit = limit;
  }

  Comparator<? super T> order() {
    return order;
  }

  int limitOrNegative() {
    return limit;
  }

  /** A copy of this query with other settings; subclasses add their own state. */
  abstract SELF copy(Condition<? super T> condition, Comparator<? super T> order, int limit);

  /**
   * Keeps the items that also meet {@code condition}.
   *
   * <pre>{@code
   * corpus.statements().where(Where.by("KZ").or(Where.by("UZ"))).toList();
   * }</pre>
   */
  public SELF where(Condition<? super T> condition) {
    checkNotNull(condition, "condition == null");
    return copy(this.condition.and(condition), order, limit);
  }

  /**
   * Keeps the items for which {@code predicate} holds; evaluated on each remaining item.
   *
   * <pre>{@code
   * corpus.events().where(e -> e.name().contains("саммит")).toList();
   * }</pre>
   */
  public SELF where(Predicate<? super T> predicate) {
    return where(Condition.of(predicate));
  }

  /**
   * Orders the results by {@code comparator}, stably: items that compare equal keep the corpus
   * order (documents by id, items in document order). A second call adds a tie-breaker.
   *
   * <pre>{@code
   * corpus.events().sortedBy(Comparator.comparing(Event::name)).toList();
   * }</pre>
   */
  public SELF sortedBy(Comparator<? super T> comparator) {
    checkNotNull(comparator, "comparator == null");
    return copy(condition, order == null ? comparator : thenComparing(order, comparator), limit);
  }

  /**
   * Keeps at most the first {@code maxSize} results. The limit applies after every filter and the
   * ordering, wherever it stands among the steps.
   *
   * <pre>{@code
   * corpus.statements().by("KZ").limit(10).toList();
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code maxSize} is negative
   */
  public SELF limit(int maxSize) {
    checkArgument(maxSize >= 0, "limit must not be negative: %s", maxSize);
    return copy(condition, order, limit < 0 ? maxSize : Math.min(limit, maxSize));
  }

  /** The results with their documents, in order; empty when nothing matches. */
  public List<Hit<T>> hits() {
    if (order == null) {
      return new Matches.View<>(index, matches().positions(max()), true);
    }
    List<Hit<T>> out = new ArrayList<>();
    matches().forEach(Integer.MAX_VALUE, position -> out.add(index.hit(position)));
    out.sort((a, b) -> order.compare(a.item(), b.item()));
    if (limit >= 0 && out.size() > limit) {
      return ImmutableList.copyOf(out.subList(0, limit));
    }
    return ImmutableList.copyOf(out);
  }

  /** The positions in the index of the items that meet the condition, found as they are read. */
  private Matches matches() {
    return Matches.of(corpus, index, condition);
  }

  /** The most results to find in corpus order: the limit, if any. */
  private int max() {
    return limit >= 0 ? limit : Integer.MAX_VALUE;
  }

  /**
   * {@link #countBy} for a key the index holds as a column ({@code field}, one value per item),
   * counted from the index without reading the items; {@code key} must give the same value as the
   * index does, and is used where the column cannot serve. The counts of a query of one dense
   * index key (or none) are counted once and kept by the column.
   */
  @SuppressWarnings("unchecked")
  final <K> Map<K, Long> countByIndexed(String field, Function<? super T, ? extends K> key) {
    Index.Column column = order != null && limit >= 0 ? null : index.column(field);
    if (column == null) {
      return countBy(key);
    }
    Matches matches = matches();
    int[] exact = matches.exactList();
    Index.Tally tally;
    if (limit < 0 && matches.all()) {
      tally = column.tallyOfAll();
    } else if (limit < 0 && exact != null && index.bitsOf(exact) != null) {
      tally = column.tallyOf(exact);
    } else {
      tally = column.tally(sink -> matches.forEach(max(), sink));
    }
    if (tally.missing) {
      return countBy(key);
    }
    Map<K, Long> counts = new LinkedHashMap<>();
    for (int k = 0; k < tally.order.length; k++) {
      counts.put((K) column.values[tally.order[k]], tally.counts[k]);
    }
    return rank(counts);
  }

  /** The matching items, in order; empty when nothing matches. */
  public List<T> toList() {
    if (order == null) {
      return new Matches.View<>(index, matches().positions(max()), false);
    }
    return hits().stream().map(Hit::item).collect(ImmutableList.toImmutableList());
  }

  /** The first result, or empty when nothing matches. */
  public Optional<T> first() {
    return firstHit().map(Hit::item);
  }

  /** The first result with its document, or empty when nothing matches. */
  public Optional<Hit<T>> firstHit() {
    List<Hit<T>> hits = limit(1).hits();
    return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
  }

  /**
   * The only result.
   *
   * @throws NoSuchElementException if nothing matches
   * @throws IllegalStateException if more than one item matches; the message shows up to five
   */
  public T single() {
    return singleHit().item();
  }

  /**
   * The only result with its document.
   *
   * @throws NoSuchElementException if nothing matches
   * @throws IllegalStateException if more than one item matches; the message shows up to five
   */
  public Hit<T> singleHit() {
    List<Hit<T>> hits = limit(SAMPLE + 1).hits();
    if (hits.isEmpty()) {
      throw new NoSuchElementException("expected one of " + this + " but found none");
    }
    if (hits.size() > 1) {
      String sample = hits.stream().limit(SAMPLE).map(Hit::toString)
          .collect(Collectors.joining(", ", "<", hits.size() > SAMPLE ? ", …>" : ">"));
      throw new IllegalStateException(
          "expected one of " + this + " but found " + count() + ": " + sample);
    }
    return hits.get(0);
  }

  /** The number of results (at most the limit). */
  public long count() {
    return matches().count(max());
  }

  /** Whether nothing matches. */
  public boolean isEmpty() {
    return firstHit().isEmpty();
  }

  /** Whether some result satisfies {@code predicate}. */
  public boolean anyMatch(Predicate<? super T> predicate) {
    return !where(predicate).isEmpty();
  }

  /** The results as a stream, for the JDK's operations. */
  public Stream<T> stream() {
    return toList().stream();
  }

  /**
   * The results reduced by a JDK collector.
   *
   * <pre>{@code
   * Map<Act, Long> acts = corpus.statements().by("KZ")
   *     .collect(Collectors.groupingBy(s -> s.act().orElseThrow(), Collectors.counting()));
   * }</pre>
   */
  public <R, A> R collect(Collector<? super T, A, R> collector) {
    checkNotNull(collector, "collector == null");
    return stream().collect(collector);
  }

  /**
   * How many results fall under each key, most frequent first (ties in order of first result).
   *
   * <pre>{@code
   * corpus.mechanisms().withStatus(MechanismStatus.NEW).countBy(Mechanism::kind);
   * }</pre>
   */
  public <K> Map<K, Long> countBy(Function<? super T, ? extends K> key) {
    checkNotNull(key, "key == null");
    // Counted while matching: no list of results is built, no Long boxed per result. (A limit
    // after an ordering needs the ordered results first.)
    Map<K, long[]> tallies = new LinkedHashMap<>();
    if (order != null && limit >= 0) {
      toList().forEach(item -> tallies.computeIfAbsent(key.apply(item), k -> new long[1])[0]++);
    } else {
      matches().forEach(max(), position ->
          tallies.computeIfAbsent(key.apply(index.item(position)), k -> new long[1])[0]++);
    }
    Map<K, Long> counts = new LinkedHashMap<>();
    tallies.forEach((k, n) -> counts.put(k, n[0]));
    return rank(counts);
  }

  /** The results grouped under their key, keys in order of first result. */
  public <K> Map<K, List<T>> groupBy(Function<? super T, ? extends K> key) {
    checkNotNull(key, "key == null");
    return Multimaps.asMap(toList().stream().collect(ImmutableListMultimap.toImmutableListMultimap(key, t -> t)));
  }

  /** Why each result is there: its mentions and rule, in result order. */
  public List<Explanation> explain() {
    return hits().stream().map(Hit::explain).collect(ImmutableList.toImmutableList());
  }

  /** The query as a phrase, e.g. {@code statements where (by(KZ) and about(ENERGY))}. */
  @Override
  public String toString() {
    return noun + (condition.isAlways() ? "" : " where " + condition)
        + (order == null ? "" : " sorted") + (limit < 0 ? "" : " limit " + limit);
  }

  static <K> ImmutableMap<K, Long> rank(Map<K, Long> counts) {
    List<Map.Entry<K, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<K, Long>comparingByValue().reversed()); // stable: ties keep first-seen order
    ImmutableMap.Builder<K, Long> ranked = ImmutableMap.builderWithExpectedSize(entries.size());
    entries.forEach(ranked::put);
    return ranked.build();
  }

  @SuppressWarnings("unchecked")
  private static <T> Comparator<? super T> thenComparing(Comparator<? super T> first,
      Comparator<? super T> second) {
    return ((Comparator<T>) first).thenComparing((Comparator<T>) second);
  }
}
