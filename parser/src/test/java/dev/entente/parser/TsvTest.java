package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link Tsv#parse} reads a text as the line reader it replaced did ({@link #byLines}: {@link
 * BufferedReader#readLine}, {@code split("\t", -1)}, each cell stripped): the same rows, cells and
 * line numbers, and the same error on a line with the wrong number of columns.
 */
final class TsvTest {
  private static final String[] FILES = {"abbreviations", "acts", "ambiguous", "cities", "cues", "dates", "endings",
      "eponyms", "groups", "heads", "initiatives", "kinds", "levels", "organizations", "person-names", "roles",
      "states", "topics", "words", "wrapper"};

  /** The reader before: one line at a time. Rows as {@code line:cell|cell…}, or only the error message. */
  private static List<String> byLines(String text, int columns) {
    List<String> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != columns) {
          return List.of(String.format("t:%d: expected %d tab-separated columns, found %d", number, columns, cells.length));
        }
        StringBuilder row = new StringBuilder().append(number).append(':');
        for (int i = 0; i < cells.length; i++) {
          row.append(i == 0 ? "" : "|").append(cells[i].strip());
        }
        rows.add(row.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static List<String> parsed(String text, int columns) {
    List<String> rows = new ArrayList<>();
    try {
      for (Tsv.Row row : Tsv.parse("t", text, columns)) {
        StringBuilder line = new StringBuilder().append(row.line).append(':');
        for (int i = 0; i < columns; i++) {
          line.append(i == 0 ? "" : "|").append(row.get(i));
        }
        rows.add(line.toString());
      }
    } catch (IllegalStateException e) {
      rows.add(e.getMessage());
    }
    return rows;
  }

  @Test
  void everyDataFile_readAsLineByLine() throws IOException {
    int rows = 0;
    for (String language : new String[] {"ru", "en"}) {
      for (String file : FILES) {
        String resource = "/dev/entente/parser/" + language + "/" + file + ".tsv";
        String text;
        try (var in = Tsv.class.getResourceAsStream(resource)) {
          text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        int columns = countColumns(text);
        List<String> expected = byLines(text, columns);
        assertEquals(expected, parsed(text, columns), resource);
        rows += expected.size();
      }
    }
    assertTrue(rows > 5_000, "rows read: " + rows);
  }

  /** The columns of a file's first data line. */
  private static int countColumns(String text) {
    for (String line : text.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        return line.split("\t", -1).length;
      }
    }
    throw new AssertionError("no data line");
  }

  @Test
  void lineEndsAndBlanks_asLineByLine() {
    for (String text : new String[] {"", "\n", "a\tb", "a\tb\n", "a\tb\r\nc\td\r\n", "a\tb\rc\td", "\r\n\r\na\tb\r",
        "# x\n\n  \t \na\t b \n#\tc\n", "a\tb\n\nc\td\n\n\n", "a\tb\r\r\nc\td", "a\t\n\tb\n-\t-"}) {
      assertEquals(byLines(text, 2), parsed(text, 2), () -> text.replace("\r", "\\r").replace("\n", "\\n"));
    }
  }

  @Test
  void wrongColumnCount_namesFileLineAndCounts() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Tsv.parse("/x/acts.tsv", "# c\r\na\tb\r\nc\td\te\n", 2));
    assertEquals("/x/acts.tsv:3: expected 2 tab-separated columns, found 3", e.getMessage());
  }

  @Test
  void anyText_readAsLineByLine() {
    Gen<String> texts = SourceDSL.lists().of(SourceDSL.integers().between(0, 7)).ofSizeBetween(0, 60)
        .map(codes -> {
          StringBuilder text = new StringBuilder();
          codes.forEach(code -> text.append("ab\t\r\n# -".charAt(code)));
          return text.toString();
        });
    qt().withExamples(2_000).forAll(texts, SourceDSL.integers().between(1, 3))
        .checkAssert((text, columns) -> assertEquals(byLines(text, columns), parsed(text, columns)));
  }
}
