package dev.entente.spark;

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
    Object idValue = input.get(0);
    if (idValue == null) {
      return failure(null, Failure.NO_ID, "the id column is null");
    }
    String id = idValue.toString();
    if (withProblems && !input.isNullAt(2)) {
      return failure(id, input.getString(2), input.getString(3));
    }
    Object textValue = input.get(1);
    if (textValue == null) {
      return failure(id, Failure.NO_TEXT, "the text column is null");
    }
    Document document;
    try {
      String text = binary ? Texts.decode((byte[]) textValue) : (String) textValue;
      if (text.isBlank()) {
        // As the command line does: a blank input is refused, not parsed into an empty document.
        return failure(id, Failure.EMPTY, "empty: no text to parse");
      }
      document = Parsers.get().parse(id, text);
    } catch (EntenteException e) {
      // The parser's reasons pass through by name, so a reason it adds needs no change here.
      return failure(id, e.reason().name(), e.getMessage());
    } catch (IllegalArgumentException e) {
      return failure(id, Failure.REJECTED, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return failure(id, Failure.INTERNAL_ERROR, "internal error while parsing (please report it): " + e);
    }
    try {
      return rowsOf(document);
    } catch (RuntimeException e) {
      return failure(id, Failure.INTERNAL_ERROR,
          "internal error: the document does not fit the tables (please report it): " + e);
    }
  }

  private Row rowsOf(Document document) {
    DocumentRows rows = Tables.rows(document);
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

  private static Row failure(String id, Failure reason, String message) {
    return failure(id, reason.name(), message);
  }

  private static Row failure(String id, String reason, String message) {
    int tables = Tables.documentTables().size();
    Object[] wide = new Object[tables + 1];
    for (int t = 0; t < tables; t++) {
      wide[t] = new Row[0];
    }
    wide[tables] = RowFactory.create(id, reason, message == null ? reason : message);
    return RowFactory.create(wide);
  }
}
