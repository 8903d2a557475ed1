package dev.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.tables.Tables;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers see whole documents only, and every document they see equals the one added, while a writer adds. */
final class ConcurrentReadersTest {
  private static final int COUNT = 90;

  @TempDir
  Path dir;

  @Test
  void readersWhileAWriterAdds_seeOnlyWholeDocuments() throws Exception {
    // GIVEN
    List<Document> documents = new ArrayList<>();
    Map<String, Document> byId = new HashMap<>();
    Map<String, Integer> statements = new HashMap<>();
    for (int i = 0; i < COUNT; i++) {
      Document d = CorpusStoreTest.random(9_000_000L + i, "doc-" + i);
      documents.add(d);
      byId.put(d.id(), d);
      statements.put(d.id(), Tables.rows(d).of(Tables.STATEMENTS).size());
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    AtomicBoolean writing = new AtomicBoolean(true);
    try (CorpusStore store = CorpusStore.open(dir.resolve("c.duckdb"))) {
      // WHEN one thread adds while two read
      Future<?> writer = pool.submit(() -> {
        try {
          for (int i = 0; i < COUNT; i += 3) {
            store.addAll(documents.subList(i, Math.min(COUNT, i + 3)));
          }
        } finally {
          writing.set(false);
        }
        return null;
      });
      Future<Integer> sqlReader = pool.submit(() -> {
        int reads = 0;
        while (writing.get() || reads == 0) {
          try (Connection c = store.openConnection(); Statement st = c.createStatement()) {
            st.execute("BEGIN TRANSACTION");
            Map<String, Integer> seen = new HashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT d.document_id, (SELECT count(*) FROM statements s"
                + " WHERE s.document_id = d.document_id) FROM documents d")) {
              while (rs.next()) {
                seen.put(rs.getString(1), rs.getInt(2));
              }
            }
            long stored = CorpusStoreTest.count(c, "SELECT count(*) FROM " + CorpusStore.STORED);
            long orphans = CorpusStoreTest.count(c, "SELECT count(*) FROM mentions WHERE document_id"
                + " NOT IN (SELECT document_id FROM documents)");
            st.execute("COMMIT");
            // THEN
            assertEquals(stored, seen.size(), "documents and stored_documents disagree");
            assertEquals(0, orphans, "mentions of a document that is not (yet) there");
            seen.forEach((id, n) -> assertEquals(statements.get(id), n, "statements of " + id));
          }
          reads++;
        }
        return reads;
      });
      Future<Integer> corpusReader = pool.submit(() -> {
        int reads = 0;
        while (writing.get() || reads == 0) {
          List<Document> loaded = store.documents();
          for (Document d : loaded) {
            assertEquals(byId.get(d.id()), d);
          }
          reads++;
        }
        return reads;
      });
      writer.get(120, TimeUnit.SECONDS);
      int sqlReads = sqlReader.get(120, TimeUnit.SECONDS);
      int corpusReads = corpusReader.get(120, TimeUnit.SECONDS);
      assertTrue(sqlReads > 1 && corpusReads > 1, "readers ran " + sqlReads + " and " + corpusReads + " times");
      assertEquals(documents, store.documents());
    } finally {
      pool.shutdownNow();
    }
  }
}
