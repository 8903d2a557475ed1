package dev.entente.parser;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed word classes and endings of a language ({@code words.tsv}), by {@link WordClass}:
 * function words, demonstratives, prepositions, cue words, endings. The recognisers ask here
 * instead of keeping a language's words in code.
 */
final class Words {
  private static final int CLASSES = WordClass.values().length;
  private final Map<WordClass, List<String>> byKind = new EnumMap<>(WordClass.class);
  // By WordClass ordinal: asked per token on the hot path. HashSets, not Set.copyOf: an immutable
  // set finds a word's place by a division (floorMod), a HashSet by a mask.
  @SuppressWarnings("unchecked")
  private final Set<String>[] sets = (Set<String>[]) new Set<?>[CLASSES];
  /**
   * By WordClass ordinal, {@link #FILTER_BITS} bits, and for each of the class's words the bit
   * {@link #filterBit} of its hash: a word whose bit is clear is not in the class, found without a
   * look-up in the set (most words asked are in none; their hash is kept by the string). Wide
   * enough that a class of a hundred words lets few others through.
   */
  private final long[] hashBits = new long[CLASSES * FILTER_LONGS];
  private static final int FILTER_BITS = 1024;
  private static final int FILTER_LONGS = FILTER_BITS / Long.SIZE;

  /** The bit of a word's hash in its class's filter ({@link #hashBits}), counted from the class's first long. */
  private static int filterBit(int hash) {
    return (hash ^ hash >>> 16) & FILTER_BITS - 1;
  }

  /**
   * By WordClass ordinal, {@link #FIRST_BITS} bits: for each of the class's words the bit of its
   * first letter (all bits when a word is empty), so a word whose first letter starts none of the
   * class's words is ruled out before {@link #startsWithAny} walks the trie.
   */
  private final long[] firstBits = new long[CLASSES * FIRST_LONGS];
  private static final int FIRST_BITS = 256;
  private static final int FIRST_LONGS = FIRST_BITS / Long.SIZE;

  private boolean mayStart(WordClass kind, char first) {
    int bit = first & FIRST_BITS - 1;
    return (firstBits[kind.ordinal() * FIRST_LONGS + (bit >>> 6)] & 1L << bit) != 0;
  }

  private boolean mayHold(WordClass kind, String word) {
    int bit = filterBit(word.hashCode());
    return (hashBits[kind.ordinal() * FILTER_LONGS + (bit >>> 6)] & 1L << bit) != 0;
  }
  /**
   * By WordClass ordinal, made on first use (most classes are never asked for by affix or phrase,
   * and the data is read at start-up): written with release semantics and read with acquire, so a
   * thread sees a whole trie or null; two threads may both make one, and either is kept.
   */
  private final Affixes[] prefixes = new Affixes[CLASSES];
  private final Affixes[] endings = new Affixes[CLASSES];
  private final String[][][] phrases = new String[CLASSES][][];
  private static final VarHandle AFFIXES = MethodHandles.arrayElementVarHandle(Affixes[].class);
  private static final VarHandle PHRASES = MethodHandles.arrayElementVarHandle(String[][][].class);
  /** The word of a class of one word, compared directly; null for the others. */
  private final String[] single = new String[CLASSES];

  /** A class's words in a trie, read from the front (prefixes) or the back (endings) of a word. */
  private static final class Affixes extends CharTrie<Affixes> {
    private boolean complete;

    static Affixes of(List<String> affixes, boolean backwards) {
      Affixes root = new Affixes();
      for (String affix : affixes) {
        Affixes node = root;
        for (int k = 0; k < affix.length(); k++) {
          node = node.childOrAdd(affix.charAt(backwards ? affix.length() - 1 - k : k), Affixes::new);
        }
        node.complete = true;
      }
      return root;
    }

    boolean matches(String word, boolean backwards) {
      Affixes node = this;
      for (int k = 0; k < word.length(); k++) {
        if (node.complete) {
          return true;
        }
        node = node.child(word.charAt(backwards ? word.length() - 1 - k : k));
        if (node == null) {
          return false;
        }
      }
      return node.complete;
    }
  }

