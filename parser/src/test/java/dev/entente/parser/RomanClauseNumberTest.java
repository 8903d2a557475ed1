package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Roman number that may open a clause, read by hand: the same answers as the pattern it replaced. */
final class RomanClauseNumberTest {
  /** The pattern {@link Segmenter#isRoman} was written from. */
  private static final Pattern ROMAN = Pattern.compile("C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

  @Test
  void everyRunOfUpToSevenRomanLetters_isReadAsThePatternReadsIt() {
    String letters = "IVXLC";
    int compared = 0;
    for (int length = 1; length <= 7; length++) {
      int count = (int) Math.pow(letters.length(), length);
      for (int n = 0; n < count; n++) {
        StringBuilder s = new StringBuilder("> ");
        for (int k = 0, rest = n; k < length; k++, rest /= letters.length()) {
          s.append(letters.charAt(rest % letters.length()));
        }
        s.append(". ");
        String text = s.toString();
        String numeral = text.substring(2, 2 + length);
        assertEquals(ROMAN.matcher(numeral).matches(), Segmenter.isRoman(text, 2, 2 + length), numeral);
        compared++;
      }
    }
    assertEquals(97655, compared);
  }

  @Test
  void commonNumerals_andNotNumerals() {
    assertTrue(Segmenter.isRoman("XIV. Final provisions", 0, 3));
    assertTrue(Segmenter.isRoman("CCCXCIX", 0, 7));
    assertFalse(Segmenter.isRoman("IIII", 0, 4));
    assertFalse(Segmenter.isRoman("VX", 0, 2));
    assertFalse(Segmenter.isRoman("I", 0, 0));
  }
}
