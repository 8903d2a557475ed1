package dev.entente.parser;

import java.util.Arrays;

/**
 * A node of a character trie whose children are found by an unboxed binary search over sorted
 * keys: lexicon lookups run per token on the hot path, where boxing each character into a map key
 * cost more than the rest of the walk.
 *
 * @param <N> the concrete node type
 */
abstract class CharTrie<N extends CharTrie<N>> {
  private char[] keys = new char[0];
  private CharTrie<?>[] children = new CharTrie<?>[0];

  /** The child under {@code c}, or null. */
  @SuppressWarnings("unchecked")
  final N child(char c) {
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
    return node;
  }
}
