package dev.entente.parser;

import dev.entente.model.TextFold;

/** Splits a normalised text into {@link Tokens} in one pass. */
final class Tokenizer {
  /**
   * A word's key and stem, computed once and shared by every parse that meets the word again, and
   * what lexicons found for it ({@link #answer}).
   */
  static final class Word {
    private static final Object[] NO_ANSWERS = {};

    final int hash;
    final char[] chars;
    final String key;
    final String stem;
    /** {@code stem.hashCode()}, kept beside the key's ({@link #hash}) so that a parse copies both into {@link Tokens}. */
    final int stemHash;
    /** Whether the key is one of the language's common words ({@link LanguageGuess.CommonWords}). */
    final boolean common;
    /**
     * By lexicon slot. A slot is written in place with release semantics and read with acquire, so
     * a reader that sees an answer sees it whole; the array is replaced only to grow, doubling, so
     * that a word asked by many lexicons is not copied once per lexicon.
     */
    private volatile Object[] answers = NO_ANSWERS;
    private static final java.lang.invoke.VarHandle SLOT =
        java.lang.invoke.MethodHandles.arrayElementVarHandle(Object[].class);
    /**
     * Yes-or-no answers of the lexicons with slots below 64, one bit each ({@link #flag}): whether
     * the answer is known, and what it is. Most words begin no entry of a lexicon, and a bit in the
     * word itself says so without a read of the {@link #answer} array, which a parse would otherwise
     * make at every token for every lexicon, from memory its own allocations have pushed out of the
     * cache. {@code flagValues} is written before {@code flagsKnown}, so a reader that sees a bit
     * known sees its value.
     */
    private volatile long flagsKnown;
    private volatile long flagValues;
    private static final java.lang.invoke.VarHandle FLAGS_KNOWN;
    private static final java.lang.invoke.VarHandle FLAG_VALUES;

