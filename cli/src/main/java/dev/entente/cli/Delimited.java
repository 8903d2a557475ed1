package dev.entente.cli;

import dev.entente.model.Clause;
import dev.entente.model.Document;
import dev.entente.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tables as CSV (RFC 4180: CRLF line ends, a field quoted when it holds a comma, a quote or a line
 * break, quotes doubled) or TSV (LF line ends; tabs and line breaks in a field become spaces, as
 * TSV has no quoting), and the statement table that {@code parse --format csv|tsv} and
 * {@code query --format csv|tsv} print: one row per statement.
 */
final class Delimited {
  /** The statement table's columns; several values in one cell are separated by {@code ;}. */
  static final List<String> STATEMENT_COLUMNS = List.of("document", "clause", "start", "end", "actors", "act",
      "negated", "strength", "topics", "items", "sentence");

  /** CSV or TSV. */
  enum Dialect {
    CSV(',', "\r\n"), TSV('\t', "\n");

    final char separator;
    final String lineEnd;

    Dialect(char separator, String lineEnd) {
      this.separator = separator;
      this.lineEnd = lineEnd;
    }
  }

  private Delimited() {}

  /** One line of the table, its line end included. */
  static String line(Dialect dialect, List<String> cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(dialect.separator);
      }
      b.append(cell(dialect, cells.get(i)));
    }
    return b.append(dialect.lineEnd).toString();
  }

  static String cell(Dialect dialect, String value) {
    if (dialect == Dialect.TSV) {
      return value.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ");
    }
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  /** The header line of the statement table. */
  static String statementHeader(Dialect dialect) {
    return line(dialect, STATEMENT_COLUMNS);
  }

  /** The statement table's lines for one document, in document order, without the header. */
  static String statementRows(Document doc, Dialect dialect) {
    StringBuilder b = new StringBuilder();
    for (Clause clause : doc.preamble()) {
      for (Statement s : clause.statements()) {
        b.append(line(dialect, statementCells(doc.id(), "preamble", s, sentence(doc, s))));
      }
    }
    for (Clause clause : doc.clauses()) {
      for (Statement s : clause.statements()) {
        b.append(line(dialect, statementCells(doc.id(), clauseName(clause), s, sentence(doc, s))));
      }
    }
    return b.toString();
  }

  /** How a clause is named in the table: its number, or "-" for an unnumbered one ("preamble" in the preamble). */
  static String clauseName(Clause clause) {
    return clause.number().orElse("-");
  }

  private static String sentence(Document doc, Statement s) {
    String text = doc.text();
    return text.substring(Math.min(s.start(), text.length()), Math.min(s.end(), text.length()));
  }

  /** The cells of one statement's row; the sentence with its runs of white space made one space. */
  static List<String> statementCells(String document, String clause, Statement s, String sentence) {
    List<String> cells = new ArrayList<>(STATEMENT_COLUMNS.size());
    cells.add(document);
    cells.add(clause);
    cells.add(Integer.toString(s.start()));
    cells.add(Integer.toString(s.end()));
    cells.add(String.join(";", s.actors()));
    cells.add(s.act().map(Enum::name).orElse(""));
    cells.add(Boolean.toString(s.negated()));
    cells.add(s.strength().map(Enum::name).orElse(""));
    cells.add(s.topics().stream().map(Enum::name).collect(Collectors.joining(";")));
    cells.add(Stream.of(s.initiatives(), s.mechanisms(), s.events()).flatMap(List::stream)
        .collect(Collectors.joining(";")));
    cells.add(flat(sentence));
    return cells;
  }

  /** The text with every run of white space (line breaks included) made one space, trimmed. */
  static String flat(String text) {
    return text.replaceAll("[\\s\\u00a0\\u2028\\u2029]+", " ").strip();
  }
}
