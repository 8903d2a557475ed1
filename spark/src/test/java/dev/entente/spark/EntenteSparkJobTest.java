package dev.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.parser.Parser;
import dev.entente.tables.Table;
import dev.entente.tables.Tables;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EntenteSparkJobTest {
  @TempDir Path dir;

  @Test
  void run_folderWithBadFiles_writesTheGoodRowsAndOneFailurePerBadFile() throws Exception {
    // GIVEN a folder with a seed, a short document in a subfolder, and three files that hold no document
    Path input = Files.createDirectories(dir.resolve("in"));
    Path seed = LocalSpark.seeds().get(0);
    Path other = LocalSpark.shortDocument();
    Files.copy(seed, input.resolve(seed.getFileName()));
    Files.copy(other, Files.createDirectories(input.resolve("sub")).resolve(other.getFileName()));
    Files.write(input.resolve("empty.txt"), new byte[0]);
    Files.write(input.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3});
    Files.write(input.resolve("legacy.txt"), "Совместное заявление".getBytes("windows-1251"));
    Path output = dir.resolve("out");

    // WHEN the job runs over the folder
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = EntenteSparkJob.run(LocalSpark.session(),
        EntenteSparkJob.Options.parse(new String[] {"--input", input.toString(), "--output", output.toString()}),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    // THEN every table is a Parquet dataset that DuckDB reads, with the rows of the two documents
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    String seed0 = FileIds.idOf(seed.getFileName().toString());
    String seed1 = FileIds.idOf("sub/" + other.getFileName());
    Parser parser = Parser.russian();
    List<dev.entente.tables.DocumentRows> expected = List.of(
        Tables.rows(parser.parse(seed0, LocalSpark.read(seed))),
        Tables.rows(parser.parse(seed1, LocalSpark.read(other))));
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
      for (Table table : Tables.documentTables()) {
        long want = expected.stream().mapToLong(rows -> rows.of(table).size()).sum();
        assertEquals(want, count(duckdb, output, table.name()), table.name() + " rows read by DuckDB");
      }
      assertEquals(List.of(seed0, seed1), strings(duckdb,
          "SELECT document_id FROM read_parquet('" + output + "/documents/*.parquet') ORDER BY document_id"));
      assertEquals(List.of(String.valueOf(Tables.SCHEMA_VERSION)),
          strings(duckdb, "SELECT version FROM read_parquet('" + output + "/schema_version/*.parquet')"));
      Map<String, String> failures = new TreeMap<>();
      try (Statement st = duckdb.createStatement();
          ResultSet rs = st.executeQuery("SELECT id, reason FROM read_parquet('" + output + "/failures/*.parquet')")) {
        while (rs.next()) {
          failures.put(rs.getString(1), rs.getString(2));
        }
      }
      assertEquals(Map.of("empty.txt", "EMPTY", "scan.pdf", "BINARY", "legacy.txt", "BROKEN_ENCODING"), failures);
    }
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("2 documents, 3 failures"), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void run_parquetTableOfTexts_isReadByItsColumns() throws Exception {
    // GIVEN a Parquet table with a seed and an empty text, in columns named otherwise
    StructType schema = new StructType().add("key", DataTypes.StringType).add("body", DataTypes.StringType);
    List<Row> rows = List.of(
        RowFactory.create("seed", LocalSpark.read(LocalSpark.shortDocument())), RowFactory.create("blank", " "));
    Path input = dir.resolve("texts");
    LocalSpark.session().createDataFrame(rows, schema).write().parquet(input.toString());
    Path output = dir.resolve("out");

    // WHEN the job runs over it
    int status = EntenteSparkJob.run(LocalSpark.session(), EntenteSparkJob.Options.parse(new String[] {
        "--input", input.toString(), "--output", output.toString(), "--id-column", "key", "--text-column", "body"}),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    // THEN it finds the table's format by itself and writes the document and the failure
    assertEquals(0, status);
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
      assertEquals(List.of("seed"), strings(duckdb, "SELECT document_id FROM read_parquet('" + output + "/documents/*.parquet')"));
      assertEquals(List.of("blank"), strings(duckdb, "SELECT id FROM read_parquet('" + output + "/failures/*.parquet')"));
    }
  }

  @Test
  void run_existingOutput_isRefusedWithoutOverwrite() throws Exception {
    Path input = Files.createDirectories(dir.resolve("in"));
    Path output = Files.createDirectories(dir.resolve("out"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = EntenteSparkJob.run(LocalSpark.session(),
        EntenteSparkJob.Options.parse(new String[] {"--input", input.toString(), "--output", output.toString()}),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, status);
    assertEquals("entente-spark-job: the output " + output + " exists; remove it or pass --overwrite\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void main_badOption_printsTheProblemAndUsage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = EntenteSparkJob.run(new String[] {"--input", "in", "--output", "out", "--partitions", "x"},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(
        "entente-spark-job: --partitions must be a positive number: x\nusage: entente-spark-job"),
        err.toString(StandardCharsets.UTF_8));
  }

  private static long count(Connection duckdb, Path output, String table) throws SQLException {
    try (Statement st = duckdb.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + output + "/" + table + "/*.parquet')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> strings(Connection duckdb, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement st = duckdb.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
