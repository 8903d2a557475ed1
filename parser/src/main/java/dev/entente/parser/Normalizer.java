package dev.entente.parser;

/**
 * Folds the typography of scraped text so that later stages see one form of each sign: every
 * quote becomes {@code "}, every dash {@code -}, every space-like character a space, CR and CRLF a
 * line feed; the BOM, soft hyphens, zero-width characters and stress marks («Казахста́н») go;
 * letters with combining marks are composed (NFC). Each output character remembers the original range it came from.
 */
final class Normalizer {
  NormalizedText normalize(String original) {
    int n = original.length();
    StringBuilder out = new StringBuilder(n);
    int[][] offsets = {new int[n + 8], new int[n + 8]};
    int i = 0;
    while (i < n) {
      char c = original.charAt(i);
      int runEnd = i + 1;
      while (runEnd < n && isCombining(original.charAt(runEnd))) {
        runEnd++;
      }
      if (runEnd > i + 1) {
        String composed = java.text.Normalizer.normalize(
            original.substring(i, runEnd).replace("\u0301", "").replace("\u0300", ""),
            java.text.Normalizer.Form.NFC);
        for (int k = 0; k < composed.length(); k++) {
          append(out, offsets, composed.charAt(k), i, runEnd);
        }
        i = runEnd;
        continue;
      }
      if (c == '\r') {
        if (i + 1 < n && original.charAt(i + 1) == '\n') {
          append(out, offsets, '\n', i, i + 2);
          i += 2;
          continue;
        }
        append(out, offsets, '\n', i, i + 1);
      } else if (!isDropped(c)) {
        append(out, offsets, fold(c), i, i + 1);
      }
      i++;
    }
    int length = out.length();
    return new NormalizedText(original, out.toString(),
        java.util.Arrays.copyOf(offsets[0], length), java.util.Arrays.copyOf(offsets[1], length));
  }

  /** Appends {@code c}; composition can expand a character (U+0F77 gives two), so the arrays grow. */
  private static void append(StringBuilder out, int[][] offsets, char c, int from, int to) {
    int at = out.length();
    if (at == offsets[0].length) {
      offsets[0] = java.util.Arrays.copyOf(offsets[0], at * 2);
      offsets[1] = java.util.Arrays.copyOf(offsets[1], at * 2);
    }
    out.append(c);
    offsets[0][at] = from;
    offsets[1][at] = to;
  }

  private static boolean isCombining(char c) {
    if (c < '\u0300') {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isDropped(char c) {
    return c == '\uFEFF' || c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D'
        || c == '\u2060';
  }

  static char fold(char c) {
    switch (c) {
      case '«': case '»': case '„': case '“': case '”': case '‟': case '″': case '〝': case '〞':
        return '"';
      case '‘': case '’': case '‚': case '‛': case '′':
        return '\'';
      case '‐': case '‑': case '‒': case '–': case '—': case '―': case '−': case '⁃':
        return '-';
      case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A': case '\u2002':
      case '\u2003': case '\u2004': case '\u2005': case '\u2006': case '\u2008': case '\u3000':
      case '\t': case '\u000B': case '\u000C':
        return ' ';
      case '\u2028': case '\u2029': case '\u0085':
        return '\n';
      default:
        return Character.isISOControl(c) && c != '\n' ? ' ' : c;
    }
  }
}
