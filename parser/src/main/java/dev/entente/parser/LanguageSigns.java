package dev.entente.parser;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What tells a text in one language from a text in another ({@link LanguageGuess}): which chars
 * are letters of its script, and its common words. Made from the language alone (its {@code
 * words.tsv}), so that a parser that detects the language can guess with the signs of every
 * language it reads and load the full {@link LanguageData} only of the languages its texts are in.
 */
final class LanguageSigns {
  static final byte NOT_A_LETTER = 0;
  static final byte LETTER = 1;
  static final byte OWN_LETTER = 2;

  private static final Map<String, LanguageSigns> MADE = new ConcurrentHashMap<>();

  final Language language;
  /**
   * For each char below U+0800: {@link #NOT_A_LETTER}, {@link #LETTER}, or {@link #OWN_LETTER} (a
   * letter of the language's script), so that reading a whole text for its script costs a lookup
   * per char.
   */
  final byte[] letterKinds = new byte[0x800];
  /** The words whose share tells a text in this language from another of its script. */
  final LanguageGuess.CommonWords commonWords;

  private LanguageSigns(Language language) {
    this.language = language;
    commonWords = new LanguageGuess.CommonWords(language.words);
    for (char c = '!'; c < letterKinds.length; c++) {
      letterKinds[c] = !Character.isLetter(c) ? NOT_A_LETTER : language.isOwnLetter(c) ? OWN_LETTER : LETTER;
    }
  }

  /** The signs of {@code language}, made on first use and shared by every parser of its code. */
  static LanguageSigns of(Language language) {
    return MADE.computeIfAbsent(language.code(), code -> new LanguageSigns(language));
  }
}
