package dev.entente.parser;

import java.util.Arrays;

/**
 * The cells of lines laid out in columns side by side, as signature blocks are («Президент A
 * ⇥ Председатель B ⏎ В.Путин ⇥ Си Цзиньпин»). {@link Reflow} breaks each wide gap of such a line
 * into a line break, so each cell reads as a line of its own and a block of columns as its cells
 * row by row; this reads the columns back: the cell above or below a cell in the same column. A
 * row is one line of the input; its cells are the lines the wide gaps made of it. Rows of one cell
 * have no columns. Every offset is in the normalised text.
 */
final class Columns {
  private Columns() {}

  /**
   * The cell in the column of the cell that starts at {@code cellStart}, in the row above ({@code
   * -1}) or below ({@code +1}) with as many cells, blank lines between left out: {start, end}; null
   * when that cell's row has one cell, or the next row another count of cells or none.
   */
  static int[] cellBeside(NormalizedText text, int cellStart, int direction) {
    String s = text.text();
    int rowStart = rowStart(text, s, cellStart);
    int[] row = cells(text, s, rowStart);
    int column = indexOf(row, cellStart);
    if (row.length < 4 || column < 0) {
      return null;
    }
    int other = direction < 0 ? previousRow(text, s, rowStart) : nextRow(s, row[row.length - 1]);
    if (other < 0) {
      return null;
    }
    int[] cells = cells(text, s, other);
    return cells.length == row.length ? new int[] {cells[column], cells[column + 1]} : null;
  }

  /** The start of the row above the row at {@code rowStart}, blank lines left out; -1 at the text's start. */
  private static int previousRow(NormalizedText text, String s, int rowStart) {
    int start = rowStart;
    do {
      if (start <= 0) {
        return -1;
      }
      start = rowStart(text, s, s.lastIndexOf('\n', start - 2) + 1);
    } while (isBlankLine(s, start));
    return start;
  }

  /** The start of the row after the row that ends at {@code rowEnd}, blank lines left out; -1 at the text's end. */
  private static int nextRow(String s, int rowEnd) {
    int start = rowEnd + 1;
    while (start < s.length() && isBlankLine(s, start)) {
      start = lineEnd(s, start) + 1;
    }
    return start < s.length() ? start : -1;
  }

  private static int lineEnd(String s, int lineStart) {
    int end = s.indexOf('\n', lineStart);
    return end < 0 ? s.length() : end;
  }

  private static boolean isBlankLine(String s, int lineStart) {
    int end = lineEnd(s, lineStart);
    for (int k = lineStart; k < end; k++) {
      if (s.charAt(k) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** Whether the line that starts at {@code lineStart} is a cell of a row of two cells or more. */
  static boolean isCell(NormalizedText text, int lineStart) {
    String s = text.text();
    boolean brokenBefore = lineStart > 0 && !isInputBreak(text, lineStart - 1);
    int end = s.indexOf('\n', lineStart);
    return brokenBefore || end >= 0 && !isInputBreak(text, end);
  }

  /** Whether the line break at {@code at} is one the input has, not a wide gap broken by {@link Reflow}. */
  private static boolean isInputBreak(NormalizedText text, int at) {
    int original = text.originalStart(at);
    if (original >= text.original().length()) {
      return true;
    }
    char c = text.original().charAt(original);
    return c == '\r' || Normalizer.fold(c) == '\n';
  }

  /** The start of the row of the line that starts at {@code lineStart}. */
  private static int rowStart(NormalizedText text, String s, int lineStart) {
    int start = lineStart;
    while (start > 0 && !isInputBreak(text, start - 1)) {
      start = s.lastIndexOf('\n', start - 2) + 1;
    }
    return start;
  }

  /** The row that starts at {@code rowStart} as the start and end of each cell, in pairs. */
  private static int[] cells(NormalizedText text, String s, int rowStart) {
    int[] cells = new int[4];
    int n = 0;
    int start = rowStart;
    while (true) {
      int end = s.indexOf('\n', start);
      if (end < 0) {
        end = s.length();
      }
      if (n == cells.length) {
        cells = Arrays.copyOf(cells, n * 2);
      }
      cells[n++] = start;
      cells[n++] = end;
      if (end == s.length() || isInputBreak(text, end)) {
        return Arrays.copyOf(cells, n);
      }
      start = end + 1;
    }
  }

  /** The index of the pair in {@code cells} that starts at {@code start}, or -1. */
  private static int indexOf(int[] cells, int start) {
    for (int k = 0; k < cells.length; k += 2) {
      if (cells[k] == start) {
        return k;
      }
    }
    return -1;
  }
}
