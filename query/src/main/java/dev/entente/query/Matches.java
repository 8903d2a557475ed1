package dev.entente.query;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * The positions in one index of the items that meet a condition, found in ascending order only as
 * far as they are asked for. The condition's conjuncts that the index answers become sources of
 * positions, those it can test from a column (a date range) tests of positions; the rest is tested
 * item by item. The first page of a query reads the postings only
 * up to its last result, and a count of exact index keys ANDs their bitsets word by word and
 * counts the bits, never listing a position.
 */
final class Matches {
  private final Index<?> index;
  /** Ascending by size; empty when the index cannot narrow the search. */
  private final Source[] sources;
  /** Tests of positions that read index columns, not items (a date range). */
  private final IntPredicate[] tests;
  /** What the sources and tests leave to test on the items; {@link Condition#always()} if nothing. */
  private final Condition<?> residual;

  private Matches(Index<?> index, Source[] sources, IntPredicate[] tests, Condition<?> residual) {
    this.index = index;
    this.sources = sources;
    this.tests = tests;
    this.residual = residual;
  }

  /** The matches of {@code condition} in {@code index}. */
  @SuppressWarnings("unchecked") // conditions of one query all read the index's item type
  static Matches of(Corpus corpus, Index<?> index, Condition<?> condition) {
    List<Condition<?>> conjuncts = new ArrayList<>();
    condition.addConjuncts(conjuncts);
    List<Source> sources = new ArrayList<>();
    List<IntPredicate> tests = new ArrayList<>();
    Condition<Object> residual = Condition.always();
    for (Condition<?> conjunct : conjuncts) {
      Source source = conjunct.source(corpus, index);
      Condition<?> left = conjunct;
      if (source != null) {
        sources.add(source);
        left = conjunct.residual(index);
      }
      IntPredicate test = left.isAlways() ? null : conjunct.positionTest(index);
      if (test != null) {
        tests.add(test);
      } else {
        residual = residual.and((Condition<Object>) left);
      }
    }
    if (sources.size() >= 2 && sources.stream().allMatch(s -> s.canHaveBits(index))) {
      for (int k = 0; k < sources.size(); k++) {
        sources.set(k, sources.get(k).withMiddlingBits(index));
      }
    }
    sources.sort(Comparator.comparingInt(s -> s.size));
    return new Matches(index, sources.toArray(new Source[0]), tests.toArray(new IntPredicate[0]),
        residual);
  }

  /**
   * The one posting list that is exactly the matches (a query of one exact index key), or null.
   */
  int[] exactList() {
    return sources.length == 1 && untested() && sources[0].parts.length == 1
        ? sources[0].parts[0] : null;
  }

  /** Whether every position matches (no condition at all). */
  boolean all() {
    return sources.length == 0 && untested();
  }

  /** Whether every position the sources give is a match. */
  private boolean untested() {
    return tests.length == 0 && residual.isAlways();
  }

  /** The number of matches, counting no further than {@code max}. */
  int count(int max) {
    if (untested()) {
      if (sources.length == 0) {
        return Math.min(index.size(), max);
      }
      if (sources.length == 1 && sources[0].parts.length == 1) {
        return Math.min(sources[0].size, max);
      }
      if (wordWise()) {
        return countWords(max);
      }
    }
    return forEach(max, position -> { });
  }

  /** The positions of the first {@code max} matches, ascending. */
  int[] positions(int max) {
    int[] exact = exactList();
    if (exact != null) {
      return exact.length <= max ? exact : Arrays.copyOf(exact, max);
    }
    Collected collected = new Collected(
        Math.min(max, sources.length == 0 ? index.size() : sources[0].size));
    forEach(max, collected);
    return collected.toArray();
  }

  /** Positions gathered into an array that grows by doubling, up to a known bound. */
  private static final class Collected implements IntConsumer {
    private final int bound;
    private int[] values;
    private int size;

    Collected(int bound) {
      this.bound = bound;
      this.values = new int[Math.min(bound, 64)];
    }

    @Override
    public void accept(int position) {
      if (size == values.length) {
        values = Arrays.copyOf(values, (int) Math.min((long) size * 2, bound));
      }
      values[size++] = position;
    }

