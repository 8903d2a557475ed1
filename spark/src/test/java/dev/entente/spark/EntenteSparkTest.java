package dev.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
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
  void parse_badRows_becomeFailuresBesideTheGoodDocuments() {
    // GIVEN one good seed as bytes, and rows that cannot give a document
    Path seed = LocalSpark.seeds().get(0);
    byte[] good = LocalSpark.read(seed).getBytes(StandardCharsets.UTF_8);
    List<Row> input = List.of(
        RowFactory.create("good", good),
        RowFactory.create("empty", new byte[0]),
        RowFactory.create("blank", " \n\t".getBytes(StandardCharsets.US_ASCII)),
        RowFactory.create("binary", new byte[] {'P', 'K', 3, 4, 0, 0, 1}),
        RowFactory.create("cp1251", "Совместное заявление".getBytes(java.nio.charset.Charset.forName("windows-1251"))),
        RowFactory.create("no-text", null),
        RowFactory.create(null, good),
        RowFactory.create("", good));
    Dataset<Row> texts = LocalSpark.session().createDataFrame(input, BYTES_INPUT);

    // WHEN Spark parses them
    try (ParsedTables tables = EntenteSpark.parse(texts, "doc", "bytes")) {
      // THEN the good row gives its document and every other row one failure with its reason
      assertEquals(List.of("good"), tables.table("documents").select("document_id").as(
          org.apache.spark.sql.Encoders.STRING()).collectAsList());
      Map<String, String> reasons = new TreeMap<>();
      for (Row failure : tables.failures().collectAsList()) {
        reasons.put(String.valueOf(failure.getString(0)), failure.getString(1));
        assertTrue(!failure.getString(2).isBlank(), "a message for " + failure);
      }
      assertEquals(Map.of(
          "empty", "EMPTY", "blank", "EMPTY", "binary", "BINARY", "cp1251", "BROKEN_ENCODING",
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