  /**
   * Reads {@code resource}: one row per class, named by its {@link WordClass} constant.
   *
   * @throws IllegalStateException naming the file and line of a row for no known class or a class
   *     listed twice, or the classes in {@code required} the file does not list
   */
  Words(String resource, Set<WordClass> required) {
    for (Tsv.Row row : Tsv.read(resource, 2)) {
      WordClass kind = Tsv.enumValue(row, 0, WordClass.class);
      if (byKind.put(kind, List.copyOf(row.values(1))) != null) {
        throw row.error("word class '" + row.get(0) + "' is listed twice");
      }
    }
    Set<WordClass> missing = EnumSet.noneOf(WordClass.class);
    missing.addAll(required);
    missing.removeAll(byKind.keySet());
    if (!missing.isEmpty()) {
      throw new IllegalStateException(resource + ": no row for the word classes " + missing
          + " (list them, with - when the language has no such words)");
    }
    for (Map.Entry<WordClass, List<String>> entry : byKind.entrySet()) {
      List<String> words = entry.getValue();
      sets[entry.getKey().ordinal()] = new java.util.HashSet<>(words);
      for (String word : words) {
        int bit = filterBit(word.hashCode());
        hashBits[entry.getKey().ordinal() * FILTER_LONGS + (bit >>> 6)] |= 1L << bit; // a long shift takes the low 6 bits
      }
      single[entry.getKey().ordinal()] = words.size() == 1 ? words.get(0) : null;
      for (String word : words) {
        int base = entry.getKey().ordinal() * FIRST_LONGS;
        if (word.isEmpty()) {
          java.util.Arrays.fill(firstBits, base, base + FIRST_LONGS, -1L);
        } else {
          int bit = word.charAt(0) & FIRST_BITS - 1;
          firstBits[base + (bit >>> 6)] |= 1L << bit;
        }
      }
    }
  }

  /** The class's words in a trie read from the front ({@code backwards} false) or the back, made on first use. */
  private Affixes affixes(WordClass kind, boolean backwards) {
    Affixes[] tries = backwards ? endings : prefixes;
    Affixes trie = (Affixes) AFFIXES.getAcquire(tries, kind.ordinal());
    if (trie == null) {
      trie = Affixes.of(list(kind), backwards);
      AFFIXES.setRelease(tries, kind.ordinal(), trie);
    }
    return trie;
  }

  /** The class's phrases, each split into its words, made on first use. */
  private String[][] phrases(WordClass kind) {
    String[][] split = (String[][]) PHRASES.getAcquire(phrases, kind.ordinal());
    if (split == null) {
      List<String> words = list(kind);
      split = new String[words.size()][];
      for (int k = 0; k < split.length; k++) {
        split[k] = words.get(k).split(" ");
      }
      PHRASES.setRelease(phrases, kind.ordinal(), split);
    }
    return split;
  }

  /** The classes the file lists. */
  Set<WordClass> kinds() {
    return byKind.keySet();
  }

  /** The words of {@code kind}, in file order. */
  List<String> list(WordClass kind) {
    return known(byKind.get(kind), kind);
  }

  /** Whether {@code word} is one of {@code kind}. */
  boolean is(WordClass kind, String word) {
    String only = single[kind.ordinal()];
    if (only != null) {
      // Keys keep their hash: most words differ from the one word by it, without a read of their letters.
      return word != null && only.hashCode() == word.hashCode() && only.equals(word);
    }
    Set<String> set = known(sets[kind.ordinal()], kind);
    return word != null && mayHold(kind, word) && set.contains(word);
  }

  /**
   * Whether token {@code i}'s key is one of {@code kind}: as {@link #is(WordClass, String)}, answered
   * once per word and kept in its flag bits ({@link WordFlag}), for a class asked at every token of a
   * text. The flag is made on the class's first such question.
   */
  boolean is(WordClass kind, Tokens t, int i) {
    WordFlag flag = (WordFlag) FLAGS.getAcquire(flags, kind.ordinal());
    if (flag == null) {
      flag = madeFlag(kind);
    }
    return flag.test(t, i);
  }

  /** By WordClass ordinal, the flags of {@link #is(WordClass, Tokens, int)}, made on first use. */
  private final WordFlag[] flags = new WordFlag[CLASSES];
  private static final VarHandle FLAGS = MethodHandles.arrayElementVarHandle(WordFlag[].class);

