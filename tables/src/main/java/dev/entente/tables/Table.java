package dev.entente.tables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table of the relational shape: its name, its columns in order, the columns that identify a
 * row (its key), and a sentence on what one row is. The constants of {@link Tables} are the
 * tables; this class only describes them.
 */
public final class Table {
  private final String name;
  private final String description;
  private final List<Column> columns;
  private final List<String> key;

  private Table(String name, String description, List<Column> columns, List<String> key) {
    this.name = name;
    this.description = description;
    this.columns = Collections.unmodifiableList(new ArrayList<>(columns));
    this.key = Collections.unmodifiableList(new ArrayList<>(key));
    for (String k : key) {
      Column c = column(k).orElseThrow(() -> new IllegalArgumentException(
          "key column " + k + " is not a column of table " + name));
      if (c.nullable()) {
        throw new IllegalArgumentException("key column " + name + "." + k + " must not be nullable");
      }
    }
  }

  static Table of(String name, String description, List<String> key, Column... columns) {
    return new Table(name, description, List.of(columns), key);
  }

  /** The table name, lower snake case and plural ({@code statements}). */
  public String name() {
    return name;
  }

  /** What one row of the table is. */
  public String description() {
    return description;
  }

  /** The columns in the order in which {@link DocumentRows} gives each row's values. */
  public List<Column> columns() {
    return columns;
  }

  /** The names of the columns whose values together are unique in the table. */
  public List<String> key() {
    return key;
  }

  /** The column named {@code name}, if the table has one. */
  public Optional<Column> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The position of the column named {@code name} in {@link #columns()}, or -1. */
  public int indexOf(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The {@code CREATE TABLE} statement in the SQL that DuckDB and Spark SQL share, with the key as
   * {@code PRIMARY KEY}. A store may leave the key out to load faster; the values are unique
   * either way.
   */
  public String createStatement() {
    StringBuilder sql = new StringBuilder("CREATE TABLE ").append(name).append(" (");
    for (Column c : columns) {
      sql.append("\n  ").append(c.definition()).append(',');
    }
    sql.append("\n  PRIMARY KEY (").append(String.join(", ", key)).append(")\n)");
    return sql.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Table && ((Table) o).name.equals(name) && ((Table) o).columns.equals(columns)
        && ((Table) o).key.equals(key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, columns, key);
  }

  @Override
  public String toString() {
    return name + columns;
  }
}
