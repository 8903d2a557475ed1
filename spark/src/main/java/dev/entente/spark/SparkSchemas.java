package dev.entente.spark;

import dev.entente.tables.Column;
import dev.entente.tables.ColumnType;
import dev.entente.tables.Table;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark types of the relational shape: one {@link StructType} per {@link Table}, with the
 * same column names, order and nullability as the store's {@code CREATE TABLE}, and the values
 * of {@link dev.entente.tables.DocumentRows} turned into what Spark's row encoder accepts.
 */
final class SparkSchemas {
  /** The table of input rows that gave no document; see {@link ParsedTables#failures()}. */
  static final StructType FAILURES = new StructType(new StructField[] {
      DataTypes.createStructField("id", DataTypes.StringType, true),
      DataTypes.createStructField("reason", DataTypes.StringType, false),
      DataTypes.createStructField("message", DataTypes.StringType, false)});

  private SparkSchemas() {}

  static StructType of(Table table) {
    List<Column> columns = table.columns();
    StructField[] fields = new StructField[columns.size()];
    for (int i = 0; i < fields.length; i++) {
      Column column = columns.get(i);
      fields[i] = DataTypes.createStructField(column.name(), typeOf(column.type()), column.nullable());
    }
    return new StructType(fields);
  }

  static DataType typeOf(ColumnType type) {
    switch (type) {
      case VARCHAR:
        return DataTypes.StringType;
      case INTEGER:
        return DataTypes.IntegerType;
      case BIGINT:
        return DataTypes.LongType;
      case BOOLEAN:
        return DataTypes.BooleanType;
      case DATE:
        return DataTypes.DateType;
      default:
        throw new IllegalStateException("no Spark type for column type " + type + " of entente-tables");
    }
  }

  /**
   * A value of {@link dev.entente.tables.DocumentRows} as Spark's row encoder takes it: dates are
   * {@link LocalDate} when the session sets {@code spark.sql.datetime.java8API.enabled}, and
   * {@link Date} otherwise; every other type is the same in both.
   */
  static Object toSpark(Object value, boolean java8Dates) {
    if (value instanceof LocalDate && !java8Dates) {
      return Date.valueOf((LocalDate) value);
    }
    return value;
  }

  /** The inverse of {@link #toSpark}: a value read from a Spark row as the tables module gives it. */
  static Object fromSpark(Object value) {
    if (value instanceof Date) {
      return ((Date) value).toLocalDate();
    }
    return value;
  }
}
