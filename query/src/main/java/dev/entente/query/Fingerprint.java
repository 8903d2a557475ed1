package dev.entente.query;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.entente.model.Clause;
import dev.entente.model.Document;
import dev.entente.model.Segment;
import dev.entente.model.SegmentKind;
import dev.entente.model.TextFold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a text says, independent of how a site wrapped it: the set of its two-word shingles,
 * after lower-casing, ё → е, and dropping punctuation. Two texts are the same when the Jaccard
 * similarity of their shingle sets is at least {@value #SAME_TEXT}, so a republication with another
 * wrapper, other quotation marks or a few edited words is still recognised. A text of fewer than
 * {@value #SHORT_TEXT} words is taken as its set of words instead: one edited word changes two of
 * a short text's few shingles, which would push a lightly edited clause below the threshold.
 *
 * <p>A document's fingerprint covers only its preamble and clauses (or, without them, its title,
 * preamble and clause segments), never the wrapper or the dateline.
 *
 * <pre>{@code
 * Fingerprint.of(fromXinhua).isSameTextAs(Fingerprint.of(fromAzertag));   // true
 * }</pre>
 */
public final class Fingerprint {
  /** The least Jaccard similarity of shingle sets at which two texts count as one. */
  public static final double SAME_TEXT = 0.8;

  /** Texts with fewer words than this are compared word by word. */
  public static final int SHORT_TEXT = 20;

  private static final int WORDS_PER_SHINGLE = 2;
  private static final Set<SegmentKind> CONTENT =
      EnumSet.of(SegmentKind.TITLE, SegmentKind.PREAMBLE, SegmentKind.CLAUSE);
  // Banding of 64 min-hashes into 16 bands of 4 finds pairs at similarity 0.8 with probability
  // 1 - (1 - 0.8^4)^16 > 0.999; every candidate pair is then checked exactly.
  private static final int BANDS = 16;
  private static final int ROWS = 4;

  private final long[] shingles;

  private Fingerprint(long[] shingles) {
    this.shingles = shingles;
  }

  /** The fingerprint of a document's preamble and clauses. */
  public static Fingerprint of(Document document) {
    checkNotNull(document, "document == null");
    String text = document.text();
    StringBuilder content = new StringBuilder();
    List<Clause> clauses = new ArrayList<>(document.preamble());
    clauses.addAll(document.clauses());
    if (!clauses.isEmpty()) {
      for (Clause clause : clauses) {
        if (clause.end() <= text.length()) {
          content.append(text, clause.start(), clause.end()).append('\n');
        }
      }
    } else if (!document.segments().isEmpty()) {
      for (Segment segment : document.segments()) {
        if (CONTENT.contains(segment.kind())) {
          content.append(text, segment.start(), segment.end()).append('\n');
        }
      }
    } else {
      content.append(text);
    }
    return ofText(content);
  }

  /** The fingerprint of any text, e.g. of one clause. */
  public static Fingerprint ofText(CharSequence text) {
    checkNotNull(text, "text == null");
    List<String> words = words(text);
    int size = words.size() < SHORT_TEXT ? 1 : WORDS_PER_SHINGLE;
    int count = words.size() - size + 1;
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0xcbf29ce484222325L;
      for (int w = i; w < i + size; w++) {
        h = fnv(h, words.get(w));
        h = (h ^ ' ') * 0x100000001b3L;
      }
      hashes[i] = mix(h);
    }
    return new Fingerprint(Arrays.stream(hashes).sorted().distinct().toArray());
  }

  /** The Jaccard similarity of the two shingle sets, 0 when either text has no words. */
  public double similarity(Fingerprint other) {
    checkNotNull(other, "other == null");
    if (shingles.length == 0 || other.shingles.length == 0) {
      return 0;
    }
    int common = commonCount(shingles, other.shingles);
    return (double) common / (shingles.length + other.shingles.length - common);
  }

  /** Whether the two texts count as one: {@code similarity(other) >= SAME_TEXT}. */
  public boolean isSameTextAs(Fingerprint other) {
    return similarity(other) >= SAME_TEXT;
  }

  /** Whether the text had no words at all; such a fingerprint matches nothing, itself included. */
  public boolean isEmpty() {
    return shingles.length == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint && Arrays.equals(shingles, ((Fingerprint) o).shingles);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(shingles);
  }

  /** A short digest and the number of shingles, e.g. {@code Fingerprint[3f2a9c01e4b7d655 × 212]}. */
  @Override
  public String toString() {
    long digest = 17;
    for (long s : shingles) {
      digest = mix(digest * 31 + s);
    }
    return String.format(Locale.ROOT, "Fingerprint[%016x × %d]", digest, shingles.length);
  }

  /**
   * Groups fingerprints that are the same text, transitively: entry {@code i} of the result is the
   * smallest index of {@code i}'s group.
   */
  static int[] cluster(List<Fingerprint> prints) {
    int[] parent = new int[prints.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<Long, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < prints.size(); i++) {
      Fingerprint print = prints.get(i);
      if (print.isEmpty()) {
        continue;
      }
      long[] minHashes = print.minHashes();
      for (int band = 0; band < BANDS; band++) {
        long key = band;
        for (int row = 0; row < ROWS; row++) {
          key = mix(key * 0x9E3779B97F4A7C15L + minHashes[band * ROWS + row]);
        }
        List<Integer> members = buckets.computeIfAbsent(key, k -> new ArrayList<>());
        for (int j : members) {
          if (find(parent, i) != find(parent, j) && print.isSameTextAs(prints.get(j))) {
            union(parent, i, j);
          }
        }
        members.add(i);
      }
    }
    int[] group = new int[parent.length];
    for (int i = 0; i < parent.length; i++) {
      group[i] = find(parent, i);
    }
    return group;
  }

  private long[] minHashes() {
    long[] mins = new long[BANDS * ROWS];
    Arrays.fill(mins, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int f = 0; f < mins.length; f++) {
        long h = mix(shingle ^ (0x9E3779B97F4A7C15L * (f + 1)));
        if (h < mins[f]) {
          mins[f] = h;
        }
      }
    }
    return mins;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    // The smaller index becomes the root, so a group is named by its first document.
    if (ra < rb) {
      parent[rb] = ra;
    } else {
      parent[ra] = rb;
    }
  }

  private static int commonCount(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }

  static List<String> words(CharSequence text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(TextFold.fold(cp));
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    });
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** The splitmix64 finaliser: spreads the bits of a hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
