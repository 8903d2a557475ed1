package dev.entente.model;

/**
 * The one fold under which Entente compares words: lower case, with «ё» read as «е». The parser's
 * lexicons are written in it, the query filters match names and places through it, and the CLI's
 * scorer compares names with it, so all three see the same text as equal.
 */
public final class TextFold {
  private TextFold() {}

  /** {@code c} in lower case, «ё» and «Ё» as «е». */
  public static char fold(char c) {
    if (c >= 'а' && c <= 'я' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
      return c;
    }
    if (c >= 'А' && c <= 'Я') {
      return (char) (c + ('а' - 'А'));
    }
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + ('a' - 'A'));
    }
    if (c == 'ё' || c == 'Ё') {
      return 'е';
    }
    return Character.toLowerCase(c);
  }

  /** The code point {@code cp} folded as {@link #fold(char)} folds a char. */
  public static int fold(int cp) {
    return cp < Character.MIN_SUPPLEMENTARY_CODE_POINT ? fold((char) cp) : Character.toLowerCase(cp);
  }

  /** {@code text[from, to)} folded char by char: as long as the range. */
  public static String fold(CharSequence text, int from, int to) {
    char[] chars = new char[to - from];
    for (int k = from; k < to; k++) {
      chars[k - from] = fold(text.charAt(k));
    }
    return new String(chars);
  }

  /** {@code text} folded char by char: as long as the text. */
  public static String fold(CharSequence text) {
    return fold(text, 0, text.length());
  }
}
