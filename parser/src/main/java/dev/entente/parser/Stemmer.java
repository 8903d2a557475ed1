package dev.entente.parser;

import java.util.Arrays;
import java.util.List;

/**
 * Cuts one inflectional ending off a lower-cased Russian word, the longest from a list in the
 * language data, keeping at least {@value #MIN_STEM} letters. Gazetteer names and the text are
 * stemmed alike, so «Республики Казахстан» meets «Республика Казахстан»; forms whose stem shifts
 * («Китай»/«Китая») are listed whole in the gazetteers and matched before stems.
 */
final class Stemmer {
  static final int MIN_STEM = 3;

  /** Endings grouped by length, longest first. */
  private final String[][] endingsByLength;

  Stemmer(List<String> endings) {
    int longest = endings.stream().mapToInt(String::length).max().orElse(0);
    endingsByLength = new String[longest + 1][];
    for (int length = 1; length <= longest; length++) {
      int l = length;
      endingsByLength[length] = endings.stream().filter(e -> e.length() == l).toArray(String[]::new);
      Arrays.sort(endingsByLength[length]);
    }
  }

  String stem(String word) {
    for (int length = endingsByLength.length - 1; length >= 1; length--) {
      if (word.length() - length < MIN_STEM) {
        continue;
      }
      for (String ending : endingsByLength[length]) {
        if (word.endsWith(ending)) {
          return word.substring(0, word.length() - length);
        }
      }
    }
    return word;
  }
}
