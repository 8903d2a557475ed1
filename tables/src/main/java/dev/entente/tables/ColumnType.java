package dev.entente.tables;

import java.time.LocalDate;

/**
 * The SQL type of a column, and the Java class its values have in {@link DocumentRows}. Only
 * types that DuckDB, Parquet and Spark all hold without loss are used.
 */
public enum ColumnType {
  /** Text: {@link String}. */
  VARCHAR(String.class),
  /** A 32-bit integer: {@link Integer}. Offsets, counts, indexes, ordinals. */
  INTEGER(Integer.class),
  /** A 64-bit integer: {@link Long}. The {@code document_key} columns. */
  BIGINT(Long.class),
  /** {@link Boolean}. */
  BOOLEAN(Boolean.class),
  /** A calendar day without a time zone: {@link LocalDate} (Spark's {@code DateType}). */
  DATE(LocalDate.class);

  private final Class<?> javaType;

  ColumnType(Class<?> javaType) {
    this.javaType = javaType;
  }

  /** The class every non-null value of a column of this type has in {@link DocumentRows}. */
  public Class<?> javaType() {
    return javaType;
  }
}
