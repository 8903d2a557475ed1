package dev.entente.parser;

import java.util.Arrays;

/**
 * A node of a character trie whose children are found by an unboxed lookup: lexicon lookups run
 * per token on the hot path, where boxing each character into a map key cost more than the rest of
 * the walk. Children whose characters lie close together (one alphabet's letters) are indexed by
 * character, the others found by a binary search over the sorted keys.
 *
 * @param <N> the concrete node type
 */
abstract class CharTrie<N extends CharTrie<N>> {
  /** The widest range of characters indexed directly: two alphabets' worth of references. */
  private static final int DIRECT_RANGE = 128;

  private char[] keys = new char[0];
  private CharTrie<?>[] children = new CharTrie<?>[0];
  /** The lowest key, and the children by {@code c - first} when the keys span at most {@link #DIRECT_RANGE}; else null. */
  private char first;
  private CharTrie<?>[] direct;

  /** The child under {@code c}, or null. */
  @SuppressWarnings("unchecked")
  final N child(char c) {
    CharTrie<?>[] byChar = direct;
    if (byChar != null) {
      int at = c - first;
      return at >= 0 && at < byChar.length ? (N) byChar[at] : null;
    }
    int at = Arrays.binarySearch(keys, c);
    return at >= 0 ? (N) children[at] : null;
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
    int range = keys[keys.length - 1] - keys[0] + 1;
    if (range <= DIRECT_RANGE) {
      first = keys[0];
      direct = new CharTrie<?>[range];
      for (int k = 0; k < keys.length; k++) {
        direct[keys[k] - first] = children[k];
      }
    } else {
      direct = null;
    }
    return node;
  }
}
