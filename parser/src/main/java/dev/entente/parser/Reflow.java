package dev.entente.parser;

/**
 * Restores the paragraphs that scrapers flatten or hard-wrap, in place and one character for one,
 * so that offsets into the original text stay exact: a run of three spaces or more before a
 * capital letter («…2025 года     По приглашению»), or a tab before one (a signature block's two
 * columns, «Президент A⇥Президент B»), becomes a line break; and in a text whose lines
 * are hard-wrapped (most lines of prose length ending without a stop), a line break inside a
 * sentence becomes a space. Titles and headings (short lines, lines ending in a stop, a colon or a
 * closing bracket) and numbered or bulleted lines keep their breaks.
 */
final class Reflow {
  /** Spaces in a row that a scraper leaves where a paragraph ended. */
  private static final int WIDE_GAP = 3;
  /** Lines shorter than this are titles, headings or the last line of a paragraph. */
  private static final int PROSE_LINE = 30;
  /** Wrapped breaks needed, and their share of all breaks between two lines, to call a text hard-wrapped. */
  private static final int MIN_WRAPPED = 5;
  private static final double WRAPPED_SHARE = 0.5;

  private Reflow() {}

  /**
   * Reflows {@code chars[0, length)} in place; {@code tabs} marks the spaces that were tabs (null
   * when none were). Returns where it broke a wide gap (null when nowhere).
   */
  static boolean[] apply(char[] chars, int length, java.util.BitSet tabs) {
    boolean[] gapBreaks = breakWideGaps(chars, length, tabs);
    if (isHardWrapped(chars, length)) {
      joinWrappedLines(chars, length, gapBreaks);
    }
    return gapBreaks;
  }

  /**
   * Breaks the wide gaps and returns where (null when there are none): those breaks end a
   * paragraph and are never joined. {@code tabs} null (a text without tabs) takes
   * {@link #breakWideRuns}, which reads fewer chars for the same answer.
   */
  static boolean[] breakWideGaps(char[] chars, int length, java.util.BitSet tabs) {
    if (tabs == null) {
      return breakWideRuns(chars, length);
    }
    boolean[] breaks = null;
    int i = 0;
    while (i < length) {
      if (chars[i] != ' ') {
        i++;
        continue;
      }
      int end = i;
      while (end < length && chars[end] == ' ') {
        end++;
      }
      // «1.⇥Стороны …», «II.⇥Общие положения»: a tab after a point's number is no column's edge. The
      // gap is asked first: most are one space, and need no look at the letter after them.
      if (end - i >= WIDE_GAP || hasTab(tabs, i, end) && wordBefore(chars, i)) {
        breaks = breakIfParagraphEnds(chars, length, i, end, breaks);
      }
      i = end;
    }
    return breaks;
  }

  /**
   * {@link #breakWideGaps} of a text without tabs, where only runs of {@link #WIDE_GAP} spaces or
   * more count: every such run covers one of each {@code WIDE_GAP} chars in a row, so only those are
   * read until a space is met, and the run around it is measured.
   */
  private static boolean[] breakWideRuns(char[] chars, int length) {
    boolean[] breaks = null;
    for (int at = WIDE_GAP - 1; at < length; at += WIDE_GAP) {
      if (chars[at] != ' ') {
        continue;
      }
      int from = at;
      while (from > 0 && chars[from - 1] == ' ') {
        from--;
      }
      int end = at + 1;
      while (end < length && chars[end] == ' ') {
        end++;
      }
      if (end - from >= WIDE_GAP) {
        breaks = breakIfParagraphEnds(chars, length, from, end, breaks);
      }
      at = end - 1; // a later run starts after end, and its first WIDE_GAP chars hold one of those read next
    }
    return breaks;
  }

  /**
   * Breaks the wide gap {@code chars[from, end)} where it ends a paragraph: after text on the same
   * line and before a capital letter. Returns {@code breaks} with the break marked, made on the
   * text's first break (null until then).
   */
  private static boolean[] breakIfParagraphEnds(char[] chars, int length, int from, int end, boolean[] breaks) {
    if (from == 0 || chars[from - 1] == '\n' || end == length || !Character.isUpperCase(chars[end])
        || endsInTwoInitials(chars, from)) {
      return breaks;
    }
    chars[from] = '\n';
    boolean[] marked = breaks == null ? new boolean[length] : breaks;
    marked[from] = true;
    return marked;
  }

  /**
   * Whether {@code chars} before {@code at} end in two initials, capitals each with a stop
   * («М.С.», «M. S.»): a name's, whose surname follows however wide the gap; no paragraph ends there.
   */
  private static boolean endsInTwoInitials(char[] chars, int at) {
    int k = at - 1;
    for (int initial = 0; initial < 2; initial++) {
      if (k < 1 || chars[k] != '.' || !Character.isUpperCase(chars[k - 1])) {
        return false;
      }
      k -= 2;
      if (initial == 0 && k >= 0 && chars[k] == ' ') {
        k--;
      }
    }
    return k < 0 || !Character.isLetter(chars[k]);
  }

  /** Letters a word needs before a tab for the tab to part two columns. */
  private static final int CELL_WORD = 3;
  /** How far back a cell's word is looked for: a bound, so that a line of many tabs is read in linear time. */
  private static final int CELL_REACH = 120;

