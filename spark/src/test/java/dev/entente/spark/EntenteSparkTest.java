package dev.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.parser.Parser;
import dev.entente.tables.Table;
import dev.entente.tables.Tables;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

final class EntenteSparkTest {
  private static final StructType STRING_INPUT = new StructType()
      .add("id", DataTypes.StringType).add("text", DataTypes.StringType);
  private static final StructType BYTES_INPUT = new StructType()
      .add("doc", DataTypes.StringType).add("bytes", DataTypes.BinaryType);

  @Test
  void parse_bytes_areDecodedAsTheCommandLineDecodesFiles_andBadRowsBecomeFailures() {
    // GIVEN a text as UTF-8, as windows-1251 and as UTF-16 with a byte order mark, and rows that
    // cannot give a document
    String text = LocalSpark.read(LocalSpark.shortDocument());
    Map<String, byte[]> documents = new TreeMap<>(Map.of(
        "utf8", text.getBytes(StandardCharsets.UTF_8),
        "cp1251", text.getBytes(Charset.forName("windows-1251")),
        "utf16", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE)));
    List<Row> input = new ArrayList<>();
    documents.forEach((id, bytes) -> input.add(RowFactory.create(id, bytes)));
    input.addAll(List.of(
        RowFactory.create("empty", new byte[0]),
        RowFactory.create("blank", " \n\t".getBytes(StandardCharsets.US_ASCII)),
        RowFactory.create("binary", new byte[] {'P', 'K', 3, 4, 0, 0, 1}),
        RowFactory.create("greek", "Αυτό είναι ένα κείμενο στα ελληνικά, όχι στα ρωσικά ή στα αγγλικά."
            .getBytes(StandardCharsets.UTF_8)),
        RowFactory.create("no-text", null),
        RowFactory.create(null, documents.get("utf8")),
        RowFactory.create("", documents.get("utf8"))));
    Dataset<Row> texts = LocalSpark.session().createDataFrame(input, BYTES_INPUT);

    // WHEN Spark parses them
    try (ParsedTables tables = EntenteSpark.parse(texts, "doc", "bytes")) {
      // THEN each encoding gives the rows of the document the command line's parser makes of the
      // same bytes, diagnostics included
      Parser cli = Parser.detecting();
      for (Table table : Tables.documentTables()) {
        List<List<Object>> want = new ArrayList<>();
        documents.forEach((id, bytes) -> want.addAll(Tables.rows(cli.parse(bytes, id)).of(table)));
        assertEquals(sorted(want), sorted(values(tables.table(table))), table.name());
      }
      assertEquals(List.of("cp1251: DECODED", "utf16: DECODED"), tables.table("diagnostics")
          .where("code = 'DECODED'").selectExpr("document_id || ': ' || code").orderBy("document_id")
          .as(Encoders.STRING()).collectAsList());
      // and every other row one failure with its reason
      Map<String, String> reasons = new TreeMap<>();
      for (Row failure : tables.failures().collectAsList()) {
        reasons.put(String.valueOf(failure.getString(0)), failure.getString(1));
        assertTrue(!failure.getString(2).isBlank(), "a message for " + failure);
      }
      assertEquals(Map.of(
          "empty", "EMPTY", "blank", "EMPTY", "binary", "BINARY", "greek", "UNKNOWN_LANGUAGE",
          "no-text", "NO_TEXT", "null", "NO_ID", "", "REJECTED"), reasons);
    }
  }

  @Test
  void parse_missingColumn_namesTheColumnsThere() {
    Dataset<Row> texts = LocalSpark.session().createDataFrame(List.of(), STRING_INPUT);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EntenteSpark.parse(texts, "id", "body"));
    assertEquals("no column 'body' in the input; it has [id, text]", e.getMessage());
  }

  @Test
  void parse_textOfAnotherType_isRefused() {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.IntegerType);
    Dataset<Row> texts = LocalSpark.session().createDataFrame(List.of(), schema);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EntenteSpark.parse(texts));
    assertEquals("text column 'text' must hold strings or bytes, it holds int", e.getMessage());
  }

  @Test
  void table_unknownName_listsTheTables() {
    Dataset<Row> texts = LocalSpark.session().createDataFrame(List.of(), STRING_INPUT);
    try (ParsedTables tables = EntenteSpark.parse(texts)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tables.table("statement"));
      assertTrue(e.getMessage().startsWith("no table 'statement'; the tables are [schema_version, documents,"),
          e.getMessage());
    }
  }

  /** The rows of a DataFrame as the tables module gives them. */
  static List<List<Object>> values(Dataset<Row> frame) {
    List<List<Object>> rows = new ArrayList<>();
    for (Row row : frame.collectAsList()) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        values.add(SparkSchemas.fromSpark(row.get(i)));
      }
      rows.add(values);
    }
    return rows;
  }

  /** Rows in one order whatever the order of the partitions. */
  static List<List<Object>> sorted(List<List<Object>> rows) {
    List<List<Object>> copy = new ArrayList<>(rows);
    copy.sort(Comparator.comparing(Object::toString));
    return copy;
  }
}
