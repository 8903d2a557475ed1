package dev.entente.parser;

import dev.entente.model.Diagnostic;
import dev.entente.model.DiagnosticCode;
import dev.entente.model.TextFold;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Which of the parser's languages a text is in, from its letters (the script each language
 * writes in) and, between languages of one script, its most frequent words (each language's
 * function words, conjunctions and prepositions). A text in none of them gets a diagnostic that
 * says what was found: how many letters of which script, and how few of the language's words.
 */
final class LanguageGuess {
  /** Fewer letters than this are too little evidence of any language. */
  static final int MIN_LETTERS = 20;
  /** Below this share of a language's common words among the words read, a text is not in it. */
  private static final double MIN_COMMON_WORD_SHARE = 0.04;
  /** The share of a text's letters a language's script needs to be read when the larger script's words fail. */
  private static final double MIN_MIXED_SCRIPT_SHARE = 0.25;
  /** Words read for the common-word evidence: the opening of a long text is enough. */
  static final int WORD_WINDOW_CHARS = 20_000;

  /** Where the language chosen (the closest one when none fits) is in the list asked about, and, when none fits, why. */
  final int index;
  final Diagnostic diagnostic;

  private LanguageGuess(int index, Diagnostic diagnostic) {
    this.index = index;
    this.diagnostic = diagnostic;
  }

  /**
   * A language's common words (function words, conjunctions and prepositions) in a trie, so
   * that a word is looked up as it is read, without making a string of it; a token's answer is kept
   * by its {@link Tokenizer.Word#common}.
   */
  static final class CommonWords {
    private static final class Node extends CharTrie<Node> {
      private boolean word;
    }

    private final Node root = new Node();

    CommonWords(Words words) {
      // prepositions of place too: Russian's most frequent word, «в», is only one of them
      for (WordClass kind : List.of(WordClass.FUNCTION_WORD, WordClass.AND, WordClass.NAME_PREPOSITION,
          WordClass.LOCATIVE_PREPOSITION)) {
        for (String w : words.list(kind)) {
          Node node = root;
          for (int k = 0; k < w.length(); k++) {
            node = node.childOrAdd(w.charAt(k), Node::new);
          }
          node.word = true;
        }
      }
    }

    /** Whether the key of {@code chars[from, to)} ({@link Tokenizer#keyOf}) is a common word. */
    boolean contains(char[] chars, int from, int to) {
      Node node = root;
      for (int k = from; k < to && node != null; k++) {
        node = node.child(TextFold.fold(chars[k]));
      }
      return node != null && node.word;
    }

    /** Whether a word's key, its chars already folded, is a common word. */
    boolean containsKey(char[] key) {
      Node node = root;
      for (int k = 0; k < key.length && node != null; k++) {
        node = node.child(key[k]);
      }
      return node != null && node.word;
    }
  }

  /**
   * What {@link #check} reads of a text, counted by the {@link Tokenizer} as it reads the words (a
   * word of letters is exactly a run of letters), so that the check makes no pass of its own: the
   * letters, those of the language's script, the words of letters that start in the first {@link
   * #WORD_WINDOW_CHARS} chars, and the common words among them (of a word cut by the window, its
   * part inside).
   */
  static final class Evidence {
    final int letters;
    final int ownLetters;
    final int words;
    final int commonWords;

    Evidence(int letters, int ownLetters, int words, int commonWords) {
      this.letters = letters;
      this.ownLetters = ownLetters;
      this.words = words;
      this.commonWords = commonWords;
    }
  }

  private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();
  /** The script of each char below U+0800, by ordinal: a letter of no language's script is counted by its script. */
  private static final char[] SCRIPT_OF = new char[0x800];

  static {
    for (char c = 0; c < SCRIPT_OF.length; c++) {
      SCRIPT_OF[c] = (char) Character.UnicodeScript.of(c).ordinal();
    }
  }

  /** The letters of a text: how many, how many of each language's script, and how many of each other script. */
  private static final class Letters {
    final int all;
    final int[] own;
    /** Letters of no language's script by {@link Character.UnicodeScript} ordinal; null until one is read. */
    int[] scripts;

