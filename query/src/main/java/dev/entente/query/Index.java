package dev.entente.query;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.entente.model.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Every item of one kind in a corpus, document by document in the corpus order, with postings
 * lists from {@code (field, value)} to the positions of the items that have it. Items of one
 * document are contiguous, so a set of documents maps to ranges of positions.
 */
final class Index<T> {
  /** Emits the {@code (field, value)} keys under which an item is found. */
  @FunctionalInterface
  interface Keys<T> {
    void of(Document document, T item, BiConsumer<String, Object> sink);
  }

  // Items and their documents' positions, not Hit objects: a Hit is made when a query reads one
  // (a corpus of 100,000 documents has millions of items; each Hit kept was 24 bytes more to make,
  // hold and have the collector copy).
  private final List<Document> documents;
  private final Object[] items;
  private final int[] documentOf;
  private final int[] documentStart;
  private final ImmutableMap<String, Map<Object, int[]>> postings;
  /**
   * Bitsets beside the dense posting lists (at least 1/{@value #DENSE} of the items), keyed by the
   * list itself: a conjunction of dense keys is a word-wise AND, not a merge of long lists. Words
   * are 32-bit {@code int}s (see {@link #bitset}).
   */
  private final Map<int[], int[]> bits = new java.util.IdentityHashMap<>();

  /**
   * The value of a field that no item has twice, by position: counting results by it reads an
   * array instead of every result's item.
   */
  static final class Column {
    /** The field's values; {@link #ordinals} index into it. */
    final Object[] values;
    /** The number of each item's value, or -1 for an item without one. */
    final int[] ordinals;

    /** Tallies kept per dense posting list (by identity), made on first use. */
    private final Map<int[], Tally> talliesOfLists =
        java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private volatile Tally tallyOfAll;

    private Column(Object[] values, int[] ordinals) {
      this.values = values;
      this.ordinals = ordinals;
    }

    /** The tally over the positions that {@code positions} feeds to its argument, ascending. */
    Tally tally(java.util.function.Consumer<java.util.function.IntConsumer> positions) {
      long[] tallies = new long[values.length];
      int[] firstSeen = new int[values.length];
      int[] seen = {0, 0}; // distinct values seen, items without a value
      positions.accept(position -> {
        int value = ordinals[position];
        if (value < 0) {
          seen[1]++;
        } else if (tallies[value]++ == 0) {
          firstSeen[seen[0]++] = value;
        }
      });
      int[] order = java.util.Arrays.copyOf(firstSeen, seen[0]);
      long[] counts = new long[order.length];
      for (int k = 0; k < order.length; k++) {
        counts[k] = tallies[order[k]];
      }
      return new Tally(order, counts, seen[1] > 0);
    }

    /** The tally over every position, counted once. */
    Tally tallyOfAll() {
      Tally tally = tallyOfAll;
      if (tally == null) {
        tallyOfAll = tally = tally(sink -> {
          for (int position = 0; position < ordinals.length; position++) {
            sink.accept(position);
          }
        });
      }
      return tally;
    }

    /** The tally over the positions of {@code list}, a posting list; counted once per list. */
    Tally tallyOf(int[] list) {
      return talliesOfLists.computeIfAbsent(list, l -> tally(sink -> {
        for (int position : l) {
          sink.accept(position);
        }
      }));
    }
  }

  /** How many of some positions have each value of a {@link Column}. */
  static final class Tally {
    /** The numbers of the values present, in order of their first position. */
    final int[] order;
    /** How many positions have each value of {@link #order}. */
    final long[] counts;
    /** Whether some position has no value. */
    final boolean missing;

    Tally(int[] order, long[] counts, boolean missing) {
      this.order = order;
      this.counts = counts;
      this.missing = missing;
    }
  }

  private final Map<String, java.util.Optional<Column>> columns = new java.util.concurrent.ConcurrentHashMap<>();

