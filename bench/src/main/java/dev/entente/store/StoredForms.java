package dev.entente.store;

import dev.entente.model.Document;
import dev.entente.tables.Tables;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * For the benchmarks only: writes documents' stored forms into a store's own table without their
 * table rows, so that a large store can be made from a small one (rows copied in SQL, forms here)
 * in minutes rather than by {@link CorpusStore#addAll}, which maps every document to rows. It
 * sits in the store's package because the stored form's encoder is package-private: no user
 * should write a form without its rows.
 */
public final class StoredForms {
  private StoredForms() {}

  /**
   * Appends the stored form of each of {@code documents} to the store's table behind {@code
   * connection}, with sequence numbers from {@code firstSeq} on, in one transaction. The caller
   * writes the documents' rows of the {@link Tables} to match.
   *
   * @throws SQLException if the database refuses a row (an id or a key stored already)
   */
  public static void append(Connection connection, List<Document> documents, long firstSeq)
      throws SQLException {
    List<DocumentCodec.Encoded> encoded = documents.parallelStream().map(DocumentCodec::encode)
        .collect(Collectors.toList());
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    try (var st = connection.createStatement()) {
      st.execute("BEGIN TRANSACTION");
      try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, CorpusStore.STORED)) {
        long seq = firstSeq;
        for (int i = 0; i < documents.size(); i++) {
          String id = documents.get(i).id();
          DocumentCodec.Encoded e = encoded.get(i);
          appender.beginRow().append(id).append(Tables.documentKey(id)).append(seq++)
              .append(e.contentHash());
          if (e.textHash() == null) {
            appender.appendNull();
          } else {
            appender.append(e.textHash());
          }
          appender.append(e.form()).append(e.formBytes()).endRow();
        }
      }
      st.execute("COMMIT");
    }
  }
}
