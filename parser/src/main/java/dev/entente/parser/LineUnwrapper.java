package dev.entente.parser;

/**
 * Joins the lines of hard-wrapped paragraphs (text archives and briefing-room pages broken at about
 * 70 characters, paragraphs parted by blank lines), so that a name or a sentence broken across
 * lines reads as one: a line break becomes a space. A text is taken as hard-wrapped when it has
 * blank lines and most of its longer lines are of one width; then a break is joined when the line
 * before it is nearly full, neither line is blank, and the next line opens no numbered point or
 * list item. A text without blank lines (an archive that parts paragraphs by a line break alone) is
 * joined more carefully, since there a break may end a paragraph: only where the line ends without
 * a sentence end or a comma and the next line goes on in lower case, or where the line is nearly
 * full, ends in a word and the next line's first word would not have fitted on it and does not open the line
 * before too (signature lines «Министр …» under «Министр …» stay apart). One character
 * for one, so every offset stays where it was.
 */
final class LineUnwrapper {
  /** Lines this long or longer are prose, not headings; shorter ones say nothing about the wrap. */
  private static final int PROSE = 40;
  /** The widest wrapped line: longer lines are paragraphs on one line. */
  private static final int MAX_WIDTH = 100;
  /** Share of prose lines within the wrap width for a text to count as hard-wrapped. */
  private static final double WRAPPED_SHARE = 0.6;

  private LineUnwrapper() {}

  /**
   * Joins the wrapped lines of {@code chars[0, length)} in place; {@code gapBreaks} marks the breaks
   * {@link Reflow} made of wide gaps (null when none): a line one of them starts or ends is a cell
   * of a row, and is never joined to the line before or after it.
   */
  static void unwrap(char[] chars, int length, boolean[] gapBreaks) {
    int prose = 0;
    int narrow = 0;
    int blank = 0;
    int widest = 0;
    int start = 0;
    while (start < length) {
      int end = lineEnd(chars, start, length);
      int width = contentWidth(chars, start, end);
      if (width == 0) {
        blank++;
      } else if (width >= PROSE) {
        prose++;
        if (width <= MAX_WIDTH) {
          narrow++;
          widest = Math.max(widest, width);
        }
      }
      start = end + 1;
    }
    if (prose < 3 || narrow < prose * WRAPPED_SHARE) {
      return;
    }
    if (blank == 0) {
      unwrapUnparted(chars, length, gapBreaks, widest, prose);
      return;
    }
    int full = widest * 2 / 3;
    start = 0;
    while (start < length) {
      int end = lineEnd(chars, start, length);
      if (end >= length) {
        return;
      }
      int next = end + 1;
      int nextEnd = lineEnd(chars, next, length);
      int width = contentWidth(chars, start, end);
      if (width >= full && width <= MAX_WIDTH && contentWidth(chars, next, nextEnd) > 0
          && !opensPoint(chars, next, nextEnd) && !isCell(gapBreaks, start, end, length)
          && !isCell(gapBreaks, next, nextEnd, length)) {
        chars[end] = ' ';
      }
      start = next;
    }
  }

  /** Lines within this many characters of the widest are full lines of a wrapped text. */
  private static final int NEAR_FULL = 10;
  /** Nearly full lines a text without blank lines needs before its width counts as a wrap width. */
  private static final int MIN_FULL_LINES = 5;

  /**
   * Joins the wrapped lines of a text without blank lines, whose prose lines are at most {@code widest}
   * wide. The head (title, subject lines, dateline: the lines before the first one that ends a sentence
   * or opens a numbered point) is left as it is. In the body a break is joined where the line ends
   * without a sentence end or a comma and the next line goes on in lower case (not with an abbreviation
   * such as «г.», which opens a place-and-date line); or, when at least half the prose lines are nearly
   * full (a wrap width, not ragged lines), where the line is nearly full, ends in a word and the next
   * line's first word would not have fitted on it. A nearly full line of a run-in list, that ends in a
   * semicolon and holds another, goes on to a next line in lower case too ({@link #runInItemEnd}).
   */
  private static void unwrapUnparted(char[] chars, int length, boolean[] gapBreaks, int widest, int prose) {
    int nearlyFull = 0;
    int start = 0;
    while (start < length) {
      int end = lineEnd(chars, start, length);
      int width = contentWidth(chars, start, end);
      if (isNearlyFull(width, widest)) {
        nearlyFull++;
      }
      start = end + 1;
    }
    boolean wrapWidth = nearlyFull * 2 >= prose && nearlyFull >= MIN_FULL_LINES;
    boolean inBody = false;
    start = 0;
    while (start < length) {
      int end = lineEnd(chars, start, length);
      if (end >= length) {
        return;
      }
      int next = end + 1;
      int nextEnd = lineEnd(chars, next, length);
      int last = lastContent(chars, start, end);
      int first = firstContent(chars, next, nextEnd);
      inBody = inBody || opensPoint(chars, start, end);
      boolean head = !inBody;
      inBody = inBody || last >= 0 && endsSentenceOrItem(chars[last]) && chars[last] != ',';
      if (!head && last >= 0 && first >= 0 && (!endsSentenceOrItem(chars[last])
          || wrapWidth && runInItemEnd(chars, start, last, widest) && Character.isLowerCase(chars[first]))
          && !isCell(gapBreaks, start, end, length) && !isCell(gapBreaks, next, nextEnd, length)) {
        int word = wordLength(chars, first, nextEnd);
        boolean goesOn = Character.isLowerCase(chars[first]) && chars[first + word - 1] != '.';
        boolean overflows = false;
        if (!goesOn && wrapWidth && Character.isLetter(chars[last])) {
          int width = contentWidth(chars, start, end);
          overflows = isNearlyFull(width, widest)
              && width + 1 + word > widest && !sameFirstWord(chars, firstContent(chars, start, end), first, word);
        }
        if ((goesOn || overflows) && !opensPoint(chars, next, nextEnd)) {
          chars[end] = ' ';
        }
      }
      start = next;
    }
  }