  /** The column of {@code field}, made on first use; null if it is not indexed or some item has two values. */
  Column column(String field) {
    return columns.computeIfAbsent(field, f -> java.util.Optional.ofNullable(makeColumn(f))).orElse(null);
  }

  private Column makeColumn(String field) {
    Map<Object, int[]> byValue = postings.get(field);
    if (byValue == null) {
      return null;
    }
    Object[] values = byValue.keySet().toArray();
    int[] ordinals = new int[size()];
    java.util.Arrays.fill(ordinals, -1);
    for (int v = 0; v < values.length; v++) {
      for (int position : byValue.get(values[v])) {
        if (ordinals[position] >= 0) {
          return null;
        }
        ordinals[position] = v;
      }
    }
    return new Column(values, ordinals);
  }

  /**
   * Each item's date as the epoch days of its first and last day, so that a date range is tested
   * on an int array instead of on the items. The two days of an item sit side by side, so a test
   * reads one cache line, not one in each of two arrays: the matches a range is tested on are
   * scattered over millions of items, and each read is a miss.
   */
  static final class DateColumn {
    /** First and last day of position {@code p} at {@code 2p} and {@code 2p + 1}. */
    private final int[] days;

    private DateColumn(int[] days) {
      this.days = days;
    }

    /** The test "dated, at least in part, within {@code [from, to]}" by position. */
    java.util.function.IntPredicate overlapping(java.time.LocalDate from, java.time.LocalDate to) {
      long first = from.toEpochDay();
      long last = to.toEpochDay();
      int[] days = this.days;
      // An undated item has first day MAX_VALUE and last day MIN_VALUE: it overlaps nothing.
      return position -> days[2 * position + 1] >= first && days[2 * position] <= last;
    }
  }

  private volatile java.util.Optional<DateColumn> dates;

  /**
   * The date column of this index's items, {@code date} giving each item's date; made on first
   * use. Null if some date lies beyond the int range of epoch days, or the index holds more than
   * {@code Integer.MAX_VALUE / 2} items.
   */
  DateColumn dates(Function<Object, java.util.Optional<dev.entente.model.EdtfDate>> date) {
    java.util.Optional<DateColumn> made = dates;
    if (made == null) {
      dates = made = java.util.Optional.ofNullable(makeDates(date));
    }
    return made.orElse(null);
  }

  private DateColumn makeDates(
      Function<Object, java.util.Optional<dev.entente.model.EdtfDate>> date) {
    if (size() > Integer.MAX_VALUE / 2) {
      return null;
    }
    int[] days = new int[2 * size()];
    for (int position = 0; position < size(); position++) {
      java.util.Optional<dev.entente.model.EdtfDate> d = date.apply(items[position]);
      if (d.isEmpty()) {
        days[2 * position] = Integer.MAX_VALUE;
        days[2 * position + 1] = Integer.MIN_VALUE;
        continue;
      }
      long first = d.get().earliest().toEpochDay();
      long last = d.get().latest().toEpochDay();
      if (first <= Integer.MIN_VALUE || last >= Integer.MAX_VALUE) {
        return null;
      }
      days[2 * position] = (int) first;
      days[2 * position + 1] = (int) last;
    }
    return new DateColumn(days);
  }

  /** A list this share of the items or more gets a bitset. */
  static final int DENSE = 32;

  private Index(List<Document> documents, Object[] items, int[] documentOf, int[] documentStart,
      ImmutableMap<String, Map<Object, int[]>> postings) {
    this.documents = documents;
    this.items = items;
    this.documentOf = documentOf;
    this.documentStart = documentStart;
    this.postings = postings;
    int size = items.length;
    for (Map<Object, int[]> byValue : postings.values()) {
      for (int[] list : byValue.values()) {
        if (list.length > 0 && (long) list.length * DENSE >= size) {
          bits.put(list, bitset(list, size));
        }
      }
    }
  }

