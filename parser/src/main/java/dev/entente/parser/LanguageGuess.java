package dev.entente.parser;

import dev.entente.model.Diagnostic;
import dev.entente.model.DiagnosticCode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
  /** Words read for the common-word evidence: the opening of a long text is enough. */
  private static final int WORD_WINDOW_CHARS = 20_000;

  /** The language chosen (the closest one when none fits) and, when none fits, why. */
  final Language language;
  final Diagnostic diagnostic;

  private LanguageGuess(Language language, Diagnostic diagnostic) {
    this.language = language;
    this.diagnostic = diagnostic;
  }

  /** Whether {@code text} is in {@code language}: null when it is, else the diagnostic saying why not. */
  static Diagnostic check(String text, Language language) {
    return guess(text, List.of(language)).diagnostic;
  }

  /** The language of {@code languages} that {@code text} is in; the first when none is. */
  static LanguageGuess guess(String text, List<Language> languages) {
    int letters = 0;
    int[] own = new int[languages.size()];
    Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || !Character.isLetter(c)) {
        continue;
      }
      letters++;
      boolean known = false;
      for (int k = 0; k < own.length; k++) {
        if (languages.get(k).isOwnLetter(c)) {
          own[k]++;
          known = true;
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
    Language closest = languages.get(best);
    if (letters == 0) {
      return new LanguageGuess(closest, null);
    }
    if (letters < MIN_LETTERS) {
      return new LanguageGuess(closest, notIn(languages, String.format(
          "only %d letters: too little text to read as %s", letters, names(languages)), false));
    }
    if (own[best] * 2 < letters) {
      return new LanguageGuess(closest, notIn(languages, String.format("of %d letters, %s%s", letters,
          counts(languages, own), other(scripts)), true));
    }
    int[] words = commonWords(text, closest);
    if (words[0] >= MIN_LETTERS / 2 && words[1] < words[0] * MIN_COMMON_WORD_SHARE) {
      return new LanguageGuess(closest, notIn(languages, String.format(
          "%d of %d letters are %s, but only %d of %d words are common %s words", own[best], letters,
          closest.scriptName(), words[1], words[0], closest.name()), true));
    }
    return new LanguageGuess(closest, null);
  }

  /**
   * {words read, those among the language's function words, conjunctions, name prepositions and
   * prepositions of place} (Russian's most frequent word, «в», is only the last).
   */
  private static int[] commonWords(String text, Language language) {
    int end = Math.min(text.length(), WORD_WINDOW_CHARS);
    int read = 0;
    int common = 0;
    int i = 0;
    while (i < end) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int from = i;
      while (i < end && Character.isLetter(text.charAt(i))) {
        i++;
      }
      String word = Tokenizer.keyOf(text, from, i);
      read++;
      if (language.words.is(WordClass.FUNCTION_WORD, word) || language.words.is(WordClass.AND, word)
          || language.words.is(WordClass.NAME_PREPOSITION, word)
          || language.words.is(WordClass.LOCATIVE_PREPOSITION, word)) {
        common++;
      }
    }
    return new int[] {read, common};
  }

  private static String counts(List<Language> languages, int[] own) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < own.length; k++) {
      s.append(k == 0 ? "" : k == own.length - 1 ? " and " : ", ").append(own[k]).append(" are ")
          .append(languages.get(k).scriptName());
    }
    return s.toString();
  }

  /** «; most of the others are ARABIC (812)», naming the script that fills the text instead. */
  private static String other(Map<Character.UnicodeScript, Integer> scripts) {
    return scripts.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(e -> "; most of the others are " + e.getKey() + " (" + e.getValue() + ")").orElse("");
  }

  private static String names(List<Language> languages) {
    return String.join(" or ", languages.stream().map(Language::name).toArray(String[]::new));
  }

  /** A Russian parser keeps its own code, {@code NOT_RUSSIAN}; the others say UNKNOWN_LANGUAGE. */
  private static Diagnostic notIn(List<Language> languages, String found, boolean looks) {
    boolean russianOnly = languages.size() == 1 && languages.get(0).code().equals("ru");
    return Diagnostic.of(russianOnly ? DiagnosticCode.NOT_RUSSIAN : DiagnosticCode.UNKNOWN_LANGUAGE,
        looks ? found + ": the text does not look " + names(languages) : found);
  }
}