    int[] toArray() {
      return size == values.length ? values : Arrays.copyOf(values, size);
    }
  }

  /** Feeds the first {@code max} matching positions, ascending, to {@code sink}; returns how many. */
  int forEach(int max, IntConsumer sink) {
    if (max <= 0) {
      return 0;
    }
    if (sources.length == 0) {
      return forEachOfAll(max, sink);
    }
    if (wordWise()) {
      return forEachWord(max, sink);
    }
    return forEachDriven(max, sink);
  }

  /**
   * Whether to AND bitsets word by word: when two or more sources all have bitsets. Each is then
   * at least 1/{@value Index#DENSE} of the positions, so walking the shortest list and probing the
   * others would read at least as many ints as there are words.
   */
  private boolean wordWise() {
    if (sources.length < 2) {
      return false;
    }
    for (Source source : sources) {
      if (source.bits == null) {
        return false;
      }
    }
    return true;
  }

  private boolean accepts(int position) {
    for (IntPredicate test : tests) {
      if (!test.test(position)) {
        return false;
      }
    }
    return residual.isAlways() || residual.matches(index.hit(position));
  }

  private int forEachOfAll(int max, IntConsumer sink) {
    boolean test = !untested();
    int found = 0;
    for (int position = 0, size = index.size(); position < size; position++) {
      if (!test || accepts(position)) {
        sink.accept(position);
        if (++found == max) {
          break;
        }
      }
    }
    return found;
  }

  private int forEachWord(int max, IntConsumer sink) {
    boolean test = !untested();
    int words = (index.size() + 31) >>> 5;
    Words and = new Words(sources);
    int[] block = new int[Math.min(words, Words.BLOCK)];
    int found = 0;
    for (int from = 0; from < words; from += Words.BLOCK) {
      int n = Math.min(Words.BLOCK, words - from);
      and.fill(from, n, block);
      for (int i = 0; i < n; i += 8) {
        if (i + 8 <= n && (block[i] | block[i + 1] | block[i + 2] | block[i + 3] | block[i + 4]
            | block[i + 5] | block[i + 6] | block[i + 7]) == 0) {
          continue; // eight empty words at one test: most words are empty in a selective AND
        }
        for (int j = i, end = Math.min(n, i + 8); j < end; j++) {
          int word = block[j];
          while (word != 0) {
            int position = ((from + j) << 5) + Integer.numberOfTrailingZeros(word);
            word &= word - 1;
            if (!test || accepts(position)) {
              sink.accept(position);
              if (++found == max) {
                return found;
              }
            }
          }
        }
      }
    }
    return found;
  }

  private int countWords(int max) {
    int words = (index.size() + 31) >>> 5;
    Words and = new Words(sources);
    int count = 0;
    for (int from = 0; from < words && count < max; from += Words.BLOCK) {
      count += and.count(from, Math.min(Words.BLOCK, words - from));
    }
    return Math.min(count, max);
  }

  /**
   * The AND of two or more sources' bitsets, a block of words at a time. Each case is its own
   * loop without calls (two or three single lists, the usual conjunction of index keys, or any
   * sources), so the compiler keeps every loop tight, and turns it into vector instructions,
   * whichever queries ran before.
   */
  private static final class Words {
    /** Words per block: 8 KB of each bitset, so that a block of the AND stays in the L1 cache. */
    static final int BLOCK = 2048;
    private final Source[] sources;
    private final boolean singles;
    /** The block of the AND when counting the general case, and of a union being ANDed. */
    private int[] block;
    private int[] union;

    Words(Source[] sources) {
      this.sources = sources;
      boolean all = true;
      for (Source source : sources) {
        all &= source.single();
      }
      this.singles = all;
    }