  /**
   * The bitset of the positions in {@code list} among {@code size}: bit {@code p & 31} of word
   * {@code p >>> 5} is set for each position {@code p}. Words are {@code int}s, not {@code long}s,
   * because Java 17's compiler turns a loop of {@code Integer.bitCount} into vector instructions
   * but not one of {@code Long.bitCount}: counting the AND of three bitsets of 5.9 million items
   * took 30 µs with {@code int} words and 51 µs with {@code long} words on this project's
   * machines (JDK 25 vectorises both, 22 µs).
   */
  static int[] bitset(int[] list, int size) {
    int[] words = new int[(size + 31) >>> 5];
    for (int position : list) {
      words[position >>> 5] |= 1 << position;
    }
    return words;
  }

  /** The bitset of a dense posting list this index returned, or null. */
  int[] bitsOf(int[] list) {
    return bits.get(list);
  }

  /**
   * Lists of at least 1/{@value #MIDDLING} of the items but fewer than 1/{@value #DENSE} get a
   * bitset only when a query ANDs them with dense lists, where walking the words of a few
   * bitsets costs less than probing them at each position of the list.
   */
  static final int MIDDLING = 256;
  /** At most this many bitsets are made on demand per index (memory: each is size/8 bytes). */
  static final int MADE_AT_MOST = 64;

  /**
   * Whether {@code list} is of middling density in an index large enough for bitsets made on
   * demand to pay (below 1024 items, probing a short list costs next to nothing).
   */
  boolean middling(int[] list) {
    return size() >= 1024 && (long) list.length * MIDDLING >= size();
  }

  private final Map<int[], int[]> made =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  /**
   * The bitset of {@code list}, one of this index's posting lists (never a list made by a query:
   * the bitset is kept for the list): the one made with the index, or one made now if the list is
   * {@linkplain #middling middling}; null if it is not, or {@value #MADE_AT_MOST} bitsets were
   * already made on demand.
   */
  int[] bitsOfMiddling(int[] list) {
    int[] words = bits.get(list);
    if (words != null || !middling(list)) {
      return words;
    }
    synchronized (made) {
      words = made.get(list);
      if (words == null && made.size() < MADE_AT_MOST) {
        words = bitset(list, size());
        made.put(list, words);
      }
      return words;
    }
  }

  /**
   * The index of {@code documents}' items. A large corpus is cut into runs of documents indexed on
   * every core, whose postings are then put end to end (positions grow with the documents, so the
   * lists stay sorted). {@code keys} gives each run its own {@link Keys}, which may therefore keep
   * what it computed for the document it visits last.
   */
  static <T> Index<T> build(List<Document> documents,
      Function<? super Document, ? extends List<? extends T>> items, ImmutableSet<String> fields,
      Supplier<? extends Keys<? super T>> keys) {
    return build(documents, items, fields, keys, runs(documents.size()));
  }

  /** The index of {@code documents}' items, built in {@code runs} runs of documents. */
  static <T> Index<T> build(List<Document> documents,
      Function<? super Document, ? extends List<? extends T>> items, ImmutableSet<String> fields,
      Supplier<? extends Keys<? super T>> keys, int runs) {
    String[] names = fields.toArray(new String[0]);
    List<Run<T>> built = runs == 1
        ? List.of(new Run<>(documents, 0, documents.size(), items, names, keys.get()))
        : IntStream.range(0, runs).parallel()
            .mapToObj(r -> new Run<T>(documents, (int) ((long) documents.size() * r / runs),
                (int) ((long) documents.size() * (r + 1) / runs), items, names, keys.get()))
            .collect(Collectors.toList());
    int size = built.stream().mapToInt(r -> r.size).sum();
    Object[] found = new Object[size];
    int[] documentOf = new int[size];
    int[] documentStart = new int[documents.size() + 1];
    int[] offsets = new int[built.size()];
    int offset = 0;
    for (int r = 0; r < built.size(); r++) {
      Run<T> run = built.get(r);
      offsets[r] = offset;
      for (int d = run.from; d < run.to; d++) {
        int start = offset + run.documentStart[d - run.from];
        int end = offset + (d + 1 < run.to ? run.documentStart[d + 1 - run.from] : run.size);
        documentStart[d] = start;
        java.util.Arrays.fill(documentOf, start, end, d);
      }
      System.arraycopy(run.found, 0, found, offset, run.size);
      offset += run.size;
    }
    documentStart[documents.size()] = offset;
    ImmutableMap.Builder<String, Map<Object, int[]>> postings = ImmutableMap.builder();
    for (int f = 0; f < names.length; f++) {
      postings.put(names[f], merge(built, f, offsets));
    }
    return new Index<>(documents, found, documentOf, documentStart, postings.build());
  }