  /** Locked, so that each class takes one flag slot of the words, however many threads ask at once. */
  private synchronized WordFlag madeFlag(WordClass kind) {
    WordFlag flag = flags[kind.ordinal()];
    if (flag == null) {
      known(sets[kind.ordinal()], kind);
      flag = new WordFlag(word -> is(kind, word));
      FLAGS.setRelease(flags, kind.ordinal(), flag);
    }
    return flag;
  }

  /** Whether {@code word} starts with one of the prefixes of {@code kind}. */
  boolean startsWithAny(WordClass kind, String word) {
    if (!word.isEmpty() && !mayStart(kind, word.charAt(0))) {
      return false;
    }
    String only = single[kind.ordinal()];
    return only != null ? word.startsWith(only) : affixes(kind, false).matches(word, false);
  }

  /**
   * Whether token {@code j}'s key starts with one of the prefixes of {@code kind}: as {@link
   * #startsWithAny(WordClass, String)}, but a token whose first letter starts none of them is ruled
   * out without a read of its key.
   */
  boolean startsWithAny(WordClass kind, Tokens t, int j) {
    return mayStart(kind, t.initial[j]) && startsWithAny(kind, t.key[j]);
  }

  /** Whether {@code word} ends with one of the endings of {@code kind}. */
  boolean endsWithAny(WordClass kind, String word) {
    String only = single[kind.ordinal()];
    return only != null ? word.endsWith(only) : affixes(kind, true).matches(word, true);
  }

  /**
   * Whether one of the phrases of {@code kind} (words separated by spaces) stands at token
   * {@code first}, each of its words the start of a token when {@code prefixes}, else the whole
   * token, all before token {@code limit}.
   */
  boolean phraseAt(WordClass kind, Tokens t, int first, int limit, boolean prefixes) {
    for (String[] words : phrases(kind)) {
      if (first >= 0 && first + words.length <= limit && matches(words, t, first, prefixes)) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the phrases of {@code kind} is tokens {@code [first, end)}, each of its words the start of a token. */
  boolean isPhrase(WordClass kind, Tokens t, int first, int end) {
    return isPhraseAround(kind, t, first, end, end, end);
  }

  /**
   * Whether one of the phrases of {@code kind} is tokens {@code [first, end)} less the tokens {@code [gapFrom, gapTo)}
   * inside them (a party's name within a body's: «Комиссия ООН по …»), each of its words the start of a token.
   */
  boolean isPhraseAround(WordClass kind, Tokens t, int first, int end, int gapFrom, int gapTo) {
    if (first < 0) {
      return false;
    }
    int length = end - first - (gapTo - gapFrom);
    for (String[] words : phrases(kind)) {
      if (words.length == length && matchesAround(words, t, first, gapFrom, gapTo)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code words} start tokens {@code first, first + 1, …} in turn, tokens {@code [gapFrom, gapTo)} skipped. */
  private static boolean matchesAround(String[] words, Tokens t, int first, int gapFrom, int gapTo) {
    for (int k = 0, j = first; k < words.length; k++, j++) {
      j = j == gapFrom ? gapTo : j;
      if (!t.key[j].startsWith(words[k])) {
        return false;
      }
    }
    return true;
  }

  /** Whether one of the phrases of {@code kind}, whole words, ends just before token {@code end}, starting at {@code from} or after. */
  boolean phraseEndsAt(WordClass kind, Tokens t, int from, int end) {
    for (String[] words : phrases(kind)) {
      if (end - words.length >= from && matches(words, t, end - words.length, false)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code words} are tokens {@code first, first + 1, …} in turn, each the start of one when {@code prefixes}, else the whole. */
  static boolean matches(String[] words, Tokens t, int first, boolean prefixes) {
    for (int k = 0; k < words.length; k++) {
      if (!(prefixes ? t.key[first + k].startsWith(words[k]) : t.key[first + k].equals(words[k]))) {
        return false;
      }
    }
    return true;
  }

  private static <T> T known(T value, WordClass kind) {
    if (value == null) {
      throw new IllegalStateException("the language data lists no word class " + kind);
    }
    return value;
  }
}
