package dev.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.tables.Table;
import dev.entente.tables.Tables;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer killed in the middle (kill -9: {@link Process#destroyForcibly()}) leaves a store that
 * opens and holds whole documents only, and a second run completes it.
 */
final class InterruptedWriteTest {
  private static final int COUNT = 300;
  private static final int GROUP = 5;

  @TempDir
  Path dir;

  private Process writer(Path file) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // DuckDB unpacks its 60 MB native library into java.io.tmpdir and deletes it at exit, which a
    // killed process never reaches: the test's own folder takes it.
    return new ProcessBuilder(java, "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"),
        StoreWriter.class.getName(), file.toString(), Integer.toString(COUNT), Integer.toString(GROUP))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  @Test
  void killedWriter_leavesWholeDocuments_andASecondRunCompletesIt() throws Exception {
    // GIVEN a writer that has committed some groups
    Path file = dir.resolve("killed.duckdb");
    Process first = writer(file);
    int committed = 0;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (committed < 20 && (line = out.readLine()) != null) {
        if (line.startsWith("committed ")) {
          committed = Integer.parseInt(line.substring("committed ".length()));
        }
      }
      // WHEN it is killed in the middle of its run
      first.destroyForcibly();
      assertTrue(first.waitFor(60, TimeUnit.SECONDS), "the killed writer did not end");
    }
    // THEN the store opens with every committed document, each whole, and nothing else
    int stored;
    try (CorpusStore store = CorpusStore.open(file)) {
      stored = store.size();
      assertTrue(stored >= committed, stored + " stored, but " + committed + " were committed");
      assertTrue(stored < COUNT, "the writer finished before it was killed; the test proves nothing");
      assertEquals(0, stored % GROUP, "a group was stored in part: " + stored);
      List<Document> expected = new ArrayList<>();
      for (int i = 0; i < stored; i++) {
        expected.add(StoreWriter.document(i));
      }
      assertEquals(expected, store.documents());
      assertRowsAreThoseOf(store, expected);
    }
    // WHEN a second run adds the same documents
    Process second = writer(file);
    String last = "";
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(second.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        last = line;
      }
    }
    assertTrue(second.waitFor(300, TimeUnit.SECONDS), "the second writer did not end");
    // THEN it skips what is stored and completes the rest
    assertEquals(0, second.exitValue());
    assertEquals("done added=" + (COUNT - stored) + " unchanged=" + stored, last);
    try (CorpusStore store = CorpusStore.openReadOnly(file)) {
      assertEquals(COUNT, store.size());
      List<Document> expected = new ArrayList<>();
      for (int i = 0; i < COUNT; i++) {
        expected.add(StoreWriter.document(i));
      }
      assertRowsAreThoseOf(store, expected);
    }
  }

  /** Every table holds exactly the rows of {@code documents}: none missing, none left over. */
  static void assertRowsAreThoseOf(CorpusStore store, List<Document> documents) throws SQLException {
    try (Connection c = store.openConnection()) {
      for (Table table : Tables.documentTables()) {
        long expected = documents.stream().mapToLong(d -> Tables.rows(d).of(table).size()).sum();
        assertEquals(expected, CorpusStoreTest.count(c, "SELECT count(*) FROM " + table.name()), table.name());
      }
      assertEquals(0, CorpusStoreTest.count(c, "SELECT count(*) FROM statements WHERE document_id NOT IN"
          + " (SELECT document_id FROM " + CorpusStore.STORED + ")"));
    }
  }
}
