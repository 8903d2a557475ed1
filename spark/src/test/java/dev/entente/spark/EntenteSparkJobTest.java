package dev.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.parser.Parser;
import dev.entente.parser.input.DocumentIds;
import dev.entente.tables.DocumentRows;
import dev.entente.tables.Table;
import dev.entente.tables.Tables;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
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
  void run_folderWithBadFiles_writesWhatTheCommandLineParsesAndOneFailurePerBadFile() throws Exception {
    // GIVEN a folder with a seed, a short document in a subfolder, a windows-1251 file, a UTF-16
    // file, and two files that hold no document
    Path input = Files.createDirectories(dir.resolve("in"));
    Path seed = LocalSpark.seeds().get(0);
    Path other = LocalSpark.shortDocument();
    Files.copy(seed, input.resolve(seed.getFileName()));
    Files.copy(other, Files.createDirectories(input.resolve("sub")).resolve(other.getFileName()));
    String shortText = LocalSpark.read(other);
    Files.write(input.resolve("legacy.txt"), shortText.getBytes(Charset.forName("windows-1251")));
    Files.write(input.resolve("wide text.txt"), ("\uFEFF" + shortText).getBytes(StandardCharsets.UTF_16LE));
    Files.write(input.resolve("empty.txt"), new byte[0]);
    Files.write(input.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3});
    Path output = dir.resolve("out");

    // WHEN the job runs over the folder
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = EntenteSparkJob.run(LocalSpark.session().sparkContext(),
        EntenteSparkJob.Options.parse(new String[] {"--input", input.toString(), "--output", output.toString()}),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    // THEN every table is a Parquet dataset that DuckDB reads, holding the rows of the documents
    // that `entente parse` makes of the same files: its parser, its decoding, its ids
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    Parser cli = Parser.detecting();
    List<DocumentRows> expected = new ArrayList<>();
    for (String name : List.of("000_c8f3a732433e8756.txt", "legacy.txt", "sub/ru-uz-joint-statement.txt", "wide text.txt")) {
      try (InputStream in = Files.newInputStream(input.resolve(name))) {
        expected.add(Tables.rows(cli.parse(in, DocumentIds.of(name))));
      }
    }
    assertEquals(seed.getFileName().toString(), "000_c8f3a732433e8756.txt", "the seed the test names");
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
      for (Table table : Tables.documentTables()) {
        List<List<Object>> want = new ArrayList<>();
        expected.forEach(rows -> want.addAll(rows.of(table)));
        assertEquals(EntenteSparkTest.sorted(want),
            EntenteSparkTest.sorted(rows(duckdb, "SELECT * FROM read_parquet('" + output + "/" + table.name() + "/*.parquet')")),
            table.name() + " rows read by DuckDB");
      }
      assertEquals(List.of("000_c8f3a732433e8756.txt", "legacy.txt", "sub:ru-uz-joint-statement.txt", "wide_text.txt-9116a93b"),
          strings(duckdb, "SELECT document_id FROM read_parquet('" + output + "/documents/*.parquet') ORDER BY document_id"));
      assertEquals(List.of("DECODED: not UTF-8; decoded as windows-1251"), strings(duckdb,
          "SELECT code || ': ' || split_part(message, ',', 1) FROM read_parquet('" + output + "/diagnostics/*.parquet')"
              + " WHERE document_id = 'legacy.txt' AND code = 'DECODED'"));
      assertEquals(List.of(String.valueOf(Tables.SCHEMA_VERSION)),
          strings(duckdb, "SELECT version FROM read_parquet('" + output + "/schema_version/*.parquet')"));
      Map<String, String> failures = new TreeMap<>();
      for (List<Object> failure : rows(duckdb, "SELECT id, reason FROM read_parquet('" + output + "/failures/*.parquet')")) {
        failures.put((String) failure.get(0), (String) failure.get(1));
      }
      assertEquals(Map.of("empty.txt", "EMPTY", "scan.pdf", "BINARY"), failures);
    }
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("4 documents, 2 failures"), err.toString(StandardCharsets.UTF_8));
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
    int status = EntenteSparkJob.run(LocalSpark.session().sparkContext(), EntenteSparkJob.Options.parse(new String[] {
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
    int status = EntenteSparkJob.run(LocalSpark.session().sparkContext(),
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

  private static List<List<Object>> rows(Connection duckdb, String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement st = duckdb.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
          row.add(SparkSchemas.fromSpark(rs.getObject(c)));
        }
        rows.add(row);
      }
    }
    return rows;
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
