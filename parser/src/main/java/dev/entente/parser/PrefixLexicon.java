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
    /** The prefixes without a final {@code .}, and whether each had one (must be the whole word). */
    private final String[] bare;
    private final boolean[] whole;
    /** Whether a word is joined to the one before it by «+» («2+2», «2 + 2»), not by a space or hyphen. */
    private final boolean[] plus;
    /**
     * The first letter of each bare prefix, 0 for an empty one: compared before the prefix, so that
     * a candidate whose next word starts otherwise is ruled out without reading its strings.
     */
    private final char[] initials;
    private final String pattern;
    final T value;
    /** Where it was written, for provenance: {@code acts.tsv:12}. */
    final String where;

    Entry(String[] prefixes, T value, String where) {
      this.prefixes = prefixes;
      this.bare = new String[prefixes.length];
      this.whole = new boolean[prefixes.length];
      this.plus = new boolean[prefixes.length];
      this.initials = new char[prefixes.length];
      for (int k = 0; k < prefixes.length; k++) {
        String prefix = prefixes[k];
        plus[k] = prefix.startsWith("+");
        prefix = plus[k] ? prefix.substring(1) : prefix;
        whole[k] = prefix.endsWith(".");
        bare[k] = whole[k] ? prefix.substring(0, prefix.length() - 1) : prefix;
        initials[k] = bare[k].isEmpty() ? 0 : bare[k].charAt(0);
      }
      this.pattern = String.join(" ", prefixes);
      this.value = value;
      this.where = where;
    }

    /** The pattern as written in its file, words joined by single spaces. */
    String pattern() {
      return pattern;
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
    /** Patterns whose first prefix ends here, or null. */
    Entry<?>[] prefixEntries;
    /** Patterns whose first word must end here («центра.»), or null. */
    Entry<?>[] wordEntries;
    /**
     * The {@link Candidates} of a word whose walk down the trie ends at this node: {@code passing}
     * for one that runs on past it or ends here without a whole-word pattern, {@code ending} for one
     * that ends here and begins its {@link #wordEntries} too; null until first asked. They depend on
     * the node alone, so a word met again after the tokenizer's cache dropped it (with what every
     * lexicon remembered for it) costs no new sort and no new lists. Immutable (final fields), so a
     * racing reader sees a whole one or null and makes it again.
     */
    Candidates passing;
    Candidates ending;

    static Entry<?>[] plus(Entry<?>[] entries, Entry<?> entry) {
      if (entries == null) {
        return new Entry<?>[] {entry};
      }
      Entry<?>[] more = java.util.Arrays.copyOf(entries, entries.length + 1);
      more[entries.length] = entry;
      return more;
    }
  }

  private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s-]+");

  private final Node<T> root = new Node<>();
  /** Where every {@link Tokenizer.Word} keeps the patterns its key may begin, and {@link Tokens} the hits. */
  private final int slot = Tokenizer.newSlot();
  private volatile boolean queried;

  void add(String pattern, T value, String where) {
    if (queried) {
      throw new IllegalStateException(where + ": a pattern added after lookups, which words remember");
    }
    // «2+2»: «+» joins two words of the pattern and is kept on the second, where the gap must hold it.
    String[] prefixes = WORD_BREAK.split(Tokenizer.keyOf(pattern.strip()).replace("+", " +").replace("+ ", "+"));
    if (prefixes.length == 0 || prefixes[0].isEmpty()) {
      throw new IllegalStateException(where + ": empty pattern");
    }
    String first = prefixes[0];
    boolean whole = first.endsWith(".");
    Node<T> node = root;
    for (int k = 0; k < (whole ? first.length() - 1 : first.length()); k++) {
      node = node.childOrAdd(first.charAt(k), Node::new);
    }
    Entry<T> entry = new Entry<>(prefixes, value, where);
    if (whole) {
      node.wordEntries = Node.plus(node.wordEntries, entry);
    } else {
      node.prefixEntries = Node.plus(node.prefixEntries, entry);
    }
  }

  /** The longest pattern that starts at token {@code i} and ends before {@code limit}, or null. */
  @SuppressWarnings("unchecked")
  Hit<T> longestAt(Tokens tokens, int i, int limit) {
    if (tokens.flaggedNo(i, slot)) {
      return null;
    }
    // The longest hit up to the end of the text is the answer for every limit it fits in. Asked
    // before the shared word: the parse's own array is in the cache where the word seldom is.
    Object known = tokens.memo(slot, i);
    if (known == null) {
      Tokenizer.Word word = tokens.word[i];
      if (word.flagKnown(slot) && !word.flag(slot)) {
        return null; // no pattern begins with the word: the common case, answered by the word alone
      }
      Hit<T> longest = hit(tokens, i, tokens.size);
      known = longest == null ? NONE : longest;
      tokens.remember(slot, i, known);
    }
    if (known == NONE) {
      return null;
    }
    Hit<T> longest = (Hit<T>) known;
    return longest.last <= limit ? longest : hit(tokens, i, limit);
  }

  private static final Object NONE = new Object();

  private Hit<T> hit(Tokens tokens, int i, int limit) {
    Tokenizer.Word word = tokens.word[i];
    if (word.flagKnown(slot) && !word.flag(slot)) {
      return null;
    }
    Candidates candidates = (Candidates) word.answer(slot);
    if (candidates == null) {
      candidates = candidatesOf(word.key);
      word.remember(slot, candidates);
      word.rememberFlag(slot, candidates.entries.length > 0);
    }
    return candidates.entries.length == 0 ? null : first(candidates, tokens, i, limit);
  }

  /**
   * The patterns a word may begin, as {@link #candidates} orders them, with each one's length side
   * by side and their lists by the first letter of the second prefix: most are ruled out by those,
   * read from small arrays, without reading the entry itself.
   */
  private static final class Candidates {
    /** The patterns, longest first as {@link #candidates} orders them. */
    final Entry<?>[] entries;
    /** How many words each of {@link #entries} spans. */
    final int[] lengths;
    /** The distinct first letters of the candidates' second prefixes, sorted for a binary search. */
    final char[] secondInitials;
    /**
     * For each of {@link #secondInitials}, the candidates that may follow a word with it: those whose
     * second prefix starts with it or is empty (or who have none), in {@link #entries}' order. A word
     * that starts many patterns (a preposition, a verb of many acts) is then tried only against those
     * its next word can continue.
     */
    final int[][] withSecondInitial;
    /** The candidates that need no particular second letter, in order: all that a next word of another letter, or none, can match. */
    final int[] anySecondInitial;

    Candidates(Entry<?>[] entries) {
      this.entries = entries;
      this.lengths = new int[entries.length];
      char[] secondOf = new char[entries.length];
      java.util.TreeSet<Character> distinct = new java.util.TreeSet<>();
      for (int c = 0; c < entries.length; c++) {
        lengths[c] = entries[c].prefixes.length;
        secondOf[c] = lengths[c] > 1 ? entries[c].initials[1] : 0;
        if (secondOf[c] != 0) {
          distinct.add(secondOf[c]);
        }
      }
      this.anySecondInitial = java.util.stream.IntStream.range(0, entries.length)
          .filter(c -> secondOf[c] == 0).toArray();
      this.secondInitials = new char[distinct.size()];
      this.withSecondInitial = new int[distinct.size()][];
      int k = 0;
      for (char second : distinct) {
        secondInitials[k] = second;
        withSecondInitial[k++] = java.util.stream.IntStream.range(0, entries.length)
            .filter(c -> secondOf[c] == 0 || secondOf[c] == second).toArray();
      }
    }

    /** The candidates, in order, that may match where the next token starts with {@code next} (none: 0). */
    int[] following(char next) {
      if (next != 0 && secondInitials.length > 0) {
        int at = java.util.Arrays.binarySearch(secondInitials, next);
        if (at >= 0) {
          return withSecondInitial[at];
        }
      }
      return anySecondInitial;
    }
  }

  /**
   * The patterns whose first prefix the word {@code key} starts with (or, for a whole-word prefix, is), longest
   * first: for a caller that reads the words after the first its own way.
   */
  @SuppressWarnings("unchecked")
  List<Entry<T>> startingWith(String key) {
    return (List<Entry<T>>) (List<?>) java.util.Arrays.asList(candidatesOf(key).entries);
  }

  /** {@link #candidates} of {@code key} as {@link Candidates}, kept by the node its walk ends at. */
  private Candidates candidatesOf(String key) {
    queried = true;
    Node<T> node = root;
    int k = 0;
    for (; k < key.length(); k++) {
      Node<T> child = node.child(key.charAt(k));
      if (child == null) {
        break;
      }
      node = child;
    }
    if (node == root) {
      return NO_CANDIDATES;
    }
    boolean ending = k == key.length() && node.wordEntries != null;
    Candidates known = ending ? node.ending : node.passing;
    if (known == null) {
      Entry<?>[] entries = candidates(key);
      known = entries.length == 0 ? NO_CANDIDATES : new Candidates(entries);
      if (ending) {
        node.ending = known;
      } else {
        node.passing = known;
      }
    }
    return known;
  }

  /**
   * The patterns whose first prefix the word {@code key} starts with (or, for a whole-word prefix,
   * is), longest pattern first; of equally long ones, the one with the shorter first prefix first.
   */
  private Entry<?>[] candidates(String key) {
    queried = true;
    List<Entry<?>> found = new ArrayList<>(0);
    Node<T> node = root;
    for (int k = 0; k < key.length(); k++) {
      node = node.child(key.charAt(k));
      if (node == null) {
        break;
      }
      if (node.prefixEntries != null) {
        found.addAll(java.util.Arrays.asList(node.prefixEntries));
      }
      if (k == key.length() - 1 && node.wordEntries != null) {
        found.addAll(java.util.Arrays.asList(node.wordEntries));
      }
    }
    found.sort(java.util.Comparator.comparingInt((Entry<?> e) -> e.prefixes.length).reversed());
    return found.isEmpty() ? NO_ENTRIES : found.toArray(NO_ENTRIES);
  }

  private static final Entry<?>[] NO_ENTRIES = {};
  private static final Candidates NO_CANDIDATES = new Candidates(NO_ENTRIES);

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

  /** The first candidate that matches at token {@code i} within {@code limit}: the longest, as they are sorted. */
  @SuppressWarnings("unchecked")
  private Hit<T> first(Candidates candidates, Tokens tokens, int i, int limit) {
    int[] lengths = candidates.lengths;
    // Those whose second prefix starts otherwise than the next word would fail below on its first letter.
    for (int c : candidates.following(i + 1 < limit ? tokens.initial[i + 1] : 0)) {
      int length = lengths[c];
      if (i + length > limit) {
        continue;
      }
      Entry<T> entry = (Entry<T>) candidates.entries[c];
      boolean matches = true;
      for (int k = 1; k < length && matches; k++) {
        String key = tokens.key[i + k];
        char initial = entry.initials[k];
        String bare = entry.bare[k];
        matches = (initial == 0 || tokens.initial[i + k] == initial)
            && (entry.whole[k] ? key.equals(bare) : key.startsWith(bare))
            && (entry.plus[k] ? tokens.gapIs(i + k, '+') : tokens.gapBefore[i + k] != Tokens.GAP_HARD);
      }
      if (matches) {
        return new Hit<>(entry, i, i + length);
      }
    }
    return null;
  }
}
