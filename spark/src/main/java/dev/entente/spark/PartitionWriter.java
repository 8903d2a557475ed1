package dev.entente.spark;

import dev.entente.tables.Table;
import dev.entente.tables.Tables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.VoidFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * Parses one partition of the input and writes its rows of every table in the same pass: one
 * Parquet file per table and partition, {@code dir/<table>/part-NNNNN-<run>.parquet}. Nothing is
 * cached and nothing is shuffled, so the parse runs once and each row is encoded once.
 *
 * <p>A task writes hidden files ({@code .part-…-attempt-N.tmp}, which Spark and {@code
 * read_parquet('dir/t/*.parquet')} both pass over) and gives them their names only when the whole
 * partition went through; a task that fails leaves no visible file, and a retried or speculative
 * copy of a task that already succeeded keeps the first copy's files (the parse is deterministic,
 * so both hold the same rows). Partition 0 writes every table, even with no rows, so that each
 * table has a file for readers to find its columns in.
 */
final class PartitionWriter implements VoidFunction<Iterator<Row>> {
  private static final long serialVersionUID = 1L;

  private final String dir;
  private final String run;
  private final boolean binary;
  private final boolean withProblems;
  /** The driver's Hadoop settings (credentials, file system options); Configuration is not serialisable. */
  private final HashMap<String, String> settings;
  private final LongAccumulator documents;
  private final LongAccumulator failures;

  PartitionWriter(String dir, String run, boolean binary, boolean withProblems, Map<String, String> settings,
      LongAccumulator documents, LongAccumulator failures) {
    this.dir = dir;
    this.run = run;
    this.binary = binary;
    this.withProblems = withProblems;
    this.settings = new HashMap<>(settings);
    this.documents = documents;
    this.failures = failures;
  }

  /** The names of every table a partition writes, in the order of the writers. */
  static List<String> tableNames() {
    List<String> names = new ArrayList<>();
    Tables.documentTables().forEach(t -> names.add(t.name()));
    names.add(ParsedTables.FAILURES);
    return names;
  }

  @Override
  public void call(Iterator<Row> input) throws IOException {
    Configuration conf = new Configuration(false);
    settings.forEach(conf::set);
    TaskContext task = TaskContext.get();
    int partition = task == null ? 0 : task.partitionId();
    long attempt = task == null ? 0 : task.taskAttemptId();
    List<Table> tables = Tables.documentTables();
    List<String> names = tableNames();
    StructType[] schemas = new StructType[names.size()];
    for (int t = 0; t < tables.size(); t++) {
      schemas[t] = SparkSchemas.of(tables.get(t));
    }
    int failureTable = tables.size();
    schemas[failureTable] = SparkSchemas.FAILURES;
    String finalName = String.format(Locale.ROOT, "part-%05d-%s.parquet", partition, run);
    String tempName = "." + finalName + "-attempt-" + attempt + ".tmp";
    Path[] temps = new Path[names.size()];
    ParquetRows[] writers = new ParquetRows[names.size()];
    long documentCount = 0;
    long failureCount = 0;
    boolean done = false;
    try {
      while (input.hasNext()) {
        Row row = input.next();
        ParseFunction.Outcome outcome = withProblems
            ? ParseFunction.parse(row.get(0), row.get(1), row.getString(2), row.getString(3), binary)
            : ParseFunction.parse(row.get(0), row.get(1), null, null, binary);
        if (outcome.rows != null) {
          documentCount++;
          for (int t = 0; t < tables.size(); t++) {
            List<List<Object>> rows = outcome.rows.of(tables.get(t));
            if (!rows.isEmpty()) {
              ParquetRows writer = open(writers, temps, t, names, tempName, schemas, conf);
              for (List<Object> values : rows) {
                writer.write(values);
              }
            }
          }
        } else {
          failureCount++;
          open(writers, temps, failureTable, names, tempName, schemas, conf)
              .write(Arrays.asList(outcome.id, outcome.reason, outcome.message));
        }
      }
      if (partition == 0) {
        for (int t = 0; t < names.size(); t++) {
          open(writers, temps, t, names, tempName, schemas, conf);
        }
      }
      for (int t = 0; t < writers.length; t++) {
        if (writers[t] != null) {
          ParquetRows writer = writers[t];
          writers[t] = null;
          writer.close();
        }
      }
      for (int t = 0; t < temps.length; t++) {
        if (temps[t] != null) {
          commit(temps[t], new Path(temps[t].getParent(), finalName), conf);
        }
      }
      done = true;
    } finally {
      if (!done) {
        abandon(writers, temps, conf);
      }
    }
    documents.add(documentCount);
    failures.add(failureCount);
  }

  private ParquetRows open(ParquetRows[] writers, Path[] temps, int t, List<String> names, String tempName,
      StructType[] schemas, Configuration conf) throws IOException {
    if (writers[t] == null) {
      temps[t] = new Path(new Path(dir, names.get(t)), tempName);
      writers[t] = ParquetRows.create(temps[t], schemas[t], conf);
    }
    return writers[t];
  }

  /** Gives a written file its name, unless another attempt of this task already did. */
  private static void commit(Path temp, Path target, Configuration conf) throws IOException {
    FileSystem fs = temp.getFileSystem(conf);
    if (fs.exists(target) || !fs.rename(temp, target)) {
      if (!fs.exists(target)) {
        throw new IOException("cannot rename " + temp + " to " + target);
      }
      fs.delete(temp, false);
    }
  }

  private static void abandon(ParquetRows[] writers, Path[] temps, Configuration conf) {
    for (int t = 0; t < writers.length; t++) {
      try {
        if (writers[t] != null) {
          writers[t].close();
        }
      } catch (IOException | RuntimeException e) {
        // the file goes anyway
      }
      try {
        if (temps[t] != null) {
          temps[t].getFileSystem(conf).delete(temps[t], false);
        }
      } catch (IOException | RuntimeException e) {
        // a hidden file stays behind; ParsedTables#writeParquet removes it at the end
      }
    }
  }
}
