package dev.entente.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the tab-separated language data files: {@code #} starts a comment line, {@code -} is an
 * empty cell, {@code |} separates the values of a cell. A malformed line fails at load time with
 * {@code resource:line: what was expected, what was found}.
 */
final class Tsv {
  /** One data line, with where it came from for error messages and provenance. */
  static final class Row {
    final String resource;
    final int line;
    private final String[] cells;

    Row(String resource, int line, String[] cells) {
      this.resource = resource;
      this.line = line;
      this.cells = cells;
    }

    String get(int column) {
      return cells[column];
    }

    /** The cell's values, empty for {@code -}. */
    List<String> values(int column) {
      String cell = cells[column];
      return cell.equals("-") || cell.isEmpty() ? List.of() : Arrays.asList(cell.split("\\|"));
    }

    /** {@code file.tsv:12}, for provenance. */
    String where() {
      return resource.substring(resource.lastIndexOf('/') + 1) + ":" + line;
    }

    IllegalStateException error(String message) {
      return new IllegalStateException(resource + ":" + line + ": " + message);
    }
  }

  private Tsv() {}

  static List<Row> read(String resource, int columns) {
    InputStream in = Tsv.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("language data missing from the class path: " + resource);
    }
    String text;
    try (in) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language data " + resource, e);
    }
    return parse(resource, text, columns);
  }

  /**
   * The rows of {@code text}, read as {@link #read} reads a file: lines end at {@code \n},
   * {@code \r} or {@code \r\n}. One pass over the text with {@code indexOf}, with no per-line buffer
   * or per-char loop of its own: the data is read at start-up, while the JVM still interprets this code.
   */
  static List<Row> parse(String resource, String text, int columns) {
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    List<Row> rows = new ArrayList<>();
    int number = 0;
    int at = 0;
    int n = text.length();
    while (at < n) {
      int newline = text.indexOf('\n', at);
      int end = newline < 0 ? n : newline;
      number++;
      String line = text.substring(at, end);
      at = end + 1;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = new String[columns];
      int found = 0;
      int from = 0;
      while (true) {
        int tab = line.indexOf('\t', from);
        String cell = (tab < 0 ? line.substring(from) : line.substring(from, tab)).strip();
        if (found < columns) {
          cells[found] = cell;
        }
        found++;
        if (tab < 0) {
          break;
        }
        from = tab + 1;
      }
      if (found != columns) {
        throw new IllegalStateException(String.format("%s:%d: expected %d tab-separated columns, found %d",
            resource, number, columns, found));
      }
      rows.add(new Row(resource, number, cells));
    }
    return rows;
  }

  static <E extends Enum<E>> E enumValue(Row row, int column, Class<E> type) {
    return enumValue(row, row.get(column), type, " in column " + (column + 1));
  }

  /** As {@link #enumValue(Row, int, Class)}, for one of the values of a cell ({@link Row#values}). */
  static <E extends Enum<E>> E enumValue(Row row, String value, Class<E> type) {
    return enumValue(row, value, type, "");
  }

  private static <E extends Enum<E>> E enumValue(Row row, String value, Class<E> type, String where) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw row.error("expected one of " + Arrays.toString(type.getEnumConstants()) + where + ", found '" + value + "'");
    }
  }
}
