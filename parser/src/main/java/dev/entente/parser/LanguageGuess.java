package dev.entente.parser;

import dev.entente.model.Diagnostic;
import dev.entente.model.DiagnosticCode;
import dev.entente.model.TextFold;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which of the parser's languages a text is in, from its letters (the script each language
 * writes in) and, between languages of one script, its most frequent words (each language's
 * function words, conjunctions and name prepositions). A text in none of them gets a diagnostic that
 * says what was found: how many letters of which script, and how few of the language's words.
 */
final class LanguageGuess {
  /** Fewer letters than this are too little evidence of any language. */
  static final int MIN_LETTERS = 20;
  /** Below this share of a language's common words among the words read, a text is not in it. */
  private static final double MIN_COMMON_WORD_SHARE = 0.04;
  /** Words read for the common-word evidence: the opening of a long text is enough. */
  private static final int WORD_WINDOW_CHARS = 20_000;

  /** Where the language chosen (the closest one when none fits) is in the list asked about, and, when none fits, why. */
  final int index;
  final Diagnostic diagnostic;

  private LanguageGuess(int index, Diagnostic diagnostic) {
    this.index = index;
    this.diagnostic = diagnostic;
  }

  /**
   * A language's common words (function words, conjunctions and name prepositions) in a trie, so
   * that a text's words are looked up as they are read, without making a string of each.
   */
  static final class CommonWords extends CharTrie<CommonWords> {
    private boolean word;

    static CommonWords of(Words words) {
      CommonWords root = new CommonWords();
      for (WordClass kind : List.of(WordClass.FUNCTION_WORD, WordClass.AND, WordClass.NAME_PREPOSITION)) {
        for (String w : words.list(kind)) {
          CommonWords node = root;
          for (int k = 0; k < w.length(); k++) {
            node = node.childOrAdd(w.charAt(k), CommonWords::new);
          }
          node.word = true;
        }
      }
      return root;
    }
  }

  /** Whether {@code text} is in {@code language}: null when it is, else the diagnostic saying why not. */
  static Diagnostic check(String text, LanguageData language) {
    return guess(text, List.of(language)).diagnostic;
  }

  /** The language of {@code languages} that {@code text} is in; the first when none is. */
  static LanguageGuess guess(String text, List<LanguageData> languages) {
    int letters = 0;
    int[] own = new int[languages.size()];
    Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
    byte[] kinds = languages.get(0).letterKinds;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean known = false;
      if (c < kinds.length) {
        // Every language's table says the same of whether c is a letter; each says whether it is its own.
        if (kinds[c] == LanguageData.NOT_A_LETTER) {
          continue;
        }
        letters++;
        for (int k = 0; k < own.length; k++) {
          if (languages.get(k).letterKinds[c] == LanguageData.OWN_LETTER) {
            own[k]++;
            known = true;
          }
        }
      } else {
        if (!Character.isLetter(c)) {
          continue;
        }
        letters++;
        for (int k = 0; k < own.length; k++) {
          if (languages.get(k).language.isOwnLetter(c)) {
            own[k]++;
            known = true;
          }
        }
      }
      if (!known) {
        scripts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
      }
    }
    int best = 0;
    for (int k = 1; k < own.length; k++) {
      if (own[k] > own[best]) {
        best = k;
      }
    }
    Language closest = languages.get(best).language;
    if (letters == 0) {
      return new LanguageGuess(best, null);
    }
    if (letters < MIN_LETTERS) {
      return new LanguageGuess(best, notIn(languages, String.format(
          "only %d letters: too little text to read as %s", letters, names(languages)), false));
    }
    if (own[best] * 2 < letters) {
      return new LanguageGuess(best, notIn(languages, String.format("of %d letters, %s%s", letters,
          counts(languages, own), other(scripts)), true));
    }
    int[] words = commonWords(text, languages.get(best));
    if (words[0] >= MIN_LETTERS / 2 && words[1] < words[0] * MIN_COMMON_WORD_SHARE) {
      return new LanguageGuess(best, notIn(languages, String.format(
          "%d of %d letters are %s, but only %d of %d words are common %s words", own[best], letters,
          closest.scriptName(), words[1], words[0], closest.name()), true));
    }
    return new LanguageGuess(best, null);
  }

  /** {words read, those among the language's function words, conjunctions and name prepositions}. */
  private static int[] commonWords(String text, LanguageData language) {
    byte[] kinds = language.letterKinds;
    int end = Math.min(text.length(), WORD_WINDOW_CHARS);
    int read = 0;
    int common = 0;
    int i = 0;
    while (i < end) {
      if (!isLetter(kinds, text.charAt(i))) {
        i++;
        continue;
      }
      // The word's key (Tokenizer.keyOf) walks the trie as it is read; null once no common word starts so.
      CommonWords node = language.commonWords;
      while (i < end && isLetter(kinds, text.charAt(i))) {
        if (node != null) {
          node = node.child(TextFold.fold(text.charAt(i)));
        }
        i++;
      }
      read++;
      if (node != null && node.word) {
        common++;
      }
    }
    return new int[] {read, common};
  }

  private static boolean isLetter(byte[] kinds, char c) {
    return c < kinds.length ? kinds[c] != LanguageData.NOT_A_LETTER : Character.isLetter(c);
  }

  private static String counts(List<LanguageData> languages, int[] own) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < own.length; k++) {
      s.append(k == 0 ? "" : k == own.length - 1 ? " and " : ", ").append(own[k]).append(" are ")
          .append(languages.get(k).language.scriptName());
    }
    return s.toString();
  }

  /** «; most of the others are ARABIC (812)», naming the script that fills the text instead. */
  private static String other(Map<Character.UnicodeScript, Integer> scripts) {
    return scripts.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(e -> "; most of the others are " + e.getKey() + " (" + e.getValue() + ")").orElse("");
  }

  private static String names(List<LanguageData> languages) {
    return String.join(" or ", languages.stream().map(l -> l.language.name()).toArray(String[]::new));
  }

  /** A Russian parser keeps its own code, {@code NOT_RUSSIAN}; the others say UNKNOWN_LANGUAGE. */
  private static Diagnostic notIn(List<LanguageData> languages, String found, boolean looks) {
    boolean russianOnly = languages.size() == 1 && languages.get(0).language.code().equals("ru");
    return Diagnostic.of(russianOnly ? DiagnosticCode.NOT_RUSSIAN : DiagnosticCode.UNKNOWN_LANGUAGE,
        looks ? found + ": the text does not look " + names(languages) : found);
  }
}
