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

  /** A word of the trie of names: the names that run on from here, and those that end here. */
  private static final class Node<T> {
    /** The next words of the names that run on, under the key, stem or surface the mode reads. */
    final Map<String, Node<T>> children = new HashMap<>(4);
    /** Bit {@code hashCode() & 63} of each child's word: a word whose bit is clear is no child, found without the map. */
    long childBits;
    /** What the names ending here stand for: one is a match, more are ambiguous and match nothing. */
    final List<T> values = new ArrayList<>(1);
    /** Some entry ending here is written with a capital: the text's first word must have one too. */
    boolean proper;
    /** Some entry ending here is marked {@link #LOWER_CASE_MARK} («~движение неприсоединения»): a lower-case text matches despite {@link #proper}. */
    boolean lowerCaseListed;
    /** Every entry ending here is a compound's first part: a hyphen must follow. */
    boolean compound;
    /** Some entry ending here is a whole name («Mexico», also the first part of «Mexico-US»). */
    boolean whole;
    /** The entry spells a comma or other hard gap before this word. */
    boolean hardGapBefore;
  }

  /**
   * Opens a spelling of a gazetteer that the text may write in lower case («~движение
   * неприсоединения», "~non-aligned movement") though another spelling of the name has a capital.
   */
  static final String LOWER_CASE_MARK = "~";

  private final Tokenizer tokenizer;
  private final Normalizer normalizer = new Normalizer();
  private final Node<T> wordRoot = new Node<>();
  private final Node<T> stemRoot = new Node<>();
  private final Node<T> casedRoot = new Node<>();
  /**
   * Where every {@link Tokenizer.Word} keeps the node its key, and its stem, lead to from the root
   * ({@code wordSlot} is also where {@link Tokens} keeps the matches).
   */
  private final int wordSlot = Tokenizer.newSlot();
  private final int stemSlot = Tokenizer.newSlot();
  private final int casedSlot = Tokenizer.newSlot();
  private final int startSlot = Tokenizer.newSlot();
  /** The first words of the case-sensitive names, lower-cased. */
  private final java.util.Set<String> casedFirstKeys = new java.util.HashSet<>();
  private volatile boolean queried;

  PhraseMatcher(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /**
   * Adds a name. A name written with a capital must meet a capitalised word in the text, unless
   * another spelling of it is marked {@link #LOWER_CASE_MARK}; a compound first part («китайско») must be followed by a hyphen.
   */
  void add(String name, T value, Mode mode, boolean compound) {
    if (queried) {
      throw new IllegalStateException("'" + name + "' added after lookups, which words remember");
    }
    boolean lowerCase = mode != Mode.CASED && name.startsWith(LOWER_CASE_MARK);
    Tokens tokens = tokenizer.tokenize(normalizer.normalize(lowerCase ? name.substring(LOWER_CASE_MARK.length()) : name));
    if (tokens.size == 0) {
      return;
    }
    Node<T> node = mode == Mode.WORDS ? wordRoot : mode == Mode.STEMS ? stemRoot : casedRoot;
    if (mode == Mode.CASED) {
      casedFirstKeys.add(tokens.key[0]);
    }
    for (int i = 0; i < tokens.size; i++) {
      String step = mode == Mode.WORDS ? tokens.key[i] : mode == Mode.STEMS ? tokens.stem[i] : tokens.surface(i);
      node.childBits |= 1L << step.hashCode(); // a long shift takes the low 6 bits
      node = node.children.computeIfAbsent(step, k -> new Node<>());
      node.hardGapBefore |= i > 0 && tokens.gapBefore[i] == Tokens.GAP_HARD;
    }
    if (!node.values.contains(value)) {
      node.values.add(value);
    }
    node.proper |= mode != Mode.CASED && tokens.isCapitalized(0);
    node.lowerCaseListed |= lowerCase;
    node.whole |= !compound;
    node.compound = compound && !node.whole;
  }

  /**
   * Whether tokens {@code [from, to)}, read by their stems, open a listed name that runs on past them and
   * are no whole name of their own («Совещания по безопасности» of «Совещание по безопасности и
   * сотрудничеству в Европе»): a name broken off by a line, a hyphen or a slip of the pen.
   */
  boolean opensALongerName(Tokens tokens, int from, int to) {
    Node<T> node = stemRoot;
    for (int i = from; i < to && node != null; i++) {
      node = node.children.get(tokens.stem[i]);
    }
    return node != null && node != stemRoot && !node.children.isEmpty() && node.values.isEmpty();
  }

  /**
   * The longest name starting at token {@code i} and ending before {@code limit}, or null. Where
   * two ways match equally long, an abbreviation written as listed wins over whole words, and both
   * over stems; a stem that stands for two different values matches nothing.
   */
  @SuppressWarnings("unchecked")
  Match<T> longestAt(Tokens tokens, int i, int limit) {
    if (tokens.flaggedNo(i, startSlot)) {
      return null;
    }
    // The longest match up to the end of the text is the answer for every limit it fits in. Asked
    // before the shared word: the parse's own array is in the cache where the word seldom is.
    Object known = tokens.memo(wordSlot, i);
    if (known == null) {
      Tokenizer.Word word = tokens.word[i];
      if (word.flagKnown(startSlot) && !word.flag(startSlot)) {
        return null; // no name begins with the word: the common case, answered by the word alone
      }
      Match<T> longest = match(tokens, i, tokens.size);
      known = longest == null ? NONE : longest;
      tokens.remember(wordSlot, i, known);
    }
    if (known == NONE) {
      return null;
    }
    Match<T> longest = (Match<T>) known;
    return longest.last <= limit ? longest : match(tokens, i, limit);
  }

  private Match<T> match(Tokens tokens, int i, int limit) {
    if (!mayStart(tokens.word[i])) {
      return null;
    }
    Match<T> best = walk(wordRoot, tokens, i, limit, Mode.WORDS, null);
    if (tokens.isCapitalized(i) && mayBeCased(tokens.word[i])) {
      best = walk(casedRoot, tokens, i, limit, Mode.CASED, best);
    }
    return walk(stemRoot, tokens, i, limit, Mode.STEMS, best);
  }

  /**
   * Whether some name begins with this word in some way of matching, remembered by the word: most
   * words begin none, and are then answered by one look-up instead of one per way.
   */
  private boolean mayStart(Tokenizer.Word word) {
    if (word.flagKnown(startSlot)) {
      return word.flag(startSlot);
    }
    Object known = word.answer(startSlot);
    if (known == null) {
      known = firstStep(word, Mode.WORDS) != null || firstStep(word, Mode.STEMS) != null || mayBeCased(word);
      word.remember(startSlot, known);
      word.rememberFlag(startSlot, (Boolean) known);
    }
    return (Boolean) known;
  }

  /** Whether some case-sensitive name begins with this word in some case, remembered by the word. */
  private boolean mayBeCased(Tokenizer.Word word) {
    if (word.flagKnown(casedSlot)) {
      return word.flag(casedSlot);
    }
    if (casedFirstKeys.isEmpty()) {
      return false; // a lexicon without case-sensitive names (cities): nothing to remember
    }
    Object known = word.answer(casedSlot);
    if (known == null) {
      queried = true;
      known = casedFirstKeys.contains(word.key);
      word.remember(casedSlot, known);
      word.rememberFlag(casedSlot, (Boolean) known);
    }
    return (Boolean) known;
  }

  /** The remembered answer "nothing here": no name at a token, no child of the root for a word. */
  private static final Object NONE = new Object();

  /** The root's child for the word's key or stem, remembered by the word. */
  @SuppressWarnings("unchecked")
  private Node<T> firstStep(Tokenizer.Word word, Mode mode) {
    int slot = mode == Mode.WORDS ? wordSlot : stemSlot;
    if (word.flagKnown(slot) && !word.flag(slot)) {
      return null;
    }
    Object known = word.answer(slot);
    if (known == null) {
      queried = true;
      Node<T> child = (mode == Mode.WORDS ? wordRoot : stemRoot).children.get(mode == Mode.WORDS ? word.key : word.stem);
      known = child == null ? NONE : child;
      word.remember(slot, known);
      word.rememberFlag(slot, child != null);
    }
    return known == NONE ? null : (Node<T>) known;
  }

  private Match<T> walk(Node<T> root, Tokens tokens, int i, int limit, Mode mode, Match<T> best) {
    Node<T> node = root;
    // Whether the words so far are no whole name: only then may the name run on past a narrow column's bare line
    // break, a gap of one line feed and spaces («Союза Советских ⏎ Социалистических Республик»).
    boolean nameGoesOn = false;
    for (int k = i; k < limit; k++) {
      if (k == i && mode != Mode.CASED) {
        node = firstStep(tokens.word[k], mode);
      } else if (node.children.isEmpty()) {
        break; // a leaf: no name runs on, and the next word need not be hashed (or, cased, cut out)
      } else if (mode != Mode.CASED
          && (node.childBits & 1L << (mode == Mode.WORDS ? tokens.keyHash[k] : tokens.stemHash[k])) == 0) {
        node = null; // the word's bit says it continues no name here
      } else {
        String step = mode == Mode.WORDS ? tokens.key[k] : mode == Mode.STEMS ? tokens.stem[k] : tokens.surface(k);
        node = node.children.get(step);
      }
      if (node == null || k > i && tokens.gapBefore[k] == Tokens.GAP_HARD && !node.hardGapBefore
          && !(nameGoesOn && tokens.gapIs(k, '\n'))) {
        break;
      }
      nameGoesOn = node.values.isEmpty();
      // An abbreviation written as listed («ГУАМ», the organisation) wins over a name as long that
      // matched case-folded («Гуам», the island): the capitals are the writer's choice.
      if (node.values.size() == 1
          && (best == null || k + 1 > best.last || mode == Mode.CASED && k + 1 == best.last && best.mode == Mode.WORDS)
          && (!node.proper || node.lowerCaseListed || tokens.isCapitalized(i))
          && (!node.compound || tokens.hyphenAfter[k])) {
        best = new Match<>(node.values.get(0), i, k + 1, mode);
      }
    }
    return best;
  }
}
