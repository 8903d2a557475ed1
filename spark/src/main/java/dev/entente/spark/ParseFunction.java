package dev.entente.spark;

import dev.entente.model.Diagnostic;
import dev.entente.model.DiagnosticCode;
import dev.entente.model.Document;
import dev.entente.parser.EntenteException;
import dev.entente.tables.DocumentRows;
import dev.entente.tables.Table;
import dev.entente.tables.Tables;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Parses one input row into one wide row: for each document table of {@link Tables} an array of
 * that table's rows, and last a failure struct, null when the row gave a document. One pass over
 * the input thus fills every table; {@link ParsedTables} explodes the arrays into the tables.
 *
 * <p>Never throws for bad input: a null id or text, undecodable bytes, an oversized text, an id
 * the parser refuses and a bug of ours all become a failure with a reason. Only an {@link Error}
 * other than a stack overflow (running out of memory) fails the task, as it should.
 */
final class ParseFunction implements MapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** The name of the wide row's last field. */
  static final String FAILURE_FIELD = "failure";

  private final boolean binary;
  private final boolean java8Dates;
  private final boolean withProblems;

  /**
   * A function over rows of (id, text) or, {@code withProblems}, (id, text, reason, message),
   * where a non-null reason (a {@link Failure} name) says why the reader gave no text.
   */
  ParseFunction(boolean binary, boolean java8Dates, boolean withProblems) {
    this.binary = binary;
    this.java8Dates = java8Dates;
    this.withProblems = withProblems;
  }

  /** The schema of the rows {@link #call} gives. */
  static StructType wideSchema() {
    List<Table> tables = Tables.documentTables();
    StructField[] fields = new StructField[tables.size() + 1];
    for (int i = 0; i < tables.size(); i++) {
      Table table = tables.get(i);
      fields[i] = DataTypes.createStructField(table.name(),
          DataTypes.createArrayType(SparkSchemas.of(table), false), false);
    }
    fields[tables.size()] = DataTypes.createStructField(FAILURE_FIELD, SparkSchemas.FAILURES, true);
    return new StructType(fields);
  }

  @Override
  public Row call(Row input) {
    Outcome outcome = withProblems
        ? parse(input.get(0), input.get(1), input.getString(2), input.getString(3), binary)
        : parse(input.get(0), input.get(1), null, null, binary);
    return outcome.rows != null ? rowsOf(outcome.rows) : failure(outcome.id, outcome.reason, outcome.message);
  }

  /** What one input row gave: the rows of its document, or why there is none. */
  static final class Outcome {
    /** The document's rows; null for a failure. */
    final DocumentRows rows;
    /** The failure's id (null when the input's was), reason and message; null for a document. */
    final String id;
    final String reason;
    final String message;

    private Outcome(DocumentRows rows, String id, String reason, String message) {
      this.rows = rows;
      this.id = id;
      this.reason = reason;
      this.message = message;
    }

    static Outcome failure(String id, Failure reason, String message) {
      return new Outcome(null, id, reason.name(), message);
    }

    static Outcome failure(String id, String reason, String message) {
      return new Outcome(null, id, reason, message == null ? reason : message);
    }
  }

  /**
   * Parses one input: {@code idValue} and {@code textValue} (a String, or bytes when {@code
   * binary}, decoded as the command line decodes files), unless {@code problem}, a {@link Failure}
   * name, says why the reader gave no text. Never throws for bad input.
   */
  static Outcome parse(Object idValue, Object textValue, String problem, String problemMessage, boolean binary) {
    if (idValue == null) {
      return Outcome.failure(null, Failure.NO_ID, "the id column is null");
    }
    String id = idValue.toString();
    if (problem != null) {
      return Outcome.failure(id, problem, problemMessage);
    }
    if (textValue == null) {
      return Outcome.failure(id, Failure.NO_TEXT, "the text column is null");
    }
    Document document;
    try {
      if (binary) {
        document = Parsers.get().parse((byte[]) textValue, id);
      } else {
        String text = (String) textValue;
        if (text.isBlank()) {
          // As the command line does: a blank input is refused, not parsed into an empty document.
          return Outcome.failure(id, Failure.EMPTY, "empty: no text to parse");
        }
        document = Parsers.get().parse(id, text);
      }
    } catch (EntenteException e) {
      // The parser's reasons pass through by name, so a reason it adds needs no change here.
      return Outcome.failure(id, e.reason().name(), e.getMessage());
    } catch (IllegalArgumentException e) {
      return Outcome.failure(id, Failure.REJECTED, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return Outcome.failure(id, Failure.INTERNAL_ERROR, "internal error while parsing (please report it): " + e);
    }
    for (Diagnostic d : document.diagnostics()) {
      if (d.code() == DiagnosticCode.NOT_RUSSIAN || d.code() == DiagnosticCode.UNKNOWN_LANGUAGE) {
        // As the command line does: a text in a language Entente does not read is refused.
        return Outcome.failure(id, Failure.UNKNOWN_LANGUAGE, "not Russian or English: " + d.message()
            + " (Entente reads Russian and English documents)");
      }
    }
    try {
      return new Outcome(Tables.rows(document), null, null, null);
    } catch (RuntimeException e) {
      return Outcome.failure(id, Failure.INTERNAL_ERROR,
          "internal error: the document does not fit the tables (please report it): " + e);
    }
  }

  private Row rowsOf(DocumentRows rows) {
    List<Table> tables = Tables.documentTables();
    Object[] wide = new Object[tables.size() + 1];
    for (int t = 0; t < tables.size(); t++) {
      List<List<Object>> tableRows = rows.of(tables.get(t));
      Row[] sparkRows = new Row[tableRows.size()];
      for (int r = 0; r < sparkRows.length; r++) {
        List<Object> values = tableRows.get(r);
        Object[] converted = new Object[values.size()];
        for (int c = 0; c < converted.length; c++) {
          converted[c] = SparkSchemas.toSpark(values.get(c), java8Dates);
        }
        sparkRows[r] = RowFactory.create(converted);
      }
      wide[t] = sparkRows;
    }
    return RowFactory.create(wide);
  }

  private static Row failure(String id, String reason, String message) {
    int tables = Tables.documentTables().size();
    Object[] wide = new Object[tables + 1];
    for (int t = 0; t < tables; t++) {
      wide[t] = new Row[0];
    }
    wide[tables] = RowFactory.create(id, reason, message);
    return RowFactory.create(wide);
  }
}