  /**
   * Whether the line {@code [start, last]} is a nearly full line of a run-in list that ends in a
   * semicolon and holds another before it («Gayoom; the Prime Minister of Nepal, …, Koirala;» over
   * «the Prime Minister of …»): its items run on from line to line, so the break is a wrap. A list of
   * one item a line («сознавая …; ⏎ признавая …») holds no semicolon inside its lines.
   */
  private static boolean runInItemEnd(char[] chars, int start, int last, int widest) {
    if (chars[last] != ';' || !isNearlyFull(contentWidth(chars, start, last + 1), widest)) {
      return false;
    }
    for (int i = start; i < last; i++) {
      if (chars[i] == ';') {
        return true;
      }
    }
    return false;
  }

  /** Whether the line at {@code a} opens with the word of {@code length} at {@code b} («Министр …» over «Министр …»): parallel lines of a signature block or a list. */
  private static boolean sameFirstWord(char[] chars, int a, int b, int length) {
    if (a < 0 || a + length >= chars.length || !Character.isWhitespace(chars[a + length])) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (chars[a + i] != chars[b + i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether a line {@code width} chars wide is a prose line within {@link #NEAR_FULL} of the {@code widest}. */
  private static boolean isNearlyFull(int width, int widest) {
    return width >= PROSE && width <= widest && width >= widest - NEAR_FULL;
  }

  /** Whether a line ending in {@code c} ends a sentence, a clause of a list or a preamble paragraph. */
  private static boolean endsSentenceOrItem(char c) {
    return c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == ',';
  }

  /** The index of the last non-space char of {@code chars[from, to)}, or -1 on a blank line. */
  private static int lastContent(char[] chars, int from, int to) {
    int e = to - 1;
    while (e >= from && Character.isWhitespace(chars[e])) {
      e--;
    }
    return e >= from ? e : -1;
  }

  /** The index of the first non-space char of {@code chars[from, to)}, or -1 on a blank line. */
  private static int firstContent(char[] chars, int from, int to) {
    int s = from;
    while (s < to && Character.isWhitespace(chars[s])) {
      s++;
    }
    return s < to ? s : -1;
  }

  /** The length of the word at {@code from}: the chars up to the next space or {@code to}. */
  private static int wordLength(char[] chars, int from, int to) {
    int e = from;
    while (e < to && !Character.isWhitespace(chars[e])) {
      e++;
    }
    return e - from;
  }

  /** Whether the line {@code [start, end)} begins or ends at a broken wide gap. */
  private static boolean isCell(boolean[] gapBreaks, int start, int end, int length) {
    return gapBreaks != null && (start > 0 && gapBreaks[start - 1] || end < length && gapBreaks[end]);
  }

  private static int lineEnd(char[] chars, int from, int length) {
    int i = from;
    while (i < length && chars[i] != '\n') {
      i++;
    }
    return i;
  }

  private static int contentWidth(char[] chars, int from, int to) {
    int s = from;
    int e = to;
    while (s < e && Character.isWhitespace(chars[s])) {
      s++;
    }
    while (e > s && Character.isWhitespace(chars[e - 1])) {
      e--;
    }
    return e - s;
  }

  /** Whether a line opens a numbered point («1.», «II.») or a list item. */
  private static boolean opensPoint(char[] chars, int from, int to) {
    String line = new String(chars, from, to - from).strip();
    return Segmenter.clauseNumber(line, 0, line.length()) != null || Segmenter.isListItem(line, 0, line.length());
  }
}
