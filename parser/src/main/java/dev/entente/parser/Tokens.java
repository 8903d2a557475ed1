package dev.entente.parser;

/**
 * The words of a normalised text: maximal runs of letters and digits, with what separates each
 * word from the previous one. Parallel arrays keep the hot path free of per-token objects.
 */
final class Tokens {
  /** Nothing but spaces between two words. */
  static final byte GAP_SPACE = 0;
  /** Quotes, hyphens, slashes or spaces: a name may run across it («Китай-Центральная Азия»). */
  static final byte GAP_SOFT = 1;
  /** Punctuation or a line break: a name never runs across it. */
  static final byte GAP_HARD = 2;

  final NormalizedText source;
  final int size;
  final int[] start;
  final int[] end;
  /** Lower-cased, ё folded to е. */
  final String[] key;
  final String[] stem;
  /**
   * The first letter of each key, side by side: lexicons rule most candidates out on it without a
   * read of the key's string, which is shared and seldom in the processor's cache.
   */
  final char[] initial;
  /**
   * Each key's {@code hashCode()}, side by side: a trie of names rules out a word that continues
   * none of a node's names on it, without a read of the word's string.
   */
  final int[] keyHash;
  /** Each stem's {@code hashCode()}, for the tries of names matched by stem, as {@link #keyHash} is for keys. */
  final int[] stemHash;
  /** The shared word behind each key and stem, where lexicons keep what they found for it. */
  final Tokenizer.Word[] word;
  final byte[] gapBefore;
  /** Whether a hyphen follows the word directly («азербайджано-»). */
  final boolean[] hyphenAfter;
  /**
   * Whether the word begins with a capital ({@link #CAPITALIZED}) and whether it is a run of digits
   * ({@link #NUMBER}), read as it was tokenised ({@link #isCapitalized}, {@link #isNumber}).
   */
  private final byte[] shape;
  /** {@link #shape}'s bit of a word that begins with a capital. */
  static final byte CAPITALIZED = 1;
  /** {@link #shape}'s bit of a word of digits. */
  static final byte NUMBER = 2;
  /** {@link #shape}'s bit of a word with a lower-case letter. */
  static final byte HAS_LOWER = 4;
  /** Each word's {@link Tokenizer.Word#flaggedNo} as it was tokenised ({@link #flaggedNo}). */
  private final long[] flaggedNo;
  /** The counts the language check reads, taken as the text was tokenised. */
  final LanguageGuess.Evidence evidence;

  Tokens(NormalizedText source, int size, int[] start, int[] end, String[] key, String[] stem, char[] initial,
      int[] keyHash, int[] stemHash, Tokenizer.Word[] word, byte[] gapBefore, boolean[] hyphenAfter, byte[] shape, long[] flaggedNo,
      LanguageGuess.Evidence evidence) {
    this.source = source;
    this.size = size;
    this.start = start;
    this.end = end;
    this.key = key;
    this.stem = stem;
    this.initial = initial;
    this.keyHash = keyHash;
    this.stemHash = stemHash;
    this.word = word;
    this.gapBefore = gapBefore;
    this.hyphenAfter = hyphenAfter;
    this.shape = shape;
    this.flaggedNo = flaggedNo;
    this.evidence = evidence;
  }

  /**
   * Whether the lexicon with {@code slot} had remembered, by the time the text was tokenised, that
   * the word at token {@code i} begins none of its entries: most words begin none, and this reads
   * it from an array of the parse's own, in token order, rather than from each shared word. False
   * says nothing: the lexicon asks the word.
   */
  boolean flaggedNo(int i, int slot) {
    return slot < Long.SIZE && (flaggedNo[i] & 1L << slot) != 0;
  }

  /** Each lexicon's answers about these tokens, by the lexicon's slot, then by token ({@link #memo}). */
  private Object[][] memos = new Object[0][];

  /**
   * What the lexicon with {@code slot} ({@link Tokenizer#newSlot}) remembered at token {@code i},
   * or null until it is asked: recognisers ask the same lexicon about the same token many times,
   * and a lexicon answers only from the tokens.
   */
  Object memo(int slot, int i) {
    Object[] memo = slot < memos.length ? memos[slot] : null;
    return memo == null ? null : memo[i];
  }

  /**
   * Remembers the answer of the lexicon with {@code slot} at token {@code i} ({@link #memo}). The
   * slots are made room for all at once, those of both languages' lexicons, not one at a time.
   */
  void remember(int slot, int i, Object answer) {
    if (slot >= memos.length) {
      memos = java.util.Arrays.copyOf(memos, Math.max(slot + 1, Tokenizer.slots()));
    }
    Object[] memo = memos[slot];
    if (memo == null) {
      memos[slot] = memo = new Object[size];
    }
    memo[i] = answer;
  }

  /** The word as written in the normalised text. */
  String surface(int i) {
    if (surfaces == null) {
      surfaces = new String[size];
    }
    String surface = surfaces[i];
    if (surface == null) {
      surfaces[i] = surface = source.text().substring(start[i], end[i]);
    }
    return surface;
  }

