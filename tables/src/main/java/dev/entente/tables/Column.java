package dev.entente.tables;

import java.util.Objects;

/**
 * One column of a {@link Table}: its name (lower snake case, stable across versions of a schema),
 * its SQL type, whether it may hold {@code NULL}, and a sentence on what it holds.
 */
public final class Column {
  private final String name;
  private final ColumnType type;
  private final boolean nullable;
  private final String description;

  private Column(String name, ColumnType type, boolean nullable, String description) {
    this.name = Objects.requireNonNull(name, "name == null");
    this.type = Objects.requireNonNull(type, "type == null");
    this.nullable = nullable;
    this.description = Objects.requireNonNull(description, "description == null");
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("column name must be lower snake case: " + name);
    }
  }

  static Column required(String name, ColumnType type, String description) {
    return new Column(name, type, false, description);
  }

  static Column optional(String name, ColumnType type, String description) {
    return new Column(name, type, true, description);
  }

  /** The column name, lower snake case; never a word that needs quoting in DuckDB or Spark SQL. */
  public String name() {
    return name;
  }

  /** The SQL type, which also fixes the Java class of the column's values. */
  public ColumnType type() {
    return type;
  }

  /** Whether the column may hold {@code NULL} (a model attribute that is {@code Optional}). */
  public boolean nullable() {
    return nullable;
  }

  /** What the column holds, in one sentence. */
  public String description() {
    return description;
  }

  /** The column as it stands in a {@code CREATE TABLE}: {@code name TYPE [NOT NULL]}. */
  public String definition() {
    return name + " " + type.name() + (nullable ? "" : " NOT NULL");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Column
        && ((Column) o).name.equals(name)
        && ((Column) o).type == type
        && ((Column) o).nullable == nullable;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, nullable);
  }

  @Override
  public String toString() {
    return definition();
  }
}