  /**
   * The postings of field {@code f} over all runs: each key's list made once at its final length
   * and filled run by run (positions shifted by the run's offset), instead of one run's lists
   * grown to take in the next run's.
   */
  private static <T> Map<Object, int[]> merge(List<Run<T>> runs, int f, int[] offsets) {
    if (runs.size() == 1) {
      Map<Object, Postings.Builder> byValue = runs.get(0).postings[f];
      Map<Object, int[]> lists = new HashMap<>(byValue.size() * 2);
      byValue.forEach((value, list) -> lists.put(value, list.build()));
      return lists;
    }
    Map<Object, int[]> sizes = new HashMap<>();
    for (Run<T> run : runs) {
      run.postings[f].forEach((value, list) -> sizes.merge(value, new int[] {list.size()},
          (a, b) -> {
            a[0] += b[0];
            return a;
          }));
    }
    Map<Object, int[]> lists = new HashMap<>(sizes.size() * 2);
    Map<Object, int[]> filled = new HashMap<>(sizes.size() * 2);
    sizes.forEach((value, n) -> {
      lists.put(value, new int[n[0]]);
      n[0] = 0;
      filled.put(value, n);
    });
    for (int r = 0; r < runs.size(); r++) {
      int shift = offsets[r];
      runs.get(r).postings[f].forEach((value, list) -> {
        int[] at = filled.get(value);
        at[0] = list.copyTo(lists.get(value), at[0], shift);
      });
    }
    return lists;
  }

  /** Runs of documents worth a task of their own: none below this size. */
  private static final int RUN_DOCUMENTS = 512;

  /**
   * How many runs to index {@code documents} in: a few per core, so that a core that finishes
   * early takes another, and one for a corpus too small to gain from threads.
   */
  private static int runs(int documents) {
    int cores = Runtime.getRuntime().availableProcessors();
    return Math.max(1, Math.min(documents / RUN_DOCUMENTS, 4 * cores));
  }

  /** The items of the documents {@code [from, to)}, with positions from 0, and their postings. */
  private static final class Run<T> implements BiConsumer<String, Object> {
    final int from;
    final int to;
    Object[] found = new Object[64];
    int size;
    final int[] documentStart;
    /** The fields, in the order of {@link #postings}; a sink is usually given these very strings. */
    private final String[] fields;
    final Map<Object, Postings.Builder>[] postings;
    /** No value, not even null, is this one: the last value of a field given none yet. */
    private static final Object NOTHING = new Object();
    /** Per field, the value last filed (by identity) and its list. */
    private final Object[] lastValues;
    private final Postings.Builder[] lastLists;