  private String[] surfaces;

  boolean isCapitalized(int i) {
    return i < size ? (shape[i] & CAPITALIZED) != 0 : Character.isUpperCase(source.charAt(start[i]));
  }

  /** Whether no char of the word is a lower-case letter. */
  boolean isUpperCase(int i) {
    if (i < size) {
      return (shape[i] & HAS_LOWER) == 0;
    }
    for (int k = start[i]; k < end[i]; k++) {
      if (Character.isLowerCase(source.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * «О ПРОГРАММЕ … В ОБЛАСТИ ВНЕШНЕЙ ПОЛИТИКИ СООБЩЕСТВА», «САММИТ»: whether words {@code [from, to)}, one or more,
   * are all words in capitals and no number (a heading's case), where a capital tells nothing of a name.
   */
  boolean inCapitals(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isUpperCase(k) || isNumber(k)) {
        return false;
      }
    }
    return to > from;
  }

  /**
   * Whether the word is a number: its first and last chars are digits. A word is a run of letters or
   * one of digits ({@link Tokenizer}), so the tokenizer's kind of the run answers it.
   */
  boolean isNumber(int i) {
    return i < size ? (shape[i] & NUMBER) != 0
        : Character.isDigit(source.charAt(start[i])) && Character.isDigit(source.charAt(end[i] - 1));
  }

  /** The first token that starts at or after normalised offset {@code offset}. */
  int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether the gap before token {@code i}, spaces aside, is exactly {@code c} («-» in «4-5»). */
  boolean gapIs(int i, char c) {
    if (gapBefore[i] == GAP_SPACE) {
      return false;
    }
    int from = i == 0 ? 0 : end[i - 1];
    boolean seen = false;
    for (int k = from; k < start[i]; k++) {
      char g = source.charAt(k);
      if (g == c && !seen) {
        seen = true;
      } else if (g != ' ') {
        return false;
      }
    }
    return seen;
  }

  /** Whether the gap before token {@code i} holds {@code c}. */
  boolean gapHas(int i, char c) {
    if (gapBefore[i] == GAP_SPACE && c != ' ') {
      return false;
    }
    int from = i == 0 ? 0 : end[i - 1];
    for (int k = from; k < start[i]; k++) {
      if (source.charAt(k) == c) {
        return true;
      }
    }
    return false;
  }

  /** Whether the gap before token {@code i} holds a stop, «!» or «?»: a sentence may end there. */
  boolean gapHasSentenceStop(int i) {
    if (gapBefore[i] == GAP_SPACE) {
      return false;
    }
    int from = i == 0 ? 0 : end[i - 1];
    for (int k = from; k < start[i]; k++) {
      char g = source.charAt(k);
      if (g == '.' || g == '!' || g == '?') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the ORIGINAL text breaks its line between token {@code k - 1} and token {@code k}: a line the
   * normaliser or the unwrapper joined («Е.С.СТРОЕВ ⏎ Приложение») still ends there.
   */
  boolean lineBreakInOriginalBefore(int k) {
    int from = source.originalEnd(start[k - 1], end[k - 1]);
    int to = source.originalStart(start[k]);
    String original = source.original();
    for (int i = from; i < to; i++) {
      if (original.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code k} opens a line of the original text (or the text itself). */
  boolean opensLine(int k) {
    return k == 0 || gapHas(k, '\n') || lineBreakInOriginalBefore(k);
  }

  /** Whether the gap before any of tokens {@code [from, to)} holds {@code c}. */
  boolean gapsHave(int from, int to, char c) {
    for (int k = from; k < to; k++) {
      if (gapHas(k, c)) {
        return true;
      }
    }
    return false;
  }

  /** The normalised text between the end of token {@code i - 1} and the start of token {@code i}. */
  String gapText(int i) {
    int from = i == 0 ? 0 : end[i - 1];
    int to = start[i];
    if (to - from <= 2) {
      // «, », «. », «-»: most gaps are a char or two of ASCII, kept as strings rather than cut anew each time.
      String kept = keptGap(from, to);
      if (kept != null) {
        return kept;
      }
    }
    return source.text().substring(from, to);
  }

  /** Gaps of up to two ASCII chars, by {@link #gapIndex}: made on first use, each an equal string. */
  private static final String[] GAPS = new String[1 + 128 + 128 * 128];

  /** The gap {@code [from, to)} of at most two chars from {@link #GAPS}, or null when a char is not ASCII. */
  private String keptGap(int from, int to) {
    int index = 0;
    for (int k = from; k < to; k++) {
      char c = source.charAt(k);
      if (c >= 128) {
        return null;
      }
      index = index * 128 + c + 1;
    }
    String kept = GAPS[index];
    if (kept == null) {
      GAPS[index] = kept = source.text().substring(from, to);
    }
    return kept;
  }
}
