package dev.entente.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-prefix patterns from a lexicon file: {@code высоко оцен} matches «высоко оценили» and
 * «высоко оценивают»; a prefix ending in {@code .} must be the whole word ({@code центра.}). The
 * longest pattern at a token wins.
 *
 * @param <T> what a pattern stands for
 */
final class PrefixLexicon<T> {
  /** A pattern and what it stands for. */
  static final class Entry<T> {
    final String[] prefixes;
    final T value;
    /** Where it was written, for provenance: {@code acts.tsv:12}. */
    final String where;

    Entry(String[] prefixes, T value, String where) {
      this.prefixes = prefixes;
      this.value = value;
      this.where = where;
    }

    String pattern() {
      return String.join(" ", prefixes);
    }
  }

  /** A pattern found at tokens {@code [first, last)}. */
  static final class Hit<T> {
    final Entry<T> entry;
    final int first;
    final int last;

    Hit(Entry<T> entry, int first, int last) {
      this.entry = entry;
      this.first = first;
      this.last = last;
    }
  }

  /**
   * A character trie over the first prefix of every pattern: walking a word's letters visits
   * exactly the patterns whose first prefix the word starts with, whatever the lexicon's size.
   */
  private static final class Node<T> extends CharTrie<Node<T>> {
    /** Patterns whose first prefix ends here. */
    final List<Entry<T>> prefixEntries = new ArrayList<>(1);
    /** Patterns whose first word must end here («центра.»). */
    final List<Entry<T>> wordEntries = new ArrayList<>(1);
  }

  private final Node<T> root = new Node<>();

  void add(String pattern, T value, String where) {
    String[] prefixes = Tokenizer.keyOf(pattern.strip()).split("[\\s-]+");
    if (prefixes.length == 0 || prefixes[0].isEmpty()) {
      throw new IllegalStateException(where + ": empty pattern");
    }
    String first = prefixes[0];
    boolean whole = first.endsWith(".");
    Node<T> node = root;
    for (int k = 0; k < (whole ? first.length() - 1 : first.length()); k++) {
      node = node.childOrAdd(first.charAt(k), Node::new);
    }
    (whole ? node.wordEntries : node.prefixEntries).add(new Entry<>(prefixes, value, where));
  }

  /** The longest pattern that starts at token {@code i} and ends before {@code limit}, or null. */
  Hit<T> longestAt(Tokens tokens, int i, int limit) {
    String key = tokens.key[i];
    Node<T> node = root;
    Hit<T> best = null;
    for (int k = 0; k < key.length() && node != null; k++) {
      node = node.child(key.charAt(k));
      if (node == null) {
        break;
      }
      best = best(node.prefixEntries, tokens, i, limit, best);
      if (k == key.length() - 1) {
        best = best(node.wordEntries, tokens, i, limit, best);
      }
    }
    return best;
  }

  /** Every non-overlapping longest hit in tokens {@code [from, to)}, left to right. */
  List<Hit<T>> findAll(Tokens tokens, int from, int to) {
    List<Hit<T>> hits = new ArrayList<>();
    int i = from;
    while (i < to) {
      Hit<T> hit = longestAt(tokens, i, to);
      if (hit == null) {
        i++;
      } else {
        hits.add(hit);
        i = hit.last;
      }
    }
    return hits;
  }

  private Hit<T> best(List<Entry<T>> candidates, Tokens tokens, int i, int limit, Hit<T> best) {
    if (candidates == null) {
      return best;
    }
    for (Entry<T> entry : candidates) {
      int length = entry.prefixes.length;
      if (i + length > limit || (best != null && best.last - best.first >= length)) {
        continue;
      }
      boolean matches = true;
      for (int k = 1; k < length && matches; k++) {
        String prefix = entry.prefixes[k];
        matches = (prefix.endsWith(".") ? tokens.key[i + k].equals(prefix.substring(0, prefix.length() - 1))
            : tokens.key[i + k].startsWith(prefix))
            && (k == 0 || tokens.gapBefore[i + k] != Tokens.GAP_HARD);
      }
      if (matches) {
        best = new Hit<>(entry, i, i + length);
      }
    }
    return best;
  }
}
