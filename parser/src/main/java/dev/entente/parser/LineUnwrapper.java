package dev.entente.parser;

/**
 * Joins the lines of hard-wrapped paragraphs (text archives and briefing-room pages broken at about
 * 70 characters, paragraphs parted by blank lines), so that a name or a sentence broken across
 * lines reads as one: a line break becomes a space. A text is taken as hard-wrapped when it has
 * blank lines and most of its longer lines are of one width; then a break is joined when the line
 * before it is nearly full, neither line is blank, and the next line opens no numbered point or
 * list item. One character for one, so every offset stays where it was.
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
    if (blank == 0 || prose < 3 || narrow < prose * WRAPPED_SHARE) {
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