  /** Whether one of the spaces {@code [from, to)} was a tab; {@code tabs} is never null here ({@link #breakWideRuns} takes texts without tabs). */
  private static boolean hasTab(java.util.BitSet tabs, int from, int to) {
    int tab = tabs.nextSetBit(from);
    return tab >= 0 && tab < to;
  }

  /** Whether the line before {@code at} holds a word of {@link #CELL_WORD} letters or more that is no Roman number. */
  private static boolean wordBefore(char[] chars, int at) {
    int run = 0;
    boolean roman = true;
    for (int k = at - 1; k >= Math.max(0, at - CELL_REACH) && chars[k] != '\n'; k--) {
      if (Character.isLetter(chars[k])) {
        run++;
        roman &= "IVXLCDM".indexOf(chars[k]) >= 0;
        if (run >= CELL_WORD && !roman) {
          return true;
        }
      } else {
        run = 0;
        roman = true;
      }
    }
    return false;
  }

  /**
   * Whether most breaks between two lines fall inside a sentence. Only a line that stops inside a
   * phrase (on a letter, digit or hyphen) is evidence: a line ending on a comma may be a paragraph
   * of its own (a declaration's preamble of participle clauses, one to a line), and a short text
   * of such lines with a title above them is not wrapped.
   */
  private static boolean isHardWrapped(char[] chars, int length) {
    int breaks = 0;
    int wrapped = 0;
    int lineStart = 0;
    for (int i = 0; i < length; i++) {
      if (chars[i] != '\n') {
        continue;
      }
      if (i + 1 < length && chars[i + 1] != '\n' && i > lineStart) {
        breaks++;
        if (wraps(chars, lineStart, i, length) && chars[lastContent(chars, lineStart, i)] != ',') {
          wrapped++;
        }
      }
      lineStart = i + 1;
    }
    return wrapped >= MIN_WRAPPED && wrapped >= WRAPPED_SHARE * breaks;
  }

  private static void joinWrappedLines(char[] chars, int length, boolean[] gapBreaks) {
    int lineStart = 0;
    for (int i = 0; i < length; i++) {
      if (chars[i] != '\n') {
        continue;
      }
      int next = i + 1;
      if ((gapBreaks == null || !gapBreaks[i]) && next < length && chars[next] != '\n'
          && (wraps(chars, lineStart, i, length) || runInList(chars, lineStart, i, length))
          && !opensItem(chars, next, length) && !betweenRows(chars, length, gapBreaks, lineStart, i)) {
        chars[i] = ' ';
      }
      lineStart = i + 1;
    }
  }

  /**
   * Whether the break at {@code end} parts two rows of cells: the line {@code [start, end)} the
   * last cell of one (it starts at a broken gap) and the line after it the first cell of the next
   * (it ends at one), as the rows of a signature block in columns are.
   */
  private static boolean betweenRows(char[] chars, int length, boolean[] gapBreaks, int start, int end) {
    if (gapBreaks == null || start == 0 || !gapBreaks[start - 1]) {
      return false;
    }
    int next = end + 1;
    while (next < length && chars[next] != '\n') {
      next++;
    }
    return next < length && gapBreaks[next];
  }

  /**
   * Whether the line {@code [start, end)} stops mid-sentence at prose length — or at any length
   * when it begins with the rest of a wide gap, the tail of a line a scraper flattened.
   */
  private static boolean wraps(char[] chars, int start, int end, int length) {
    int last = lastContent(chars, start, end);
    int first = start;
    while (first < end && chars[first] == ' ') {
      first++;
    }
    if (first > last) {
      return false;
    }
    if (last - first + 1 < PROSE_LINE && first - start < 2) {
      return false;
    }
    char c = chars[last];
    return Character.isLetterOrDigit(c) || c == ',' || c == '-';
  }

  /**
   * Whether the line {@code [start, end)} is a line of a run-in list that goes on in the next: it ends
   * in a semicolon, holds another one before it, and the next line opens in lower case («… Mr. Maumoon
   * Abdul Gayoom; the Prime Minister of Nepal, … Koirala; ⏎ the Prime Minister of …»). A list of one item
   * a line («сознавая …; ⏎ признавая …») holds no semicolon inside its lines.
   */
  private static boolean runInList(char[] chars, int start, int end, int length) {
    int last = lastContent(chars, start, end);
    if (last < start || chars[last] != ';' || end + 1 >= length || !Character.isLowerCase(chars[end + 1])) {
      return false;
    }
    for (int i = start; i < last; i++) {
      if (chars[i] == ';') {
        return true;
      }
    }
    return false;
  }

  /** The last character of {@code [start, end)} before trailing spaces ({@code start - 1} if none). */
  private static int lastContent(char[] chars, int start, int end) {
    int last = end - 1;
    while (last >= start && chars[last] == ' ') {
      last--;
    }
    return last;
  }

  private static boolean opensItem(char[] chars, int at, int length) {
    int i = at;
    while (i < length && chars[i] == ' ') {
      i++;
    }
    if (i >= length) {
      return true;
    }
    char c = chars[i];
    if (c == '-' || c == '\u2022' || c == '*') {
      return true;
    }
    int digits = i;
    while (digits < length && Character.isDigit(chars[digits])) {
      digits++;
    }
    return digits > i && digits < length && (chars[digits] == '.' || chars[digits] == ')');
  }
}