    /** The counts of a text in its own script, where no other script is asked about. */
    Letters(int all, int own) {
      this.all = all;
      this.own = new int[] {own};
    }

    /** Counts the letters of {@code chars[0, length)}. */
    Letters(char[] chars, int length, List<LanguageSigns> languages) {
      own = new int[languages.size()];
      // Below U+0800 every language's table says the same of whether c is a letter; each says whether it is its own.
      byte[] kinds = languages.get(0).letterKinds;
      boolean one = own.length == 1;
      // Counted in locals, the common case (one language, one of its letters) in the fewest steps.
      int letters = 0;
      int ownOfOne = 0;
      for (int i = 0; i < length; i++) {
        char c = chars[i];
        if (c < kinds.length) {
          byte kind = kinds[c];
          if (kind == LanguageSigns.NOT_A_LETTER) {
            continue;
          }
          letters++;
          if (one) {
            if (kind == LanguageSigns.OWN_LETTER) {
              ownOfOne++;
              continue;
            }
          } else if (countOwn(c, languages, true)) {
            continue;
          }
        } else {
          if (!Character.isLetter(c)) {
            continue;
          }
          letters++;
          if (countOwn(c, languages, false)) {
            continue;
          }
        }
        if (scripts == null) {
          scripts = new int[SCRIPTS.length];
        }
        scripts[c < SCRIPT_OF.length ? SCRIPT_OF[c] : Character.UnicodeScript.of(c).ordinal()]++;
      }
      all = letters;
      own[0] += ownOfOne;
    }

    /** Counts letter {@code c} for each language whose own it is (by its table when {@code tabled}); whether any. */
    private boolean countOwn(char c, List<LanguageSigns> languages, boolean tabled) {
      boolean known = false;
      for (int k = 0; k < own.length; k++) {
        LanguageSigns language = languages.get(k);
        if (tabled ? language.letterKinds[c] == LanguageSigns.OWN_LETTER : language.language.isOwnLetter(c)) {
          own[k]++;
          known = true;
        }
      }
      return known;
    }
  }

  /**
   * Whether the normalised {@code text}, split into {@code tokens}, is in {@code language}: null
   * when it is, else the diagnostic saying why not.
   */
  static Diagnostic check(NormalizedText text, Tokens tokens, LanguageData language) {
    List<LanguageSigns> languages = List.of(language.signs);
    Evidence counted = tokens.evidence;
    // Only a text mostly in other scripts needs them named: then the letters are read again.
    Letters letters = counted.ownLetters * 2 >= counted.letters ? new Letters(counted.letters, counted.ownLetters)
        : new Letters(text.chars(), text.length(), languages);
    return decide(languages, letters, best -> new int[] {counted.words, counted.commonWords}).diagnostic;
  }

  /** The language of {@code languages} that {@code text} is in; the first when none is. */
  static LanguageGuess guess(String text, List<LanguageSigns> languages) {
    char[] chars = text.toCharArray();
    Letters letters = new Letters(chars, chars.length, languages);
    return decide(languages, letters, best -> commonWords(chars, languages.get(best)));
  }

  private static LanguageGuess decide(List<LanguageSigns> languages, Letters letters, IntFunction<int[]> commonWords) {
    int[] own = letters.own;
    int best = 0;
    for (int k = 1; k < own.length; k++) {
      if (own[k] > own[best]) {
        best = k;
      }
    }
    Language closest = languages.get(best).language;
    if (letters.all == 0) {
      return new LanguageGuess(best, null);
    }
    if (letters.all < MIN_LETTERS) {
      return new LanguageGuess(best, notIn(languages, String.format(
          "only %d letters: too little text to read as %s", letters.all, names(languages)), false));
    }
    if (own[best] * 2 < letters.all) {
      return new LanguageGuess(best, notIn(languages, String.format("of %d letters, %s%s", letters.all,
          counts(languages, own), other(letters.scripts)), true));
    }
    int[] words = commonWords.apply(best);
    if (words[0] >= MIN_LETTERS / 2 && words[1] < words[0] * MIN_COMMON_WORD_SHARE) {
      int runnerUp = languageOfMixedScripts(languages, own, letters.all, best, commonWords);
      if (runnerUp >= 0) {
        return new LanguageGuess(runnerUp, null);
      }
      return new LanguageGuess(best, notIn(languages, String.format(
          "%d of %d letters are %s, but only %d of %d words are common %s words", own[best], letters.all,
          closest.scriptName(), words[1], words[0], closest.name()), true));
    }
    return new LanguageGuess(best, null);
  }

