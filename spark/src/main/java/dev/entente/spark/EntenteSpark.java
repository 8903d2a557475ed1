package dev.entente.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Parses a DataFrame of texts into the tables of the relational shape ({@code entente-tables}),
 * as DataFrames with the same names, columns and types as the embedded store's tables, plus a
 * {@code failures} table for the rows that gave no document.
 *
 * <pre>{@code
 * Dataset<Row> texts = spark.read().parquet("archive/");          // columns id, text
 * try (ParsedTables tables = EntenteSpark.parse(texts)) {
 *   tables.table("statements").groupBy("act").count().show();
 *   tables.failures().show(false);                                // id, reason, message
 *   tables.writeParquet("out/", SaveMode.ErrorIfExists);         // out/statements/*.parquet, …
 * }
 * }</pre>
 *
 * <p>The text column may hold strings or raw bytes; bytes are decoded as {@code entente parse}
 * decodes a file ({@code Parser.parse(byte[], id)}: UTF-8 with or without BOM, UTF-16,
 * windows-1251, KOI8-R, HTML pages), with the same diagnostics and the same failures. Documents
 * are read with the command line's parser, Russian and English detected per document; a text in
 * neither is a failure, UNKNOWN_LANGUAGE, as the command line refuses it. Every executor JVM
 * builds one parser, once, on first use. A bad row never fails the job: it becomes a row of
 * {@link ParsedTables#failures()}.
 */
public final class EntenteSpark {
  /** The id column {@link #parse(Dataset)} reads. */
  public static final String ID_COLUMN = "id";
  /** The text column {@link #parse(Dataset)} reads. */
  public static final String TEXT_COLUMN = "text";

  private EntenteSpark() {}

  /**
   * Parses the {@code id} and {@code text} columns of {@code input}.
   *
   * @throws IllegalArgumentException if a column is missing or of another type than documented
   */
  public static ParsedTables parse(Dataset<Row> input) {
    return parse(input, ID_COLUMN, TEXT_COLUMN);
  }

  /**
   * Parses {@code input}, one document per row: {@code idColumn} (strings, used as document ids)
   * and {@code textColumn} (strings, or bytes decoded as the command line decodes files). Nothing
   * runs until a table is used; the parse then runs once for all tables, which share its cached
   * result until {@link ParsedTables#close()}. {@link ParsedTables#writeParquet} parses and writes
   * in one pass instead, without the cache.
   *
   * @throws IllegalArgumentException if a column is missing, the id column does not hold strings,
   *     or the text column holds neither strings nor bytes
   */
  public static ParsedTables parse(Dataset<Row> input, String idColumn, String textColumn) {
    Objects.requireNonNull(input, "input == null");
    DataType idType = typeOf(input, Objects.requireNonNull(idColumn, "idColumn == null"));
    DataType textType = typeOf(input, Objects.requireNonNull(textColumn, "textColumn == null"));
    if (!idType.equals(DataTypes.StringType)) {
      throw new IllegalArgumentException(
          "id column '" + idColumn + "' must hold strings, it holds " + idType.simpleString());
    }
    boolean binary = textType.equals(DataTypes.BinaryType);
    if (!binary && !textType.equals(DataTypes.StringType)) {
      throw new IllegalArgumentException(
          "text column '" + textColumn + "' must hold strings or bytes, it holds " + textType.simpleString());
    }
    return new ParsedTables(input.select(col(idColumn), col(textColumn)), binary);
  }

  private static DataType typeOf(Dataset<Row> input, String column) {
    if (!Arrays.asList(input.columns()).contains(column)) {
      throw new IllegalArgumentException("no column '" + column + "' in the input; it has "
          + Arrays.toString(input.columns()));
    }
    return input.schema().apply(column).dataType();
  }
}
