package dev.entente.parser;

import java.util.Arrays;

/**
 * A node of a character trie whose children are found by an unboxed lookup: lexicon lookups run
 * per token on the hot path, where boxing each character into a map key cost more than the rest of
 * the walk. The children whose characters lie in the window of {@link #DIRECT_RANGE} characters that
 * holds the most of them (one alphabet's letters) are indexed by character, the few others (a
 * Cyrillic lexicon's Latin abbreviations and digits) found by a binary search over their sorted
 * keys: a root of both scripts otherwise made every lookup a binary search.
 *
 * @param <N> the concrete node type
 */
abstract class CharTrie<N extends CharTrie<N>> {
  /** The widest range of characters indexed directly: two alphabets' worth of references. */
  private static final int DIRECT_RANGE = 128;

  /** Every key, sorted, and its child: what the build adds to, and {@link #index} splits for lookups. */
  private char[] keys = new char[0];
  private CharTrie<?>[] children = new CharTrie<?>[0];
  /** The lowest key of the window indexed directly, and the children in it by {@code c - first}; null when there are none. */
  private char first;
  private CharTrie<?>[] direct;
  /** The keys outside the window, sorted, and their children: most nodes have none. */
  private char[] otherKeys = NO_KEYS;
  private CharTrie<?>[] otherChildren = NO_CHILDREN;
  private static final char[] NO_KEYS = {};
  private static final CharTrie<?>[] NO_CHILDREN = {};

  /** The child under {@code c}, or null. */
  @SuppressWarnings("unchecked")
  final N child(char c) {
    CharTrie<?>[] byChar = direct;
    if (byChar != null) {
      int at = c - first;
      if (at >= 0 && at < byChar.length) {
        return (N) byChar[at];
      }
    }
    char[] others = otherKeys;
    if (others.length == 0) {
      return null;
    }
    int at = Arrays.binarySearch(others, c);
    return at >= 0 ? (N) otherChildren[at] : null;
  }

  /** The child under {@code c}, made by {@code make} when missing (build time only). */
  @SuppressWarnings("unchecked")
  final N childOrAdd(char c, java.util.function.Supplier<N> make) {
    int at = Arrays.binarySearch(keys, c);
    if (at >= 0) {
      return (N) children[at];
    }
    int insert = -at - 1;
    N node = make.get();
    char[] newKeys = new char[keys.length + 1];
    CharTrie<?>[] newChildren = new CharTrie<?>[children.length + 1];
    System.arraycopy(keys, 0, newKeys, 0, insert);
    System.arraycopy(children, 0, newChildren, 0, insert);
    newKeys[insert] = c;
    newChildren[insert] = node;
    System.arraycopy(keys, insert, newKeys, insert + 1, keys.length - insert);
    System.arraycopy(children, insert, newChildren, insert + 1, children.length - insert);
    keys = newKeys;
    children = newChildren;
    index();
    return node;
  }

  /**
   * Rebuilds {@link #direct} over the window of keys spanning at most {@link #DIRECT_RANGE} that
   * holds the most keys (the first such window of the sorted keys, so the choice is fixed by the
   * keys), and {@link #otherKeys} from the rest.
   */
  private void index() {
    int bestFrom = 0;
    int bestTo = 0;
    for (int from = 0, to = 0; from < keys.length; from++) {
      while (to < keys.length && keys[to] - keys[from] < DIRECT_RANGE) {
        to++;
      }
      if (to - from > bestTo - bestFrom) {
        bestFrom = from;
        bestTo = to;
      }
    }
    first = keys[bestFrom];
    direct = new CharTrie<?>[keys[bestTo - 1] - first + 1];
    for (int k = bestFrom; k < bestTo; k++) {
      direct[keys[k] - first] = children[k];
    }
    int others = keys.length - (bestTo - bestFrom);
    if (others == 0) {
      otherKeys = NO_KEYS;
      otherChildren = NO_CHILDREN;
      return;
    }
    otherKeys = new char[others];
    otherChildren = new CharTrie<?>[others];
    for (int k = 0, o = 0; k < keys.length; k++) {
      if (k < bestFrom || k >= bestTo) {
        otherKeys[o] = keys[k];
        otherChildren[o++] = children[k];
      }
    }
  }
}