    @SuppressWarnings("unchecked") // an array of maps, each of one type
    Run(List<Document> documents, int from, int to,
        Function<? super Document, ? extends List<? extends T>> items, String[] fields,
        Keys<? super T> keys) {
      this.from = from;
      this.to = to;
      this.documentStart = new int[to - from];
      this.fields = fields;
      this.postings = new Map[fields.length];
      this.lastValues = new Object[fields.length];
      java.util.Arrays.fill(lastValues, NOTHING);
      this.lastLists = new Postings.Builder[fields.length];
      for (int f = 0; f < fields.length; f++) {
        postings[f] = new HashMap<>();
      }
      for (int d = from; d < to; d++) {
        Document document = documents.get(d);
        documentStart[d - from] = size;
        List<? extends T> list = items.apply(document);
        for (int k = 0, n = list.size(); k < n; k++) {
          T item = java.util.Objects.requireNonNull(list.get(k), "item == null");
          if (size == found.length) {
            found = java.util.Arrays.copyOf(found, size * 2);
          }
          found[size] = item;
          keys.of(document, item, this);
          size++;
        }
      }
    }

    /** Files the item at the current position under {@code (field, value)}. */
    @Override
    public void accept(String field, Object value) {
      int f = field(field);
      // The value a field was last given comes again often (a document's kind, an item's
      // negation, the same actors sentence after sentence): that list is at hand without hashing.
      Postings.Builder list;
      if (lastValues[f] == value) {
        list = lastLists[f];
      } else {
        Map<Object, Postings.Builder> byValue = postings[f];
        list = byValue.get(value);
        if (list == null) {
          list = new Postings.Builder();
          byValue.put(value, list);
        }
        lastValues[f] = value;
        lastLists[f] = list;
      }
      list.add(size);
    }

    /** The number of {@code field}: found by identity first, as the keys pass the constants. */
    private int field(String field) {
      for (int f = 0; f < fields.length; f++) {
        if (fields[f] == field) {
          return f;
        }
      }
      for (int f = 0; f < fields.length; f++) {
        if (fields[f].equals(field)) {
          return f;
        }
      }
      throw new IllegalStateException("index key of an undeclared field: " + field);
    }
  }

  int size() {
    return items.length;
  }

  Hit<T> hit(int position) {
    int document = documentOf[position];
    return new Hit<>(documents.get(document), item(position), document);
  }

  /** The item at {@code position}, without the document a {@link Hit} adds. */
  @SuppressWarnings("unchecked") // items of one index are Ts: Run adds only what items gives
  T item(int position) {
    return (T) items[position];
  }

  /** Every item as a hit, in position order; a view whose hits are made when read. */
  List<Hit<T>> hits() {
    return new Hits(0, items.length);
  }

  /** The values of {@code field} that some item has, or null if the field is not indexed. */
  java.util.Set<Object> values(String field) {
    Map<Object, int[]> byValue = postings.get(field);
    return byValue == null ? null : byValue.keySet();
  }

  /** Whether this index keeps postings for {@code field}. */
  boolean indexes(String field) {
    return postings.containsKey(field);
  }

  /** The positions of the items with {@code field = value}, or null if the field is not indexed. */
  int[] postings(String field, Object value) {
    Map<Object, int[]> byValue = postings.get(field);
    if (byValue == null) {
      return null;
    }
    return byValue.getOrDefault(value, Postings.EMPTY);
  }

  /** The positions of the items of the documents at {@code documents} (ascending positions). */
  int[] forDocuments(int[] documents) {
    int total = 0;
    for (int d : documents) {
      total += documentStart[d + 1] - documentStart[d];
    }
    int[] out = new int[total];
    int n = 0;
    for (int d : documents) {
      for (int p = documentStart[d]; p < documentStart[d + 1]; p++) {
        out[n++] = p;
      }
    }
    return out;
  }

  /** The positions of the items of the document at {@code document}. */
  List<Hit<T>> ofDocument(int document) {
    return new Hits(documentStart[document], documentStart[document + 1]);
  }

  /** The hits at positions {@code [from, to)}, made when read. */
  private final class Hits extends java.util.AbstractList<Hit<T>> implements java.util.RandomAccess {
    private final int from;
    private final int to;

    Hits(int from, int to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public Hit<T> get(int index) {
      return hit(from + java.util.Objects.checkIndex(index, to - from));
    }

    @Override
    public int size() {
      return to - from;
    }
  }
}
