package dev.entente.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import dev.entente.tables.Table;
import dev.entente.tables.Tables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;

/**
 * The tables that {@link EntenteSpark#parse} gives: one DataFrame per table of {@link Tables}
 * (same names, columns and types as the embedded store) and {@link #failures()}. The tables share
 * one cached parse; {@link #close()} releases it.
 */
public final class ParsedTables implements AutoCloseable {
  /** The name of the table of rows that gave no document. */
  public static final String FAILURES = "failures";

  /** How many tables {@link #writeParquet} writes at once. */
  static final int WRITERS = 4;

  private final Dataset<Row> wide;

  ParsedTables(Dataset<Row> wide) {
    this.wide = wide;
  }

  /**
   * The names of all tables, in the order of {@link Tables#all()}, then {@value #FAILURES}.
   */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    Tables.all().forEach(t -> names.add(t.name()));
    names.add(FAILURES);
    return Collections.unmodifiableList(names);
  }

  /**
   * The table named {@code name}: one of {@link #names()}.
   *
   * @throws IllegalArgumentException if there is no table of that name
   */
  public Dataset<Row> table(String name) {
    Objects.requireNonNull(name, "name == null");
    if (name.equals(FAILURES)) {
      return failures();
    }
    return table(Tables.named(name).orElseThrow(() -> new IllegalArgumentException(
        "no table '" + name + "'; the tables are " + names())));
  }

  /**
   * The rows of {@code table} for every document parsed; {@code schema_version} has one row.
   *
   * @throws IllegalArgumentException if {@code table} is not one of {@link Tables#all()}
   */
  public Dataset<Row> table(Table table) {
    Objects.requireNonNull(table, "table == null");
    if (table.equals(Tables.SCHEMA_VERSION_TABLE)) {
      return wide.sparkSession().createDataFrame(
          List.of(RowFactory.create(Tables.SCHEMA_VERSION)), SparkSchemas.of(table));
    }
    if (!Tables.documentTables().contains(table)) {
      throw new IllegalArgumentException("not a table of entente-tables: " + table.name());
    }
    return wide.select(explode(col(table.name())).as("row")).select("row.*");
  }

  /**
   * One row per input row that gave no document: {@code id} (null when the input's was),
   * {@code reason} (NO_ID, NO_TEXT, EMPTY, BINARY, BROKEN_ENCODING, TOO_LARGE, REJECTED or
   * INTERNAL_ERROR) and {@code message}, the problem in words.
   */
  public Dataset<Row> failures() {
    return wide.where(col(ParseFunction.FAILURE_FIELD).isNotNull())
        .select(ParseFunction.FAILURE_FIELD + ".*");
  }

  /**
   * Writes every table of {@link #names()} as a Parquet dataset {@code dir/<name>/}, the form
   * that DuckDB reads with {@code read_parquet('dir/statements/*.parquet')}. The parse runs once,
   * first; then the tables are written by {@value #WRITERS} concurrent Spark jobs, because most
   * tables are small and a job's fixed cost (planning, code generation, commit) would otherwise
   * dominate.
   *
   * @return the number of input rows, documents and failures together
   * @throws org.apache.spark.SparkException (or another exception of Spark's) when a write fails
   */
  public long writeParquet(String dir, SaveMode mode) {
    Objects.requireNonNull(dir, "dir == null");
    Objects.requireNonNull(mode, "mode == null");
    String base = dir.endsWith("/") ? dir : dir + "/";
    long rows = wide.count();
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS, runnable -> {
      Thread thread = new Thread(runnable, "entente-parquet-writer");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (String name : names()) {
        writes.add(writers.submit(() -> table(name).write().mode(mode).parquet(base + name)));
      }
      for (Future<?> write : writes) {
        try {
          write.get();
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException) {
            throw (RuntimeException) cause;
          }
          throw new IllegalStateException("writing the Parquet tables under " + dir + " failed", cause);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while writing the Parquet tables under " + dir, e);
        }
      }
    } finally {
      writers.shutdownNow();
    }
    return rows;
  }

  /** Releases the cached parse; a table used after this parses its input again. */
  @Override
  public void close() {
    wide.unpersist();
  }
}
