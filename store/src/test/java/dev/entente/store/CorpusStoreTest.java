package dev.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.entente.model.Document;
import dev.entente.model.Party;
import dev.entente.model.PartyKind;
import dev.entente.model.RandomDocuments;
import dev.entente.store.CorpusStore.Outcome;
import dev.entente.tables.Table;
import dev.entente.tables.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CorpusStoreTest {
  private static final int TRIES = Integer.getInteger("entente.property.tries", 300);

  @TempDir
  Path dir;

  static Document random(long seed, String id) {
    return Document.builder().from(RandomDocuments.document(new Random(seed))).id(id).build();
  }

  static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void storedThenLoadedDocumentsEqualTheAdded() {
    Map<String, Document> added = new LinkedHashMap<>();
    try (CorpusStore store = CorpusStore.open(dir.resolve("p.duckdb"))) {
      qt().withExamples(TRIES).forAll(RandomDocuments.documents()).checkAssert(doc -> {
        store.add(doc);
        added.put(doc.id(), doc);
        assertEquals(doc, store.get(doc.id()).orElseThrow());
      });
      assertEquals(new ArrayList<>(added.values()), store.documents());
    }
    try (CorpusStore reopened = CorpusStore.openReadOnly(dir.resolve("p.duckdb"))) {
      assertEquals(new ArrayList<>(added.values()), reopened.documents());
      assertEquals(added.size(), reopened.corpus().size());
    }
  }

  @Test
  void documents_damagedStoredForm_isRefusedNamingTheDocument() throws SQLException {
    // GIVEN a store whose stored form of one document was overwritten
    Path file = dir.resolve("damaged.duckdb");
    try (CorpusStore store = CorpusStore.open(file)) {
      store.addAll(List.of(random(1, "doc-1"), random(2, "doc-2"), random(3, "doc-3")));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
         Statement st = c.createStatement()) {
      st.execute("UPDATE " + CorpusStore.STORED + " SET form = 'not deflated'::BLOB WHERE document_id = 'doc-2'");
    }
    try (CorpusStore store = CorpusStore.openReadOnly(file)) {
      // WHEN / THEN the load and the look-up say which document of which store is damaged
      StoreException all = assertThrows(StoreException.class, store::corpus);
      assertTrue(all.getMessage().startsWith("cannot read document doc-2 of store " + file.toAbsolutePath()
          + ": stored document is damaged"), all.getMessage());
      StoreException one = assertThrows(StoreException.class, () -> store.get("doc-2"));
      assertEquals(all.getMessage(), one.getMessage());
      assertEquals(random(3, "doc-3"), store.get("doc-3").orElseThrow());
    }
  }

  @Test
  void documents_comeInTheOrderOfTheirSeqWhateverTheTableOrder() throws SQLException {
    // GIVEN a store whose sequence numbers were turned around after the documents were added
    Path file = dir.resolve("seq.duckdb");
    List<Document> added = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      added.add(random(i % 7, "doc-" + i));
    }
    try (CorpusStore store = CorpusStore.open(file)) {
      store.addAll(added);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
         Statement st = c.createStatement()) {
      st.execute("UPDATE " + CorpusStore.STORED + " SET seq = 1000 - seq");
    }
    // WHEN / THEN they come back last added first
    try (CorpusStore store = CorpusStore.openReadOnly(file)) {
      List<Document> reversed = new ArrayList<>(added);
      java.util.Collections.reverse(reversed);
      assertEquals(reversed, store.documents());
    }
  }

  @Test
  void documents_holdAStringThatDocumentsRepeatOnce() {
    // GIVEN two documents that differ only in their ids
    try (CorpusStore store = CorpusStore.open(dir.resolve("shared.duckdb"))) {
      store.addAll(List.of(random(5, "doc-a"), random(5, "doc-b")));
      // WHEN they are loaded together
      List<Document> loaded = store.documents();
      // THEN they are the documents added, and share their equal short strings
      assertEquals(List.of(random(5, "doc-a"), random(5, "doc-b")), loaded);
      assertTrue(loaded.get(0).title().length() <= 64, "a short title: " + loaded.get(0).title());
      assertSame(loaded.get(0).title(), loaded.get(1).title());
      assertSame(loaded.get(0).language(), loaded.get(1).language());
    }
  }

  @Test
  void add_sameIdAndContent_unchanged_otherContent_updatedAndRowsReplaced() throws SQLException {
    // GIVEN
    Document first = random(1, "doc-1");
    Document second = random(2, "doc-1");
    try (CorpusStore store = CorpusStore.open(dir.resolve("u.duckdb"))) {
      // WHEN / THEN
      assertEquals(Outcome.ADDED, store.add(first));
      assertEquals(Outcome.UNCHANGED, store.add(first));
      assertEquals(Outcome.UPDATED, store.add(second));
      assertEquals(second, store.get("doc-1").orElseThrow());
      assertEquals(1, store.size());
      assertTrue(store.contains("doc-1"));
      assertFalse(store.contains("doc-2"));
      try (Connection c = store.openConnection()) {
        for (Table table : Tables.documentTables()) {
          assertEquals(Tables.rows(second).of(table).size(),
              count(c, "SELECT count(*) FROM " + table.name()), table.name());
        }
      }
    }
  }

  @Test
  void add_textWithCharactersJsonEscapes_roundTrips() {
    // GIVEN: quotes, backslashes, control characters, a lone surrogate, non-BMP characters
    String text = "«Стороны» \"q\" \\ \t\n\u0001\u2028 \uD83D\uDE00 \uD800 end";
    Document doc = Document.builder().from(random(3, "esc")).text(text).segments(List.of()).signatories(List.of())
        .parties(List.of()).participants(List.of()).preamble(List.of()).clauses(List.of())
        .initiatives(List.of()).mechanisms(List.of()).events(List.of()).diagnostics(List.of()).build();
    try (CorpusStore store = CorpusStore.open(dir.resolve("e.duckdb"))) {
      // WHEN
      store.add(doc);
      // THEN
      assertEquals(doc, store.get("esc").orElseThrow());
      assertEquals(List.of(doc), store.documents());
    }
  }

  @Test
  void openReadOnly_refusesWrites() {
    Path file = dir.resolve("r.duckdb");
    try (CorpusStore store = CorpusStore.open(file)) {
      store.add(random(4, "a"));
    }
    try (CorpusStore store = CorpusStore.openReadOnly(file)) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.add(random(5, "b")));
      assertEquals("store " + file.toAbsolutePath() + " was opened read-only", e.getMessage());
      assertEquals(1, store.size());
    }
  }

  @Test
  void openReadOnly_missingFile_namesIt() {
    Path file = dir.resolve("none.duckdb");
    StoreException e = assertThrows(StoreException.class, () -> CorpusStore.openReadOnly(file));
    assertEquals("no store at " + file + ": the file does not exist", e.getMessage());
  }

  @Test
  void open_duckdbFileOfOtherTables_isNotAStore() throws SQLException {
    // GIVEN
    Path file = dir.resolve("other.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
         Statement st = c.createStatement()) {
      st.execute("CREATE TABLE sales (amount INTEGER)");
    }
    // WHEN
    StoreException e = assertThrows(StoreException.class, () -> CorpusStore.open(file));
    // THEN
    assertEquals("not an Entente store: " + file.toAbsolutePath() + " is a DuckDB database without"
        + " the tables schema_version and stored_documents (it has [sales])", e.getMessage());
  }

  @Test
  void open_textFile_saysItCannotOpen() throws Exception {
    Path file = dir.resolve("notes.duckdb");
    Files.writeString(file, "not a database at all, just some text that is long enough to have a header");
    StoreException e = assertThrows(StoreException.class, () -> CorpusStore.open(file));
    assertTrue(e.getMessage().startsWith("cannot open store " + file + ": "), e.getMessage());
  }

  @Test
  void open_otherSchemaVersion_isRefused() throws SQLException {
    Path file = dir.resolve("v.duckdb");
    try (CorpusStore store = CorpusStore.open(file)) {
      store.add(random(6, "a"));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
         Statement st = c.createStatement()) {
      st.execute("UPDATE schema_version SET version = 99");
    }
    StoreException e = assertThrows(StoreException.class, () -> CorpusStore.open(file));
    assertEquals("store " + file.toAbsolutePath() + " has schema version 99, this Entente reads and"
        + " writes version 2: store the documents again into a new file", e.getMessage());
  }

  @Test
  void open_version1Store_isRefusedAsFromAnEarlierEntente() throws SQLException {
    Path file = dir.resolve("v1.duckdb");
    try (CorpusStore store = CorpusStore.open(file)) {
      store.add(random(6, "a"));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
         Statement st = c.createStatement()) {
      st.execute("UPDATE schema_version SET version = 1");
    }
    StoreException e = assertThrows(StoreException.class, () -> CorpusStore.open(file));
    assertEquals("store " + file.toAbsolutePath() + " has schema version 1 (written by an earlier Entente),"
        + " this Entente reads and writes version 2: store the documents again into a new file", e.getMessage());
  }

  @Test
  void add_idWhoseDocumentKeyAnotherIdHas_isRefusedAndNothingStored() throws SQLException {
    // Two ids with one 64-bit key cannot be found by search; a stored row is given the key instead.
    Path file = dir.resolve("k.duckdb");
    try (CorpusStore store = CorpusStore.open(file)) {
      store.add(random(3, "a"));
      try (Connection c = store.openConnection(); Statement st = c.createStatement()) {
        st.execute("UPDATE stored_documents SET document_key = " + Tables.documentKey("b"));
      }
      StoreException e = assertThrows(StoreException.class, () -> store.add(random(4, "b")));
      assertTrue(e.getMessage().contains("document_key"), e.getMessage());
      assertTrue(e.getMessage().endsWith("nothing of it was stored"), e.getMessage());
      assertEquals(1, store.size());
      assertFalse(store.contains("b"));
    }
  }

  @Test
  void add_afterClose_fails() {
    CorpusStore store = CorpusStore.open(dir.resolve("c.duckdb"));
    store.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.add(random(7, "a")));
    assertTrue(e.getMessage().endsWith(" is closed"), e.getMessage());
    store.close();
  }

  @Test
  void add_duplicateItemIds_isRefusedAndNothingStored() {
    // GIVEN
    Party kz = Party.builder().id("KZ").kind(PartyKind.STATE).name("Казахстан").build();
    Document doc = Document.builder().from(random(8, "dup")).parties(List.of(kz)).build();
    Document bad = Document.builder().from(doc).parties(List.of(kz, kz)).build();
    try (CorpusStore store = CorpusStore.open(dir.resolve("d.duckdb"))) {
      // WHEN
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.add(bad));
      // THEN
      assertTrue(e.getMessage().contains("two party items with id KZ"), e.getMessage());
      assertFalse(store.contains("dup"));
      assertEquals(Outcome.ADDED, store.add(doc));
    }
  }

  @Test
  void exportParquet_oneFilePerTable_readableWithReadParquet() throws SQLException {
    // GIVEN
    Path out = dir.resolve("parquet");
    try (CorpusStore store = CorpusStore.open(dir.resolve("x.duckdb"))) {
      for (int i = 0; i < 20; i++) {
        store.add(random(100 + i, "doc-" + i));
      }
      // WHEN
      List<Path> files = store.exportParquet(out);
      // THEN
      assertEquals(Tables.all().size(), files.size());
      try (Connection mem = DriverManager.getConnection("jdbc:duckdb:");
           Connection db = store.openConnection()) {
        for (Table table : Tables.all()) {
          Path file = out.resolve(table.name() + ".parquet");
          assertTrue(Files.isRegularFile(file), file.toString());
          assertEquals(count(db, "SELECT count(*) FROM " + table.name()),
              count(mem, "SELECT count(*) FROM read_parquet('" + file + "')"), table.name());
        }
        assertEquals(20, count(mem, "SELECT count(DISTINCT document_id) FROM read_parquet('"
            + out.resolve("documents.parquet") + "')"));
      }
    }
  }
}