  /**
   * Where the script with most letters holds none of its language's common words, another language
   * whose letters are at least {@link #MIN_MIXED_SCRIPT_SHARE} of the text's and whose common words
   * are there: a Russian statement on a page whose menus and transliterated names are in Latin script
   * (an Uzbek or Azerbaijani site's Russian page). -1 when there is none.
   */
  private static int languageOfMixedScripts(List<LanguageSigns> languages, int[] own, int letters, int best,
      IntFunction<int[]> commonWords) {
    for (int k = 0; k < own.length; k++) {
      if (k != best && own[k] >= letters * MIN_MIXED_SCRIPT_SHARE) {
        int[] words = commonWords.apply(k);
        if (words[0] >= MIN_LETTERS / 2 && words[1] >= words[0] * MIN_COMMON_WORD_SHARE) {
          return k;
        }
      }
    }
    return -1;
  }

  /**
   * {words read, those among the language's function words, conjunctions and prepositions}:
   * the words are the runs of letters in the text's first {@link #WORD_WINDOW_CHARS} chars.
   */
  private static int[] commonWords(char[] chars, LanguageSigns language) {
    byte[] kinds = language.letterKinds;
    int end = Math.min(chars.length, WORD_WINDOW_CHARS);
    int read = 0;
    int common = 0;
    int i = 0;
    while (i < end) {
      if (!isLetter(kinds, chars[i])) {
        i++;
        continue;
      }
      int from = i;
      while (i < end && isLetter(kinds, chars[i])) {
        i++;
      }
      read++;
      if (language.commonWords.contains(chars, from, i)) {
        common++;
      }
    }
    return new int[] {read, common};
  }

  private static boolean isLetter(byte[] kinds, char c) {
    return c < kinds.length ? kinds[c] != LanguageSigns.NOT_A_LETTER : Character.isLetter(c);
  }

  private static String counts(List<LanguageSigns> languages, int[] own) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < own.length; k++) {
      s.append(k == 0 ? "" : k == own.length - 1 ? " and " : ", ").append(own[k]).append(" are ")
          .append(languages.get(k).language.scriptName());
    }
    return s.toString();
  }

  /** «; most of the others are ARABIC (812)», naming the script that fills the text instead (the first of equals). */
  private static String other(int[] scripts) {
    int most = -1;
    for (int k = 0; scripts != null && k < scripts.length; k++) {
      if (scripts[k] > 0 && (most < 0 || scripts[k] > scripts[most])) {
        most = k;
      }
    }
    return most < 0 ? "" : "; most of the others are " + SCRIPTS[most] + " (" + scripts[most] + ")";
  }

  private static String names(List<LanguageSigns> languages) {
    return String.join(" or ", languages.stream().map(l -> l.language.name()).toArray(String[]::new));
  }

  /** A Russian parser keeps its own code, {@code NOT_RUSSIAN}; the others say UNKNOWN_LANGUAGE. */
  private static Diagnostic notIn(List<LanguageSigns> languages, String found, boolean looks) {
    boolean russianOnly = languages.size() == 1 && languages.get(0).language.code().equals("ru");
    return Diagnostic.of(russianOnly ? DiagnosticCode.NOT_RUSSIAN : DiagnosticCode.UNKNOWN_LANGUAGE,
        looks ? found + ": the text does not look " + names(languages) : found);
  }
}
