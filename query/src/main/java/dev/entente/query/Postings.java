package dev.entente.query;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/** Sorted, duplicate-free arrays of hit positions, as the indexes store them. */
final class Postings {
  static final int[] EMPTY = new int[0];

  private Postings() {}

  /**
   * The positions in both lists. Lists of similar length are merged in one linear pass; a short
   * list against a much longer one gallops through the longer (exponential then binary search), so
   * the cost is about {@code short * log(long / short)}.
   */
  static int[] intersect(int[] a, int[] b) {
    if (a.length > b.length) {
      int[] t = a;
      a = b;
      b = t;
    }
    int[] out = new int[a.length];
    int n = 0;
    if ((long) a.length * 32 >= b.length) {
      int i = 0;
      int j = 0;
      while (i < a.length && j < b.length) {
        int x = a[i];
        int y = b[j];
        if (x == y) {
          out[n++] = x;
          i++;
          j++;
        } else if (x < y) {
          i++;
        } else {
          j++;
        }
      }
    } else {
      int from = 0;
      for (int value : a) {
        int step = 1;
        int hi = from;
        while (hi < b.length && b[hi] < value) {
          from = hi + 1;
          hi += step;
          step <<= 1;
        }
        int at = Arrays.binarySearch(b, from, Math.min(hi + 1, b.length), value);
        if (at >= 0) {
          out[n++] = value;
          from = at + 1;
        } else {
          from = -at - 1;
        }
        if (from >= b.length) {
          break;
        }
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** The positions in any of the lists: linear merges for a few lists, a bit set for many. */
  static int[] union(List<int[]> lists) {
    if (lists.isEmpty()) {
      return EMPTY;
    }
    if (lists.size() <= 4) {
      int[] out = lists.get(0);
      for (int k = 1; k < lists.size(); k++) {
        out = merge(out, lists.get(k));
      }
      return out;
    }
    BitSet bits = new BitSet();
    for (int[] list : lists) {
      for (int value : list) {
        bits.set(value);
      }
    }
    return bits.stream().toArray();
  }

  private static int[] merge(int[] a, int[] b) {
    if (a.length == 0) {
      return b;
    }
    if (b.length == 0) {
      return a;
    }
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      int x = a[i];
      int y = b[j];
      if (x == y) {
        out[n++] = x;
        i++;
        j++;
      } else if (x < y) {
        out[n++] = x;
        i++;
      } else {
        out[n++] = y;
        j++;
      }
    }
    while (i < a.length) {
      out[n++] = a[i++];
    }
    while (j < b.length) {
      out[n++] = b[j++];
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /**
   * A growable list of ints, for building postings without boxing. A list grows by doubling up to
   * {@value #CHUNK} ints and then by chunks of that size, which are never copied: the long lists of
   * a large corpus (an act, a topic, a negation flag of millions of statements) were copied at
   * every doubling, and each copy in progress was copied again by the collector.
   */
  static final class Builder {
    /** The length of the chunks after the first. */
    static final int CHUNK = 2048;

    /** The chunks filled before {@link #values}, each {@link #CHUNK} long; null until one is. */
    private int[][] full;
    private int fullCount;
    private int[] values = new int[4];
    private int used;
    private int size;

    void add(int value) {
      // Positions arrive in ascending order; a key seen twice for one item is stored once.
      if (used > 0 && values[used - 1] == value) {
        return;
      }
      if (used == values.length) {
        if (values.length < CHUNK) {
          values = Arrays.copyOf(values, Math.min(CHUNK, values.length * 2));
        } else {
          if (full == null) {
            full = new int[8][];
          } else if (fullCount == full.length) {
            full = Arrays.copyOf(full, fullCount * 2);
          }
          full[fullCount++] = values;
          values = new int[CHUNK];
          used = 0;
        }
      }
      values[used++] = value;
      size++;
    }

    int size() {
      return size;
    }

    /**
     * Copies this list's positions, each plus {@code shift}, into {@code into} from {@code at};
     * returns the index after the last one copied.
     */
    int copyTo(int[] into, int at, int shift) {
      for (int c = 0; c < fullCount; c++) {
        at = copy(full[c], full[c].length, into, at, shift);
      }
      return copy(values, used, into, at, shift);
    }

    private static int copy(int[] from, int n, int[] into, int at, int shift) {
      if (shift == 0) {
        System.arraycopy(from, 0, into, at, n);
        return at + n;
      }
      for (int i = 0; i < n; i++) {
        into[at++] = from[i] + shift;
      }
      return at;
    }

    int[] build() {
      if (fullCount == 0) {
        return used == values.length ? values : Arrays.copyOf(values, used);
      }
      int[] out = new int[size];
      copyTo(out, 0, 0);
      return out;
    }
  }
}