    static {
      try {
        java.lang.invoke.MethodHandles.Lookup lookup = java.lang.invoke.MethodHandles.lookup();
        FLAGS_KNOWN = lookup.findVarHandle(Word.class, "flagsKnown", long.class);
        FLAG_VALUES = lookup.findVarHandle(Word.class, "flagValues", long.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    Word(int hash, char[] chars, String key, String stem, boolean common) {
      this.hash = hash;
      this.chars = chars;
      this.key = key;
      this.stem = stem;
      this.stemHash = stem.hashCode();
      this.common = common;
    }

    /** What the lexicon with {@code slot} ({@link #newSlot}) remembered for this word, or null. */
    Object answer(int slot) {
      Object[] known = answers;
      return slot < known.length ? SLOT.getAcquire(known, slot) : null;
    }

    /**
     * Remembers a lexicon's answer, which must depend on the word alone and never change. Two
     * threads remembering at once may lose one answer; it is computed again the next time.
     */
    void remember(int slot, Object answer) {
      Object[] known = answers;
      if (slot < known.length) {
        SLOT.setRelease(known, slot, answer);
        return;
      }
      Object[] more = new Object[Math.max(slot + 1, Math.min(2 * known.length, SLOTS.get()))];
      for (int k = 0; k < known.length; k++) {
        more[k] = SLOT.getAcquire(known, k);
      }
      more[slot] = answer;
      answers = more;
    }

    /** Whether the lexicon with {@code slot} remembered a yes-or-no answer ({@link #rememberFlag}) for this word. */
    boolean flagKnown(int slot) {
      return slot < Long.SIZE && (flagsKnown & 1L << slot) != 0;
    }

    /**
     * The slots below 64 whose lexicons remembered a no ({@link #rememberFlag}) for this word, one
     * bit each: copied into {@link Tokens} as the word is read, so that the lexicons that begin
     * nothing with it answer from one array of the parse's own instead of from the word.
     */
    long flaggedNo() {
      long known = flagsKnown; // read first: a bit known has its value written before it
      return known & ~flagValues;
    }

    /** The answer {@link #rememberFlag} kept for the lexicon with {@code slot}, if {@link #flagKnown}. */
    boolean flag(int slot) {
      return (flagValues & 1L << slot) != 0;
    }

    /**
     * Remembers a lexicon's yes-or-no answer, which must depend on the word alone and never change;
     * for slots from 64 on, nothing (the lexicon keeps its {@link #answer} as well).
     */
    void rememberFlag(int slot, boolean value) {
      if (slot < Long.SIZE) {
        if (value) {
          FLAG_VALUES.getAndBitwiseOr(this, 1L << slot);
        }
        FLAGS_KNOWN.getAndBitwiseOr(this, 1L << slot);
      }
    }
  }

  private static final java.util.concurrent.atomic.AtomicInteger SLOTS = new java.util.concurrent.atomic.AtomicInteger();

  /** A new slot for a lexicon's answers in every {@link Word}. */
  static int newSlot() {
    return SLOTS.getAndIncrement();
  }

  /** How many slots {@link #newSlot} has given out so far. */
  static int slots() {
    return SLOTS.get();
  }

  /**
   * Words kept. A set that overflows evicts in order of arrival, and a text's rarer words are met
   * again only in later texts, so a set of nine words met in turn misses every one of them: with
   * 16K slots, 2 % of the words of 340 Russian texts (about 10,000 distinct) were made again at
   * every pass, and each new word costs its stem, string hash and every lexicon's first look-up;
   * with 32K, 0.1 %.
   */
  private static final int CACHE_SIZE = 1 << 15;
  /** Slots per set of the word cache. */
  private static final int WAYS = 8;
  /** Shifts a 32-bit hash down to a set's number: {@code CACHE_SIZE / WAYS} sets. */
  private static final int SET_SHIFT = 32 - Integer.numberOfTrailingZeros(CACHE_SIZE / WAYS);

  private final Stemmer stemmer;
  private final Language language;
  /** The language's {@link LanguageSigns#letterKinds}: the language check's letters are counted as the words are read. */
  private final byte[] letterKinds;
  private final LanguageGuess.CommonWords commonWords;
  /**
   * What the loop over a text reads of each char below {@link #TABLED}, in one look-up: its key
   * ({@link TextFold}) in the low 16 bits, its {@link #kind} above them, {@link #OWN} if it is
   * one of the language's own letters, {@link #UPPER} if it is a capital and {@link #LOWER} if a
   * lower-case letter.
   */
  private final int[] charInfo = new int[TABLED];
  /**
   * Recently met words by hash, so that the common ones cost no allocation and no stemming.
   * Shared by threads without locks: a slot holds an immutable {@link Word} (final fields), so a
   * racing reader sees either a whole word or another one, and checks it against the text anyway.
   */
  private final Word[] cache = new Word[CACHE_SIZE];
  /**
   * The hash of the word in each slot of {@link #cache}, side by side: a set's other words are
   * passed over on it without a read of their objects, which on a shared machine are often out of
   * the processor's cache. Written with the slot and checked against the word itself, so a racing
   * reader at worst misses a word and makes it again.
   */
  private final int[] cacheHashes = new int[CACHE_SIZE];

  Tokenizer(Stemmer stemmer, Language language, byte[] letterKinds, LanguageGuess.CommonWords commonWords) {
    this.stemmer = stemmer;
    this.language = language;
    this.letterKinds = letterKinds;
    this.commonWords = commonWords;
    for (char c = 0; c < TABLED; c++) {
      charInfo[c] = info(c);
    }
  }

  private static final int KIND_SHIFT = 16;
  private static final int OWN = 1 << 20;
  private static final int UPPER = 1 << 21;
  private static final int LOWER = 1 << 22;
  /** A Latin letter: with {@link #CYRILLIC} in one run of letters, a word of two scripts ({@link #mixedScripts}). */
  private static final int LATIN = 1 << 23;
  private static final int CYRILLIC = 1 << 24;

  /** {@link #charInfo} of {@code c}, computed. */
  private int info(char c) {
    byte kind = kind(c);
    boolean own = kind == LETTER && (c < TABLED ? letterKinds[c] == LanguageSigns.OWN_LETTER : language.isOwnLetter(c));
    return TextFold.fold(c) | kind << KIND_SHIFT | (own ? OWN : 0) | (Character.isUpperCase(c) ? UPPER : 0)
        | (Character.isLowerCase(c) ? LOWER : 0) | (kind == LETTER ? scriptBit(c) : 0);
  }

  private static int scriptBit(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.LATIN ? LATIN : script == Character.UnicodeScript.CYRILLIC ? CYRILLIC : 0;
  }

  private int infoOf(char c) {
    return c < TABLED ? charInfo[c] : info(c);
  }

  Tokens tokenize(NormalizedText source) {
    char[] text = source.chars();
    int n = source.length();
    // A word takes 6-7 characters of English and 8 of Russian, spaces and stops included: arrays that
    // seldom grow, since growing copies all twelve.
    int capacity = n / 6 + 64;
    int[] start = new int[capacity];
    int[] end = new int[capacity];
    String[] key = new String[capacity];
    String[] stem = new String[capacity];
    char[] initial = new char[capacity];
    int[] keyHash = new int[capacity];
    int[] stemHash = new int[capacity];
    Word[] words = new Word[capacity];
    byte[] gap = new byte[capacity];
    boolean[] hyphenAfter = new boolean[capacity];
    byte[] shape = new byte[capacity];
    long[] flaggedNo = new long[capacity];
    char[] lowered = new char[64];
    // What LanguageGuess.check reads: letters, the language's own among them, words of letters in
    // the opening window and the common words among those.
    int letterCount = 0;
    int ownLetters = 0;
    int wordsRead = 0;
    int commonRead = 0;
    int size = 0;
    int i = 0;
    byte pendingGap = Tokens.GAP_HARD;
    while (i < n) {
      int info = infoOf(text[i]);
      int kind = info >>> KIND_SHIFT & KIND_MASK;
      if (kind < DIGIT) {
        pendingGap = (byte) Math.max(pendingGap, kind);
        i++;
        continue;
      }
      int from = i;
      boolean letters = kind == LETTER;
      boolean capital = (info & UPPER) != 0;
      int hash = 0;
      int seen = 0;
      // A capital after a small letter sets UPPER here (LOWER is the bit above it): «декларацияМосква».
      int raised = 0;
      do {
        raised |= seen >>> 1 & info;
        seen |= info;
        if (i - from == lowered.length) {
          lowered = java.util.Arrays.copyOf(lowered, lowered.length * 2);
        }
        if ((info & OWN) != 0) {
          ownLetters++;
        }
        char lower = (char) info;
        lowered[i - from] = lower;
        hash = 31 * hash + lower;
        i++;
      } while (i < n && ((info = infoOf(text[i])) >>> KIND_SHIFT & KIND_MASK) == kind);
      int length = i - from;
      byte gapAfter = Tokens.GAP_SPACE;
      boolean mixed = (seen & (LATIN | CYRILLIC)) == (LATIN | CYRILLIC);
      if (mixed || (raised & UPPER) != 0) {
        int split = mixed ? mixedScripts(text, from, i, lowered) : gluedAtCapital(text, from, i);
        if (split > from) {
          for (int k = split; k < i; k++) {
            ownLetters -= (infoOf(text[k]) & OWN) != 0 ? 1 : 0; // read again as the next word
          }
          i = split;
          length = i - from;
          gapAfter = Tokens.GAP_HARD;
          seen = 0;
        }
        hash = 0;
        for (int k = 0; k < length; k++) {
          seen |= split > from ? infoOf(text[from + k]) : 0;
          hash = 31 * hash + lowered[k];
        }
      }
      if (letters && length == 1) {
        int spacedEnd = spacedEnd(text, from, n);
        if (spacedEnd > 0) {
          // «р е ш и л»: a word set letter by letter (разрядка) is one word of its letters.
          length = 0;
          hash = 0;
          for (int k = from; k < spacedEnd; k += 2) {
            int letterInfo = infoOf(text[k]);
            seen |= letterInfo;
            if (k > from && (letterInfo & OWN) != 0) {
              ownLetters++;
            }
            if (length == lowered.length) {
              lowered = java.util.Arrays.copyOf(lowered, lowered.length * 2);
            }
            char lower = (char) letterInfo;
            lowered[length++] = lower;
            hash = 31 * hash + lower;
          }
          i = spacedEnd;
        } else if (capital && i + 2 < n && text[i] == '-' && opensSplitOffRest(infoOf(text[i + 1]), infoOf(text[i + 2]))) {
          // «W-arsaw P-act»: a scan's stray hyphen after a word's capital; the word is its letters on both sides.
          int k = i + 1;
          int letterInfo;
          while (k < n && ((letterInfo = infoOf(text[k])) >>> KIND_SHIFT & KIND_MASK) == LETTER) {
            seen |= letterInfo;
            if ((letterInfo & OWN) != 0) {
              ownLetters++;
            }
            if (length == lowered.length) {
              lowered = java.util.Arrays.copyOf(lowered, lowered.length * 2);
            }
            char lower = (char) letterInfo;
            lowered[length++] = lower;
            hash = 31 * hash + lower;
            k++;
          }
          i = k;
        }
      }
      if (size == start.length) {
        int grown = size * 2;
        start = java.util.Arrays.copyOf(start, grown);
        end = java.util.Arrays.copyOf(end, grown);
        key = java.util.Arrays.copyOf(key, grown);
        stem = java.util.Arrays.copyOf(stem, grown);
        initial = java.util.Arrays.copyOf(initial, grown);
        keyHash = java.util.Arrays.copyOf(keyHash, grown);
        stemHash = java.util.Arrays.copyOf(stemHash, grown);
        words = java.util.Arrays.copyOf(words, grown);
        gap = java.util.Arrays.copyOf(gap, grown);
        hyphenAfter = java.util.Arrays.copyOf(hyphenAfter, grown);
        shape = java.util.Arrays.copyOf(shape, grown);
        flaggedNo = java.util.Arrays.copyOf(flaggedNo, grown);
      }
      Word word = word(lowered, length, hash, letters);
      if (letters) {
        letterCount += length;
        if (from < LanguageGuess.WORD_WINDOW_CHARS) {
          wordsRead++;
          if (i <= LanguageGuess.WORD_WINDOW_CHARS ? word.common
              : commonWords.contains(text, from, LanguageGuess.WORD_WINDOW_CHARS)) {
            commonRead++;
          }
        }
      }
      start[size] = from;
      end[size] = i;
      key[size] = word.key;
      stem[size] = word.stem;
      initial[size] = lowered[0];
      keyHash[size] = word.hash; // the key's String hash: the same polynomial over its chars
      stemHash[size] = word.stemHash;
      words[size] = word;
      gap[size] = pendingGap;
      hyphenAfter[size] = i < n && text[i] == '-';
      shape[size] = (byte) ((capital ? Tokens.CAPITALIZED : 0) | (letters ? 0 : Tokens.NUMBER)
          | ((seen & LOWER) != 0 ? Tokens.HAS_LOWER : 0));
      flaggedNo[size] = word.flaggedNo();
      size++;
      pendingGap = gapAfter;
    }
    return new Tokens(source, size, start, end, key, stem, initial, keyHash, stemHash, words, gap, hyphenAfter, shape, flaggedNo,
        new LanguageGuess.Evidence(letterCount, ownLetters, wordsRead, commonRead));
  }

  /** Latin capitals and the Cyrillic ones drawn alike, at the same index; then the small letters. */
  private static final String LATIN_LOOKALIKES = "ABCEHKMOPTXYaceopxy";
  private static final String CYRILLIC_LOOKALIKES =
      "\u0410\u0412\u0421\u0415\u041D\u041A\u041C\u041E\u0420\u0422\u0425\u0423\u0430\u0441\u0435\u043E\u0440\u0445\u0443"; // АВСЕНКМОРТХУасеорху

  /**
   * Reads a run of letters of both Latin and Cyrillic script, {@code text[from, to)}, whose keys
   * {@code lowered} holds. Letters of one script that are all drawn like letters of the other, in a
   * word of the other (a scan or a typist's «cocтаве», «Mосква»; «Сhina»), are keyed as the other's;
   * two words of different scripts written together where a line break or a tag was lost
   * («newsГлавы», «инфекцияCOVID») part where the script changes. Returns that place, or
   * {@code from} when the run stays one word.
   */
  private static int mixedScripts(char[] text, int from, int to, char[] lowered) {
    boolean latinAlike = true;
    boolean cyrillicAlike = true;
    int latin = 0;
    int cyrillic = 0;
    for (int k = from; k < to; k++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(text[k]);
      if (script == Character.UnicodeScript.LATIN) {
        latin++;
        latinAlike &= LATIN_LOOKALIKES.indexOf(text[k]) >= 0;
      } else if (script == Character.UnicodeScript.CYRILLIC) {
        cyrillic++;
        cyrillicAlike &= CYRILLIC_LOOKALIKES.indexOf(text[k]) >= 0;
      }
    }
    boolean toCyrillic = latinAlike && (!cyrillicAlike || cyrillic >= latin);
    boolean toLatin = !toCyrillic && cyrillicAlike;
    if (toCyrillic || toLatin) {
      String fromSet = toCyrillic ? LATIN_LOOKALIKES : CYRILLIC_LOOKALIKES;
      String toSet = toCyrillic ? CYRILLIC_LOOKALIKES : LATIN_LOOKALIKES;
      for (int k = from; k < to; k++) {
        int at = fromSet.indexOf(text[k]);
        if (at >= 0) {
          lowered[k - from] = TextFold.fold(toSet.charAt(at));
        }
      }
      return from;
    }
    boolean firstLatin = Character.UnicodeScript.of(text[from]) == Character.UnicodeScript.LATIN;
    int k = from + 1;
    while (k < to && (Character.UnicodeScript.of(text[k]) == Character.UnicodeScript.LATIN) == firstLatin) {
      k++;
    }
    return k < to ? k : from;
  }

  /** Small letters a word needs right before a capital inside it to be read as two words glued together. */
  private static final int GLUED_TAIL = 3;

  /**
   * Where a run of letters {@code text[from, to)} holding a capital after a small letter parts into two
   * words glued where a line break or a tag was lost («декларацияМосква», «ИранЕго», "StatementThe", "ofAmerica"):
   * at the first capital that follows {@link #GLUED_TAIL} small letters or more (one fewer in a word that
   * opens in a small letter), is followed by a small
   * letter, and has no capital before it but the word's first letter. Names written in camel case keep
   * together: a short piece before the capital («McMahon», «MacArthur», «ЕврАзЭС», «КазМунайГаз»).
   * Returns {@code from} when the run stays one word.
   */
  private static int gluedAtCapital(char[] text, int from, int to) {
    // A word that opens in small letters is no name: two of them do («ofAmerica»).
    int needed = Character.isLowerCase(text[from]) ? GLUED_TAIL - 1 : GLUED_TAIL;
    int small = Character.isLowerCase(text[from]) ? 1 : 0;
    for (int k = from + 1; k + 1 < to; k++) {
      char c = text[k];
      if (Character.isLowerCase(c)) {
        small++;
      } else if (Character.isUpperCase(c)) {
        return small >= needed && Character.isLowerCase(text[k + 1]) ? k : from;
      } else {
        return from;
      }
    }
    return from;
  }

  /**
   * Whether two chars (their {@link #charInfo}) after a capital and a hyphen are the lower-case rest of
   * the capital's word that a scan split off («W-arsaw»): two small letters at least, so that
   * «A-b» stays a range of items.
   */
  private static boolean opensSplitOffRest(int first, int second) {
    return (first >>> KIND_SHIFT & KIND_MASK) == LETTER && (first & LOWER) != 0
        && (second >>> KIND_SHIFT & KIND_MASK) == LETTER && (second & LOWER) != 0;
  }

  /** The fewest letters of a word set letter by letter: «и в с» is three words, «р е ш и л» one. */
  private static final int SPACED_LETTERS = 4;

  /**
   * Where a word set letter by letter that starts at the single letter {@code from} ends: letters
   * each alone, one space apart, all lower-case or all capitals after the first, at least
   * {@link #SPACED_LETTERS}; -1 when there is none.
   */
  private static int spacedEnd(char[] text, int from, int n) {
    int k = from;
    int count = 1;
    boolean upper = false;
    while (k + 2 < n && text[k + 1] == ' ' && kind(text[k + 2]) == LETTER && (k + 3 >= n || kind(text[k + 3]) != LETTER)) {
      boolean isUpper = Character.isUpperCase(text[k + 2]);
      if (count > 1 && isUpper != upper) {
        break;
      }
      upper = isUpper;
      k += 2;
      count++;
    }
    return count >= SPACED_LETTERS ? k + 1 : -1;
  }

  /**
   * The cached word for key {@code lowered[0, length)}, else a new one put in its place. A word may
   * sit in any of the {@link #WAYS} slots of its set, so that a few frequent words with colliding
   * hashes do not keep evicting each other (a word evicted loses what every lexicon remembered for
   * it, and costs its stem and every lexicon's lookup again). The set is chosen by the high bits of
   * the hash multiplied by the golden ratio, which spreads words that differ only in their last
   * letters (a Russian word's case endings) better than the hash's low bits do.
   */
  private Word word(char[] lowered, int length, int hash, boolean letters) {
    int set = (hash * 0x9E3779B9 >>> SET_SHIFT) * WAYS;
    for (int way = set; way < set + WAYS; way++) {
      if (cacheHashes[way] != hash) {
        continue;
      }
      Word cached = cache[way];
      if (cached != null && cached.hash == hash && sameChars(cached.chars, lowered, length)) {
        return cached;
      }
    }
    char[] chars = java.util.Arrays.copyOf(lowered, length);
    String key = new String(chars);
    Word word = new Word(hash, chars, key, letters ? stemmer.stem(key) : key,
        letters && commonWords.containsKey(chars));
    // The newcomer takes the set's first slot and pushes the others along, evicting the oldest.
    System.arraycopy(cache, set, cache, set + 1, WAYS - 1);
    System.arraycopy(cacheHashes, set, cacheHashes, set + 1, WAYS - 1);
    cache[set] = word;
    cacheHashes[set] = hash;
    return word;
  }

  /** A plain loop: words are short, and {@code Arrays.equals} costs more to set up than to run here. */
  private static boolean sameChars(char[] word, char[] lowered, int length) {
    if (word.length != length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (word[k] != lowered[k]) {
        return false;
      }
    }
    return true;
  }

  /** A word is a run of letters or a run of digits (a letter and a digit make two words). */
  private static final byte LETTER = 4;
  private static final byte DIGIT = 3;
  /** {@link #charInfo}'s bits of the kind, shifted down. */
  private static final int KIND_MASK = 7;
  private static final int TABLED = 0x800;
  /** The classes of U+0000 to U+07FF (Latin, Greek, Cyrillic…), looked up; the rest are computed. */
  private static final byte[] CLASSES = classes();

  private static byte[] classes() {
    byte[] classes = new byte[TABLED];
    for (char c = 0; c < TABLED; c++) {
      classes[c] = classOf(c);
    }
    return classes;
  }

  /**
   * {@link #LETTER}, {@link #DIGIT}, or, for the characters between words, the gap it makes
   * ({@link Tokens#GAP_SPACE}, {@link Tokens#GAP_SOFT}, {@link Tokens#GAP_HARD}): quotes, hyphens,
   * slashes and brackets let a name run across them.
   */
  private static byte classOf(char c) {
    boolean ascii = c < 128;
    if (ascii ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c)) {
      return LETTER;
    } else if (ascii ? c >= '0' && c <= '9' : Character.isLetterOrDigit(c)) {
      return DIGIT;
    }
    return "\"'-/()".indexOf(c) >= 0 ? Tokens.GAP_SOFT : c == ' ' ? Tokens.GAP_SPACE : Tokens.GAP_HARD;
  }

  private static byte kind(char c) {
    return c < TABLED ? CLASSES[c] : classOf(c);
  }

  /** The key of {@code text[from, to)}: {@link TextFold}, the form every lexicon is written in. */
  static String keyOf(CharSequence text, int from, int to) {
    return TextFold.fold(text, from, to);
  }

  /** The key of a word: {@link TextFold}, the form every lexicon is written in. */
  static String keyOf(String word) {
    return TextFold.fold(word);
  }

  /**
   * Whether {@code test} holds for the key of every word of a line's {@code text[from, to)} — its runs of letters and
   * figures, hyphens inside them kept — asked in order and no further than the first word it fails on.
   */
  static boolean everyWordKey(String text, int from, int to, java.util.function.Predicate<String> test) {
    int k = from;
    while (k < to) {
      if (!Character.isLetterOrDigit(text.charAt(k))) {
        k++;
        continue;
      }
      int start = k;
      while (k < to && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '-')) {
        k++;
      }
      if (!test.test(keyOf(text, start, k))) {
        return false;
      }
    }
    return true;
  }
}
