package dev.entente.tables;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The rows one document gives, table by table. Each row is an unmodifiable list of values in the
 * order of {@link Table#columns()}; a value is {@code null} or of its column's {@link
 * ColumnType#javaType()}.
 */
public final class DocumentRows {
  private final String documentId;
  private final Map<Table, List<List<Object>>> rows;

  DocumentRows(String documentId, Map<Table, List<List<Object>>> rows) {
    this.documentId = documentId;
    this.rows = rows;
  }

  /** The id of the document the rows come from. */
  public String documentId() {
    return documentId;
  }

  /**
   * The rows of {@code table}, in the document's order.
   *
   * @throws IllegalArgumentException if {@code table} is not one of {@link Tables#documentTables()}
   */
  public List<List<Object>> of(Table table) {
    List<List<Object>> list = rows.get(table);
    if (list == null) {
      throw new IllegalArgumentException("not a table of document rows: " + table.name());
    }
    return Collections.unmodifiableList(list);
  }

  /** The number of rows in all tables together. */
  public int size() {
    return rows.values().stream().mapToInt(List::size).sum();
  }

  @Override
  public String toString() {
    return "DocumentRows[" + documentId + ", " + size() + " rows]";
  }
}
