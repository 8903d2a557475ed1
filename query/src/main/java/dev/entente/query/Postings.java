package dev.entente.query;

import java.util.Arrays;
import java.util.List;

/** Sorted, duplicate-free arrays of hit positions, as the indexes store them. */
final class Postings {
  static final int[] EMPTY = new int[0];

  private Postings() {}

  /**
   * The positions in both lists. Walks the shorter list and gallops through the longer one, so
   * intersecting a rare key with a common one costs about {@code small * log(large)}.
   */
  static int[] intersect(int[] a, int[] b) {
    if (a.length > b.length) {
      int[] t = a;
      a = b;
      b = t;
    }
    int[] out = new int[a.length];
    int n = 0;
    int from = 0;
    for (int value : a) {
      int at = Arrays.binarySearch(b, from, b.length, value);
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
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** The positions in any of the lists. */
  static int[] union(List<int[]> lists) {
    if (lists.isEmpty()) {
      return EMPTY;
    }
    if (lists.size() == 1) {
      return lists.get(0);
    }
    int total = 0;
    for (int[] list : lists) {
      total += list.length;
    }
    int[] all = new int[total];
    int n = 0;
    for (int[] list : lists) {
      System.arraycopy(list, 0, all, n, list.length);
      n += list.length;
    }
    Arrays.sort(all);
    int distinct = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[distinct++] = all[i];
      }
    }
    return Arrays.copyOf(all, distinct);
  }

  /** A growable list of ints, for building postings without boxing. */
  static final class Builder {
    private int[] values = new int[4];
    private int size;

    void add(int value) {
      // Positions arrive in ascending order; a key seen twice for one item is stored once.
      if (size > 0 && values[size - 1] == value) {
        return;
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] build() {
      return Arrays.copyOf(values, size);
    }
  }
}
