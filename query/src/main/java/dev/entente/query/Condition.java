package dev.entente.query;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.entente.model.EdtfDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A test on the items of one kind, composable with {@link #and}, {@link #or} and {@link #not}.
 * Conditions are immutable values, independent of any corpus, so they can be kept as constants
 * and reused. The ones made by {@link Where} are answered from the corpus indexes; those made by
 * {@link #of(Predicate)} are evaluated item by item.
 *
 * <pre>{@code
 * Condition<Event> inCentralAsia = Where.at("Астана").or(Where.at("Ташкент"));
 * corpus.events().where(inCentralAsia.and(Where.planned())).toList();
 * }</pre>
 *
 * <p>{@link #always()} is the identity of {@code and}, {@link #never()} that of {@code or}, which
 * keeps dynamically built queries simple ({@code Condition<Statement> c = Condition.always();}
 * then {@code c = c.and(…)} for each filter the user picked).
 *
 * @param <T> the item type: {@code Statement}, {@code Event}, {@code Document}, …
 */
public abstract class Condition<T> {
  private static final Condition<Object> ALWAYS = new Constant<>(true);
  private static final Condition<Object> NEVER = new Constant<>(false);

  // Package-private: the set of condition kinds is closed, because the index has to understand them.
  Condition() {}

  /** The condition that every item meets: the identity of {@link #and}. */
  @SuppressWarnings("unchecked")
  public static <T> Condition<T> always() {
    return (Condition<T>) ALWAYS;
  }

  /** The condition that no item meets: the identity of {@link #or}. */
  @SuppressWarnings("unchecked")
  public static <T> Condition<T> never() {
    return (Condition<T>) NEVER;
  }

  /**
   * A condition from any predicate on the item; it is evaluated on every item of the corpus, so
   * prefer {@link Where}'s conditions where one fits.
   *
   * <pre>{@code
   * Condition<Statement> long = Condition.of(s -> s.end() - s.start() > 400);
   * }</pre>
   */
  public static <T> Condition<T> of(Predicate<? super T> predicate) {
    checkNotNull(predicate, "predicate == null");
    return new Leaf<>("where(predicate)", hit -> predicate.test(hit.item()), null);
  }

  /**
   * A condition from a predicate on the hit, for tests that need the item's document.
   *
   * <pre>{@code
   * Condition<Event> inSignatoryState = Condition.onHit(hit -> hit.item().place()
   *     .flatMap(Place::country).map(hit.document().signatories()::contains).orElse(false));
   * }</pre>
   */
  public static <T> Condition<T> onHit(Predicate<? super Hit<T>> predicate) {
    checkNotNull(predicate, "predicate == null");
    return new Leaf<>("whereHit(predicate)", predicate, null);
  }

  /** The condition met by the items that meet both this and {@code other}. */
  public final Condition<T> and(Condition<? super T> other) {
    checkNotNull(other, "other == null");
    if (this == ALWAYS || other == NEVER) {
      return cast(other);
    }
    if (other == ALWAYS || this == NEVER) {
      return this;
    }
    return new And<>(this, other);
  }

  /** The condition met by the items that meet this, {@code other}, or both. */
  public final Condition<T> or(Condition<? super T> other) {
    checkNotNull(other, "other == null");
    if (this == NEVER || other == ALWAYS) {
      return cast(other);
    }
    if (other == NEVER || this == ALWAYS) {
      return this;
    }
    return new Or<>(this, other);
  }

  /** The condition met by exactly the items that do not meet this one. */
  public Condition<T> not() {
    if (this == ALWAYS) {
      return never();
    }
    if (this == NEVER) {
      return always();
    }
    return new Not<>(this);
  }

  /** Whether this is {@link #always()}, which a query prints as no condition at all. */
  final boolean isAlways() {
    return this == ALWAYS;
  }

  /** Whether {@code hit} meets this condition. */
  public final boolean test(Hit<? extends T> hit) {
    checkNotNull(hit, "hit == null");
    return matches(hit);
  }

  /** The evaluation proper; hits reach it already checked for null. */
  abstract boolean matches(Hit<?> hit);

  /**
   * The positions in {@code index} of a superset of the matching hits, ascending, or null when
   * the index cannot narrow the search and every hit has to be tested.
   */
  abstract int[] candidates(Corpus corpus, Index<?> index);

  /** Whether {@link #candidates} are exactly the matching hits, so testing them can be skipped. */
  abstract boolean exactIn(Index<?> index);

  /**
   * The candidates as a source of positions for {@link Matches}, which reads them lazily; null
   * when the index cannot narrow the search.
   */
  Matches.Source source(Corpus corpus, Index<?> index) {
    int[] candidates = candidates(corpus, index);
    return candidates == null ? null : Matches.Source.of(index, candidates);
  }

  /**
   * An exact test of this condition on the item at a position that reads index columns instead of
   * the item, or null.
   */
  java.util.function.IntPredicate positionTest(Index<?> index) {
    return null;
  }

  /** Adds the conditions whose conjunction this is (just this one, unless it is an {@code and}). */
  void addConjuncts(List<Condition<?>> out) {
    out.add(this);
  }

  /**
   * What is left to test of the candidates from {@code index}: the conjuncts whose candidates are
   * not exact. Exact parts of a conjunction were already enforced by the intersection.
   */
  Condition<?> residual(Index<?> index) {
    return exactIn(index) ? ALWAYS : this;
  }

  @SuppressWarnings("unchecked")
  static <T> Condition<T> cast(Condition<? super T> condition) {
    // Safe: a condition only ever reads items of a supertype of T.
    return (Condition<T>) condition;
  }

  /** {@link #always()} and {@link #never()}. */
  private static final class Constant<T> extends Condition<T> {
    private final boolean value;

    Constant(boolean value) {
      this.value = value;
    }

    @Override
    boolean matches(Hit<?> hit) {
      return value;
    }

    @Override
    int[] candidates(Corpus corpus, Index<?> index) {
      return value ? null : Postings.EMPTY;
    }

    @Override
    boolean exactIn(Index<?> index) {
      return true;
    }

    @Override
    public String toString() {
      return value ? "always" : "never";
    }
  }

  /**
   * A primitive test, with an optional way to ask the index for its candidates.
   */
  static final class Leaf<T> extends Condition<T> {
    private final String description;
    private final Predicate<Hit<?>> test;
    private final IndexLookup lookup;

    @SuppressWarnings("unchecked")
    Leaf(String description, Predicate<? super Hit<T>> test, IndexLookup lookup) {
      this.description = description;
      // Safe: the public factories only hand a leaf to queries over items of type T.
      this.test = (Predicate<Hit<?>>) (Predicate<?>) test;
      this.lookup = lookup;
    }

    @Override
    boolean matches(Hit<?> hit) {
      return test.test(hit);
    }

    @Override
    int[] candidates(Corpus corpus, Index<?> index) {
      return lookup == null ? null : lookup.candidates(corpus, index);
    }

    @Override
    boolean exactIn(Index<?> index) {
      return lookup != null && lookup.exactIn(index);
    }

    @Override
    Matches.Source source(Corpus corpus, Index<?> index) {
      return lookup == null ? null : lookup.source(corpus, index);
    }

    @Override
    java.util.function.IntPredicate positionTest(Index<?> index) {
      return lookup == null ? null : lookup.positionTest(index);
    }

    @Override
    public String toString() {
      return description;
    }
  }

  /** How a leaf asks an index for candidates; null means "cannot say". */
  interface IndexLookup {
    int[] candidates(Corpus corpus, Index<?> index);

    /**
     * Whether the candidates are exactly the hits that meet the leaf's test in {@code index}, so
     * that they need no testing. True only where the index keys mirror the test.
     */
    default boolean exactIn(Index<?> index) {
      return false;
    }

    /** An exact test of the leaf by position, from index columns; null if there is none. */
    default java.util.function.IntPredicate positionTest(Index<?> index) {
      return null;
    }

    /**
     * The items dated (at least in part) within {@code [from, to]}: candidates from the year
     * buckets, each tested against the index's column of first and last days, unless its bit is
     * set in the bucket of a year wholly inside the range: such an item has a day in that year.
     * That bit sits in a bitset the AND has just read, while the column's entry is a cache miss.
     */
    static IndexLookup dateRange(LocalDate from, LocalDate to,
        Function<Object, java.util.Optional<EdtfDate>> date) {
      IndexLookup years = anyOf(Fields.YEAR, index -> Dates.buckets(from, to), false);
      return new IndexLookup() {
        @Override
        public int[] candidates(Corpus corpus, Index<?> index) {
          return years.candidates(corpus, index);
        }

        @Override
        public Matches.Source source(Corpus corpus, Index<?> index) {
          return years.source(corpus, index);
        }

        @Override
        public java.util.function.IntPredicate positionTest(Index<?> index) {
          Index.DateColumn dates = index.dates(date);
          if (dates == null) {
            return null;
          }
          java.util.function.IntPredicate overlapping = dates.overlapping(from, to);
          int[][] inside = bitsOfYearsInside(index);
          if (inside.length == 0) {
            return overlapping;
          }
          return position -> {
            int w = position >>> 5;
            int bit = 1 << position;
            for (int[] bits : inside) {
              if ((bits[w] & bit) != 0) {
                return true;
              }
            }
            return overlapping.test(position);
          };
        }

        /**
         * The bitsets of the buckets of the years wholly inside the range; none when there are
         * more than a few, or some bucket has no bitset (its list would have to be searched).
         */
        private int[][] bitsOfYearsInside(Index<?> index) {
          List<Integer> years = Dates.yearsInside(from, to);
          if (years.size() > 4 || !index.indexes(Fields.YEAR)) {
            return new int[0][];
          }
          List<int[]> bits = new ArrayList<>();
          for (int year : years) {
            int[] list = index.postings(Fields.YEAR, year);
            if (list.length > 0) {
              int[] words = index.bitsOfMiddling(list);
              if (words == null) {
                return new int[0][];
              }
              bits.add(words);
            }
          }
          return bits.toArray(new int[0][]);
        }
      };
    }

    /** The candidates as a source of positions, or null. */
    default Matches.Source source(Corpus corpus, Index<?> index) {
      int[] candidates = candidates(corpus, index);
      return candidates == null ? null : Matches.Source.of(index, candidates);
    }

    /** The postings of {@code field = value}; exact wherever the field is indexed. */
    static IndexLookup field(String field, Object value) {
      return new IndexLookup() {
        @Override
        public int[] candidates(Corpus corpus, Index<?> index) {
          return index.postings(field, value);
        }

        @Override
        public Matches.Source source(Corpus corpus, Index<?> index) {
          int[] postings = index.postings(field, value);
          return postings == null ? null : Matches.Source.ofPostings(index, postings);
        }

        @Override
        public boolean exactIn(Index<?> index) {
          return index.indexes(field);
        }
      };
    }

    /**
     * The union of the postings of {@code field} for each of {@code values}, or null if
     * {@code values} gives null (too many to be worth it); exact only if {@code exact}.
     */
    static IndexLookup anyOf(String field, Function<Index<?>, List<?>> values, boolean exact) {
      return new IndexLookup() {
        @Override
        public int[] candidates(Corpus corpus, Index<?> index) {
          List<int[]> lists = postingsOf(index);
          return lists == null ? null : Postings.union(lists);
        }

        @Override
        public Matches.Source source(Corpus corpus, Index<?> index) {
          List<int[]> lists = postingsOf(index);
          return lists == null ? null : Matches.Source.union(index, lists);
        }

        private List<int[]> postingsOf(Index<?> index) {
          List<?> keys = values.apply(index);
          if (keys == null) {
            return null;
          }
          List<int[]> lists = new ArrayList<>();
          for (Object key : keys) {
            int[] postings = index.postings(field, key);
            if (postings == null) {
              return null;
            }
            lists.add(postings);
          }
          return lists;
        }

        @Override
        public boolean exactIn(Index<?> index) {
          return exact && index.indexes(field);
        }
      };
    }
  }

  private static final class And<T> extends Condition<T> {
    private final Condition<?> left;
    private final Condition<?> right;

    And(Condition<?> left, Condition<?> right) {
      this.left = left;
      this.right = right;
    }

    @Override
    boolean matches(Hit<?> hit) {
      return left.matches(hit) && right.matches(hit);
    }

    @Override
    int[] candidates(Corpus corpus, Index<?> index) {
      // Intersect the known lists of the whole conjunction shortest first, so every step is as
      // cheap as it can be; conjuncts the index cannot answer are left to matches().
      List<int[]> lists = new ArrayList<>();
      collect(this, corpus, index, lists);
      if (lists.isEmpty()) {
        return null;
      }
      lists.sort(Comparator.comparingInt(list -> list.length));
      int[] dense = denseIntersection(lists, index);
      if (dense != null) {
        return dense;
      }
      int[] result = lists.get(0);
      for (int i = 1; i < lists.size() && result.length > 0; i++) {
        result = Postings.intersect(result, lists.get(i));
      }
      return result;
    }

    /**
     * With two or more dense lists: AND their bitsets word by word, then keep the positions of the
     * sparse lists (shortest first) that are set, or list the set bits; null when there are fewer
     * than two dense lists.
     */
    private static int[] denseIntersection(List<int[]> lists, Index<?> index) {
      List<int[]> dense = new ArrayList<>();
      List<int[]> sparse = new ArrayList<>();
      for (int[] list : lists) {
        int[] words = index.bitsOf(list);
        if (words != null) {
          dense.add(words);
        } else {
          sparse.add(list);
        }
      }
      if (dense.size() < 2) {
        return null;
      }
      int[] and = dense.get(0).clone();
      for (int k = 1; k < dense.size(); k++) {
        int[] other = dense.get(k);
        for (int w = 0; w < and.length; w++) {
          and[w] &= other[w];
        }
      }
      if (!sparse.isEmpty()) {
        int[] result = sparse.get(0);
        int[] kept = new int[result.length];
        int n = 0;
        for (int position : result) {
          if ((and[position >>> 5] & (1 << position)) != 0) {
            kept[n++] = position;
          }
        }
        result = java.util.Arrays.copyOf(kept, n);
        for (int i = 1; i < sparse.size() && result.length > 0; i++) {
          result = Postings.intersect(result, sparse.get(i));
        }
        return result;
      }
      int count = 0;
      for (int word : and) {
        count += Integer.bitCount(word);
      }
      int[] result = new int[count];
      int n = 0;
      for (int w = 0; w < and.length; w++) {
        int word = and[w];
        while (word != 0) {
          result[n++] = (w << 5) + Integer.numberOfTrailingZeros(word);
          word &= word - 1;
        }
      }
      return result;
    }

    @Override
    void addConjuncts(List<Condition<?>> out) {
      left.addConjuncts(out);
      right.addConjuncts(out);
    }

    @Override
    Condition<?> residual(Index<?> index) {
      if (exactIn(index)) {
        return ALWAYS;
      }
      Condition<?> l = left.residual(index);
      Condition<?> r = right.residual(index);
      if (l == ALWAYS) {
        return r;
      }
      return r == ALWAYS ? l : new And<>(l, r);
    }

    private static void collect(Condition<?> condition, Corpus corpus, Index<?> index,
        List<int[]> lists) {
      if (condition instanceof And) {
        collect(((And<?>) condition).left, corpus, index, lists);
        collect(((And<?>) condition).right, corpus, index, lists);
      } else {
        int[] list = condition.candidates(corpus, index);
        if (list != null) {
          lists.add(list);
        }
      }
    }

    @Override
    boolean exactIn(Index<?> index) {
      return left.exactIn(index) && right.exactIn(index);
    }

    @Override
    public String toString() {
      return "(" + left + " and " + right + ")";
    }
  }

  private static final class Or<T> extends Condition<T> {
    private final Condition<?> left;
    private final Condition<?> right;

    Or(Condition<?> left, Condition<?> right) {
      this.left = left;
      this.right = right;
    }

    @Override
    boolean matches(Hit<?> hit) {
      return left.matches(hit) || right.matches(hit);
    }

    @Override
    int[] candidates(Corpus corpus, Index<?> index) {
      int[] a = left.candidates(corpus, index);
      if (a == null) {
        return null;
      }
      int[] b = right.candidates(corpus, index);
      return b == null ? null : Postings.union(List.of(a, b));
    }

    @Override
    boolean exactIn(Index<?> index) {
      return left.exactIn(index) && right.exactIn(index);
    }

    @Override
    public String toString() {
      return "(" + left + " or " + right + ")";
    }
  }

  private static final class Not<T> extends Condition<T> {
    private final Condition<T> operand;

    Not(Condition<T> operand) {
      this.operand = operand;
    }

    @Override
    public Condition<T> not() {
      return operand;
    }

    @Override
    boolean matches(Hit<?> hit) {
      return !operand.matches(hit);
    }

    @Override
    int[] candidates(Corpus corpus, Index<?> index) {
      // A complement of postings is rarely selective; test every hit instead.
      return null;
    }

    @Override
    boolean exactIn(Index<?> index) {
      return false;
    }

    @Override
    public String toString() {
      return "not " + operand;
    }
  }
}
