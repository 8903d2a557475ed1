package dev.entente.parser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != columns) {
          throw new IllegalStateException(String.format("%s:%d: expected %d tab-separated columns, found %d",
              resource, number, columns, cells.length));
        }
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip();
        }
        rows.add(new Row(resource, number, cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language data " + resource, e);
    }
    return rows;
  }

  static <E extends Enum<E>> E enumValue(Row row, int column, Class<E> type) {
    try {
      return Enum.valueOf(type, row.get(column));
    } catch (IllegalArgumentException e) {
      throw row.error("expected one of " + Arrays.toString(type.getEnumConstants())
          + " in column " + (column + 1) + ", found '" + row.get(column) + "'");
    }
  }
}
