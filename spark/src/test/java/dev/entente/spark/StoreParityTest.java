package dev.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.parser.Parser;
import dev.entente.parser.input.DocumentIds;
import dev.entente.store.CorpusStore;
import dev.entente.tables.Column;
import dev.entente.tables.Table;
import dev.entente.tables.Tables;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark tables and the embedded store's tables, for the same input, are the same tables. */
final class StoreParityTest {
  @TempDir Path dir;

  @Test
  void parse_seeds_givesTheStoresTablesColumnForColumnAndRowForRow() throws Exception {
    // GIVEN the seeds added to an embedded store, and the same ids and texts as a DataFrame
    List<Row> input = new ArrayList<>();
    Parser parser = Parser.detecting();
    try (CorpusStore store = CorpusStore.open(dir.resolve("seeds.duckdb"))) {
      for (Path seed : LocalSpark.seeds()) {
        String id = DocumentIds.of(seed.getFileName().toString());
        String text = LocalSpark.read(seed);
        store.add(parser.parse(id, text));
        input.add(RowFactory.create(id, text));
      }
      StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
      Dataset<Row> texts = LocalSpark.session().createDataFrame(input, schema);

      // WHEN Spark parses them, as DataFrames and as the Parquet files of one pass
      Path parquet = dir.resolve("parquet");
      try (ParsedTables tables = EntenteSpark.parse(texts); Connection sql = store.openConnection()) {
        WriteCounts written = tables.writeParquet(parquet.toString(), SaveMode.ErrorIfExists);
        assertEquals(0, tables.failures().count(), "failures of the seeds");
        assertEquals(0, written.failures(), "failures of the seeds in the Parquet pass");
        assertEquals(input.size(), written.documents(), "documents written");
        // THEN every table has the store's column names and SQL types, and the store's rows, both ways
        for (Table table : Tables.all()) {
          List<String> storeTypes = new ArrayList<>();
          List<List<Object>> storeRows = query(sql, "SELECT * FROM " + table.name(), storeTypes);
          Dataset<Row> frame = tables.table(table.name());
          List<String> sparkTypes = table.columns().stream()
              .map(c -> c.name() + " " + sqlType(frame, c))
              .collect(Collectors.toList());
          assertEquals(storeTypes, sparkTypes, table.name() + " columns");
          for (Column column : table.columns()) {
            assertEquals(column.nullable(), frame.schema().apply(column.name()).nullable(),
                table.name() + "." + column.name() + " nullable");
          }
          assertEquals(EntenteSparkTest.sorted(storeRows), EntenteSparkTest.sorted(EntenteSparkTest.values(frame)),
              table.name() + " rows");

          List<String> parquetTypes = new ArrayList<>();
          List<List<Object>> parquetRows = query(sql,
              "SELECT * FROM read_parquet('" + parquet.resolve(table.name()) + "/*.parquet')", parquetTypes);
          assertEquals(storeTypes, parquetTypes, table.name() + " columns in Parquet");
          assertEquals(EntenteSparkTest.sorted(storeRows), EntenteSparkTest.sorted(parquetRows),
              table.name() + " rows in Parquet");
        }
      }
    }
  }

  /** The rows of a query, with each value as the tables module gives it; {@code types} gets "name TYPE". */
  private static List<List<Object>> query(Connection sql, String query, List<String> types) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement st = sql.createStatement(); ResultSet rs = st.executeQuery(query)) {
      ResultSetMetaData meta = rs.getMetaData();
      for (int c = 1; c <= meta.getColumnCount(); c++) {
        types.add(meta.getColumnName(c) + " " + meta.getColumnTypeName(c).toUpperCase(Locale.ROOT));
      }
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          row.add(SparkSchemas.fromSpark(rs.getObject(c)));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** The SQL name of the Spark column's type, as DuckDB names it. */
  private static String sqlType(Dataset<Row> frame, Column column) {
    String spark = frame.schema().apply(column.name()).dataType().sql();
    return spark.equals("STRING") ? "VARCHAR" : spark.equals("INT") ? "INTEGER" : spark;
  }
}
