package dev.entente.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import dev.entente.tables.Table;
import dev.entente.tables.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The tables that {@link EntenteSpark#parse} gives: one DataFrame per table of {@link Tables}
 * (same names, columns and types as the embedded store) and {@link #failures()}. The tables share
 * one cached parse, filled when a table is first used; {@link #close()} releases it. {@link
 * #writeParquet} does not use it: it parses and writes every table in one pass.
 */
public final class ParsedTables implements AutoCloseable {
  /** The name of the table of rows that gave no document. */
  public static final String FAILURES = "failures";

  private final SparkContext context;
  /** The session of {@link #input}; for the job's files, made when a table is used. */
  private SparkSession spark;
  /** The input as a DataFrame; for the job's files, made from {@link #files} when a table is used. */
  private Dataset<Row> input;
  /**
   * The job's files (see {@link FileReader#files}), or null: {@link #writeParquet} hands them to the
   * writer as they are, without planning a query (analysis, optimisation, code generation and
   * their class loading and compilation cost seconds of CPU for a plan that only reads rows).
   */
  private final JavaRDD<Row> files;
  private final boolean binary;
  private final boolean withProblems;
  /** The cached parse, one wide row per input row (see {@link ParseFunction}); null until a table is used. */
  private Dataset<Row> wide;

  /**
   * The tables of {@code input}'s rows (id, text), with bytes for text when {@code binary}.
   */
  ParsedTables(Dataset<Row> input, boolean binary) {
    this.spark = input.sparkSession();
    this.context = spark.sparkContext();
    this.input = input;
    this.files = null;
    this.binary = binary;
    this.withProblems = false;
  }

  /**
   * The tables of the job's files: rows of {@link FileReader#SCHEMA} (id, bytes, reason, message),
   * where a non-null reason says why the reader gave no bytes.
   */
  ParsedTables(SparkContext context, JavaRDD<Row> files) {
    this.context = context;
    this.spark = null;
    this.input = null;
    this.files = files;
    this.binary = true;
    this.withProblems = true;
  }

  /** The session over {@link #context}: the active one, or one made now. */
  private synchronized SparkSession session() {
    if (spark == null) {
      spark = SparkSession.builder().getOrCreate();
    }
    return spark;
  }

  private synchronized Dataset<Row> input() {
    if (input == null) {
      input = session().createDataFrame(files, FileReader.SCHEMA);
    }
    return input;
  }

  /**
   * The cached parse, planned on first use only: planning the wide row of 14 nested tables costs
   * seconds of CPU that {@link #writeParquet} does not need to spend.
   */
  private synchronized Dataset<Row> wide() {
    if (wide == null) {
      boolean java8Dates = Boolean.parseBoolean(session().conf().get("spark.sql.datetime.java8API.enabled", "false"));
      wide = input().map(new ParseFunction(binary, java8Dates, withProblems), Encoders.row(ParseFunction.wideSchema()))
          .persist(StorageLevel.MEMORY_AND_DISK());
    }
    return wide;
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
      return session().createDataFrame(
          List.of(RowFactory.create(Tables.SCHEMA_VERSION)), SparkSchemas.of(table));
    }
    if (!Tables.documentTables().contains(table)) {
      throw new IllegalArgumentException("not a table of entente-tables: " + table.name());
    }
    return wide().select(explode(col(table.name())).as("row")).select("row.*");
  }

  /**
   * One row per input row that gave no document: {@code id} (null when the input's was),
   * {@code reason} (NO_ID, NO_TEXT, EMPTY, BINARY, BROKEN_ENCODING, TOO_LARGE, REJECTED or
   * INTERNAL_ERROR) and {@code message}, the problem in words.
   */
  public Dataset<Row> failures() {
    return wide().where(col(ParseFunction.FAILURE_FIELD).isNotNull())
        .select(ParseFunction.FAILURE_FIELD + ".*");
  }

  /**
   * Writes every table of {@link #names()} as a Parquet dataset {@code dir/<name>/}, the form
   * that DuckDB reads with {@code read_parquet('dir/statements/*.parquet')} and Spark with {@code
   * spark.read().parquet("dir/statements")}. One pass over the input: each task parses its
   * partition and writes its rows of every table (see {@link PartitionWriter}); the cached parse
   * that {@link #table} uses is neither needed nor filled. A {@code _SUCCESS} file in each table's
   * folder marks a finished write.
   *
   * @param mode ErrorIfExists (refuses when a table's folder exists), Overwrite (replaces the
   *     tables' folders), Append (adds files beside those there) or Ignore (writes nothing when a
   *     table's folder exists)
   * @return how many input rows gave documents and how many failures
   * @throws IllegalStateException when a table's folder exists and {@code mode} is ErrorIfExists
   * @throws UncheckedIOException when the output cannot be prepared or finished
   * @throws org.apache.spark.SparkException (or another exception of Spark's) when a task fails
   */
  public WriteCounts writeParquet(String dir, SaveMode mode) {
    return writeParquet(dir, mode, new Phases(false));
  }

  /**
   * {@link #writeParquet(String, SaveMode)}, ending the steps "tasks" and "commit" in {@code
   * phases}.
   */
  WriteCounts writeParquet(String dir, SaveMode mode, Phases phases) {
    Objects.requireNonNull(dir, "dir == null");
    Objects.requireNonNull(mode, "mode == null");
    Configuration conf = context.hadoopConfiguration();
    String run = UUID.randomUUID().toString();
    try {
      Path base = new Path(dir);
      FileSystem fs = base.getFileSystem(conf);
      List<Path> folders = new ArrayList<>();
      names().forEach(name -> folders.add(new Path(base, name)));
      for (Path folder : folders) {
        if (fs.exists(folder)) {
          if (mode == SaveMode.ErrorIfExists) {
            throw new IllegalStateException("the table folder " + folder + " exists (SaveMode.ErrorIfExists)");
          } else if (mode == SaveMode.Ignore) {
            return new WriteCounts(0, 0);
          } else if (mode == SaveMode.Overwrite && !fs.delete(folder, true)) {
            throw new IOException("cannot delete " + folder);
          }
        }
      }
      Map<String, String> settings = new HashMap<>();
      conf.forEach(entry -> settings.put(entry.getKey(), entry.getValue()));
      LongAccumulator documents = context.longAccumulator("entente documents");
      LongAccumulator failures = context.longAccumulator("entente failures");
      context.setJobDescription("entente: parse and write the tables to " + dir);
      JavaRDD<Row> rows = files != null ? files : input.javaRDD();
      rows.foreachPartition(new PartitionWriter(base.toString(), run, binary, withProblems, settings,
          documents, failures));
      phases.end("tasks");
      try (ParquetRows version = ParquetRows.create(
          new Path(new Path(base, Tables.SCHEMA_VERSION_TABLE.name()), "part-00000-" + run + ".parquet"),
          SparkSchemas.of(Tables.SCHEMA_VERSION_TABLE), conf)) {
        version.write(List.of(Tables.SCHEMA_VERSION));
      }
      for (Path folder : folders) {
        ParquetRows.touch(new Path(folder, "_SUCCESS"), conf);
        for (FileStatus status : fs.listStatus(folder)) {
          String name = status.getPath().getName();
          if (name.startsWith(".part-") && name.contains(run) && name.endsWith(".tmp")) {
            fs.delete(status.getPath(), false);   // left by a failed attempt of a task
          }
        }
      }
      phases.end("commit");
      return new WriteCounts(documents.value(), failures.value());
    } catch (IOException e) {
      throw new UncheckedIOException("writing the Parquet tables under " + dir + " failed: " + e.getMessage(), e);
    } finally {
      context.setJobDescription(null);
    }
  }

  /** Releases the cached parse; a table used after this parses its input again. */
  @Override
  public synchronized void close() {
    if (wide != null) {
      wide.unpersist();
      wide = null;
    }
  }
}