    /**
     * The number of bits set in words {@code from .. from + n} of the AND. Two or three single
     * lists are ANDed and counted in one pass, nothing written.
     */
    int count(int from, int n) {
      int count = 0;
      int to = from + n;
      if (singles && sources.length == 3) {
        int[] a = sources[0].bits[0];
        int[] b = sources[1].bits[0];
        int[] c = sources[2].bits[0];
        for (int i = from; i < to; i++) {
          count += Integer.bitCount(a[i] & b[i] & c[i]);
        }
      } else if (singles && sources.length == 2) {
        int[] a = sources[0].bits[0];
        int[] b = sources[1].bits[0];
        for (int i = from; i < to; i++) {
          count += Integer.bitCount(a[i] & b[i]);
        }
      } else {
        if (block == null) {
          block = new int[BLOCK];
        }
        int[] and = block;
        fill(from, n, and);
        for (int i = 0; i < n; i++) {
          count += Integer.bitCount(and[i]);
        }
      }
      return count;
    }

    /** Sets {@code into[0 .. n)} to the words {@code from .. from + n} of the AND. */
    void fill(int from, int n, int[] into) {
      if (singles && sources.length == 3) {
        int[] a = sources[0].bits[0];
        int[] b = sources[1].bits[0];
        int[] c = sources[2].bits[0];
        for (int i = 0; i < n; i++) {
          into[i] = a[from + i] & b[from + i] & c[from + i];
        }
      } else if (singles && sources.length == 2) {
        int[] a = sources[0].bits[0];
        int[] b = sources[1].bits[0];
        for (int i = 0; i < n; i++) {
          into[i] = a[from + i] & b[from + i];
        }
      } else {
        Arrays.fill(into, 0, n, -1);
        for (Source source : sources) {
          int[][] bits = source.bits;
          if (bits.length == 0) { // a union of no lists
            Arrays.fill(into, 0, n, 0);
            continue;
          }
          int[] a = bits[0];
          if (bits.length == 1) {
            for (int i = 0; i < n; i++) {
              into[i] &= a[from + i];
            }
            continue;
          }
          if (union == null) {
            union = new int[BLOCK];
          }
          int[] any = union;
          System.arraycopy(a, from, any, 0, n);
          for (int k = 1; k < bits.length; k++) {
            int[] b = bits[k];
            for (int i = 0; i < n; i++) {
              any[i] |= b[from + i];
            }
          }
          for (int i = 0; i < n; i++) {
            into[i] &= any[i];
          }
        }
      }
    }
  }

  /**
   * Walks the shortest source's positions; each other source is probed by its bitsets or, without
   * them, by cursors through its lists.
   */
  private int forEachDriven(int max, IntConsumer sink) {
    boolean test = !untested();
    int[] driver = sources[0].list();
    List<int[][]> byBits = new ArrayList<>();
    List<Probe[]> byCursor = new ArrayList<>();
    for (int k = 1; k < sources.length; k++) {
      if (sources[k].bits != null) {
        byBits.add(sources[k].bits);
      } else {
        byCursor.add(sources[k].probes());
      }
    }
    int[][][] bits = byBits.toArray(new int[0][][]);
    Probe[][] cursors = byCursor.toArray(new Probe[0][]);
    int found = 0;
    next:
    for (int position : driver) {
      int w = position >>> 5;
      int mask = 1 << position;
      for (int[][] alternatives : bits) {
        int word = 0;
        for (int[] b : alternatives) {
          word |= b[w];
        }
        if ((word & mask) == 0) {
          continue next;
        }
      }
      for (Probe[] alternatives : cursors) {
        if (!Probe.any(alternatives, position)) {
          continue next;
        }
      }
      if (!test || accepts(position)) {
        sink.accept(position);
        if (++found == max) {
          break;
        }
      }
    }
    return found;
  }

  /**
   * The positions of one conjunct: one posting list, or the union of several (a range of years,
   * a set of strengths), with the lists' bitsets where every list has one.
   */
  static final class Source {
    final int size;
    private final int[][] parts;
    private final int[][] bits;
    /** Whether the parts are the index's own posting lists, which may be given bitsets. */
    private final boolean postings;
    private int[] list;

    private Source(int[][] parts, int[][] bits, boolean postings) {
      this.parts = parts;
      this.bits = bits;
      this.postings = postings;
      long total = 0;
      for (int[] part : parts) {
        total += part.length;
      }
      this.size = (int) Math.min(total, Integer.MAX_VALUE);
    }

