package dev.entente.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the longest gazetteer name that starts at a token, in one walk down a trie per way of
 * matching: by whole lower-cased words, by stems, and case-sensitively for abbreviations. A name
 * may run across spaces, quotes and hyphens, but across other punctuation only where the name
 * itself has it («Один пояс, один путь»).
 *
 * @param <T> what a name stands for
 */
final class PhraseMatcher<T> {
  /** How an entry must be matched. */
  enum Mode {
    /** Whole lower-cased words, e.g. listed case forms. */
    WORDS,
    /** Stems, for the case forms that are not listed. */
    STEMS,
    /** Exact, case-sensitive: abbreviations («ООН», «КНР»). */
    CASED
  }

  /** A name found in the text. */
  static final class Match<T> {
    final T value;
    final int first;
    /** Exclusive. */
    final int last;
    final Mode mode;

    Match(T value, int first, int last, Mode mode) {
      this.value = value;
      this.first = first;
      this.last = last;
      this.mode = mode;
    }
  }

  private static final class Node<T> {
    final Map<String, Node<T>> children = new HashMap<>(4);
    final List<T> values = new ArrayList<>(1);
    boolean proper;
    boolean compound;
    /** The entry spells a comma or other hard gap before this word. */
    boolean hardGapBefore;
  }

  private final Tokenizer tokenizer;
  private final Normalizer normalizer = new Normalizer();
  private final Node<T> wordRoot = new Node<>();
  private final Node<T> stemRoot = new Node<>();
  private final Node<T> casedRoot = new Node<>();

  PhraseMatcher(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /**
   * Adds a name. A name written with a capital must meet a capitalised word in the text; a
   * compound first part («китайско») must be followed by a hyphen.
   */
  void add(String name, T value, Mode mode, boolean compound) {
    Tokens tokens = tokenizer.tokenize(normalizer.normalize(name));
    if (tokens.size == 0) {
      return;
    }
    Node<T> node = mode == Mode.WORDS ? wordRoot : mode == Mode.STEMS ? stemRoot : casedRoot;
    for (int i = 0; i < tokens.size; i++) {
      String step = mode == Mode.WORDS ? tokens.key[i] : mode == Mode.STEMS ? tokens.stem[i] : tokens.surface(i);
      node = node.children.computeIfAbsent(step, k -> new Node<>());
      node.hardGapBefore |= i > 0 && tokens.gapBefore[i] == Tokens.GAP_HARD;
    }
    if (!node.values.contains(value)) {
      node.values.add(value);
    }
    node.proper |= mode != Mode.CASED && tokens.isCapitalized(0);
    node.compound |= compound;
  }

  /**
   * The longest name starting at token {@code i} and ending before {@code limit}, or null. Where
   * two ways match equally long, whole words and abbreviations win over stems; a stem that stands
   * for two different values matches nothing.
   */
  Match<T> longestAt(Tokens tokens, int i, int limit) {
    Match<T> best = walk(wordRoot, tokens, i, limit, Mode.WORDS, null);
    if (Character.isUpperCase(tokens.source.charAt(tokens.start[i]))) {
      best = walk(casedRoot, tokens, i, limit, Mode.CASED, best);
    }
    return walk(stemRoot, tokens, i, limit, Mode.STEMS, best);
  }

  private Match<T> walk(Node<T> root, Tokens tokens, int i, int limit, Mode mode, Match<T> best) {
    Node<T> node = root;
    for (int k = i; k < limit; k++) {
      String step = mode == Mode.WORDS ? tokens.key[k] : mode == Mode.STEMS ? tokens.stem[k] : tokens.surface(k);
      node = node.children.get(step);
      if (node == null || k > i && tokens.gapBefore[k] == Tokens.GAP_HARD && !node.hardGapBefore) {
        break;
      }
      if (node.values.size() == 1
          && (best == null || k + 1 > best.last)
          && (!node.proper || tokens.isCapitalized(i))
          && (!node.compound || tokens.hyphenAfter[k])) {
        best = new Match<>(node.values.get(0), i, k + 1, mode);
      }
    }
    return best;
  }
}