    /** The positions of {@code list}, any ascending list of positions in {@code index}. */
    static Source of(Index<?> index, int[] list) {
      int[] words = index.bitsOf(list);
      return new Source(new int[][] {list}, words == null ? null : new int[][] {words}, false);
    }

    /** The positions of {@code list}, one of the posting lists of {@code index}. */
    static Source ofPostings(Index<?> index, int[] list) {
      int[] words = index.bitsOf(list);
      return new Source(new int[][] {list}, words == null ? null : new int[][] {words}, true);
    }

    /** The positions in any of {@code lists}, posting lists of {@code index}. */
    static Source union(Index<?> index, List<int[]> lists) {
      List<int[]> parts = new ArrayList<>();
      List<int[]> words = new ArrayList<>();
      for (int[] list : lists) {
        if (list.length > 0) {
          parts.add(list);
          words.add(index.bitsOf(list));
        }
      }
      boolean dense = !words.contains(null);
      return new Source(parts.toArray(new int[0][]), dense ? words.toArray(new int[0][]) : null,
          true);
    }

    /**
     * This source with bitsets for its lists of middling density too (see
     * {@link Index#bitsOfMiddling}), or this one if it has its bitsets or some list cannot have one.
     */
    Source withMiddlingBits(Index<?> index) {
      if (bits != null || !postings) {
        return this;
      }
      int[][] words = new int[parts.length][];
      for (int k = 0; k < parts.length; k++) {
        words[k] = index.bitsOfMiddling(parts[k]);
        if (words[k] == null) {
          return this;
        }
      }
      return new Source(parts, words, true);
    }

    /** Whether this source has bitsets, or could have them made for its middling posting lists. */
    boolean canHaveBits(Index<?> index) {
      if (bits != null) {
        return true;
      }
      if (!postings) {
        return false;
      }
      for (int[] part : parts) {
        if (index.bitsOf(part) == null && !index.middling(part)) {
          return false;
        }
      }
      return true;
    }

    boolean single() {
      return parts.length == 1;
    }

    /** The positions, ascending; a union is merged on first use. */
    int[] list() {
      if (list == null) {
        list = parts.length == 0 ? Postings.EMPTY
            : parts.length == 1 ? parts[0] : Postings.union(Arrays.asList(parts));
      }
      return list;
    }

    /** A cursor through each list, for probing in ascending order. */
    Probe[] probes() {
      Probe[] probes = new Probe[parts.length];
      for (int k = 0; k < parts.length; k++) {
        probes[k] = new Probe(parts[k]);
      }
      return probes;
    }
  }

  /**
   * Answers "is this position in the list?" for ascending positions, by a cursor that gallops
   * forward through the list.
   */
  private static final class Probe {
    private final int[] list;
    private int from;

    Probe(int[] list) {
      this.list = list;
    }

    static boolean any(Probe[] probes, int position) {
      for (Probe probe : probes) {
        if (probe.contains(position)) {
          return true;
        }
      }
      return false;
    }

    boolean contains(int position) {
      int step = 1;
      int hi = from;
      while (hi < list.length && list[hi] < position) {
        from = hi + 1;
        hi += step;
        step <<= 1;
      }
      int at = Arrays.binarySearch(list, from, Math.min(hi + 1, list.length), position);
      if (at >= 0) {
        from = at + 1;
        return true;
      }
      from = -at - 1;
      return false;
    }
  }

  /**
   * Items (or hits) at some positions of an index, read when asked for: what {@code toList()} and
   * {@code hits()} return. Unmodifiable; equal to any list of the same elements in the same order.
   */
  static final class View<E> extends AbstractList<E> implements RandomAccess {
    private final Index<?> index;
    private final int[] positions;
    private final boolean hits;

    View(Index<?> index, int[] positions, boolean hits) {
      this.index = index;
      this.positions = positions;
      this.hits = hits;
    }

    @Override
    @SuppressWarnings("unchecked") // E is the index's item type, or Hit of it
    public E get(int i) {
      Hit<?> hit = index.hit(positions[java.util.Objects.checkIndex(i, positions.length)]);
      return (E) (hits ? hit : hit.item());
    }

    @Override
    public int size() {
      return positions.length;
    }
  }
}
