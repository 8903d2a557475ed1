package dev.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.parser.Parser;
import dev.entente.store.CorpusStore;
import dev.entente.tables.Tables;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store that {@code StoreRun scale} measures is the store of that many distinct documents. */
final class StoreRunTest {
  @Test
  void makeScaled_givesEachCopyItsOwnIdInTheStoredFormAndTheRows(@TempDir Path dir) throws Exception {
    // GIVEN a store of three synthetic documents
    Parser parser = Parser.russian();
    List<Document> seeds = Seeds.ALL.stream().map(s -> parser.parse(s.id(), s.text)).collect(Collectors.toList());
    List<Document> originals = new Synthetic(seeds).documents(3);
    Path small = dir.resolve("small.duckdb");
    try (CorpusStore store = CorpusStore.open(small)) {
      store.addAll(originals);
    }
    // WHEN it is made four times larger
    Path scaled = dir.resolve("scaled.duckdb");
    StoreRun.makeScaled(4, small, scaled);
    // THEN the store gives back twelve distinct documents, each an original under its copy's id,
    // in the order copy by copy
    List<Document> expected = new ArrayList<>();
    for (int copy = 0; copy < 4; copy++) {
      for (Document d : originals) {
        expected.add(Document.builder().from(d).id(StoreRun.copyId(d.id(), copy)).build());
      }
    }
    try (CorpusStore store = CorpusStore.openReadOnly(scaled)) {
      assertEquals(expected, store.documents());
      assertEquals(12, store.corpus().documents().ids().size(), "distinct ids in the corpus");
      // AND every table row carries a copy's id and that id's key, as storing the copy would write
      try (Connection c = store.openConnection(); Statement st = c.createStatement()) {
        for (dev.entente.tables.Table table : Tables.documentTables()) {
          try (ResultSet rs = st.executeQuery("SELECT document_id, document_key, count(*) FROM "
              + table.name() + " GROUP BY ALL")) {
            while (rs.next()) {
              assertEquals(Tables.documentKey(rs.getString(1)), rs.getLong(2), table.name() + " " + rs.getString(1));
            }
          }
        }
        try (ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT document_id) FROM statements")) {
          rs.next();
          long statements = originals.stream().mapToLong(d -> d.statements().size()).sum();
          assertEquals(4 * statements, rs.getLong(1), "statement rows");
          assertEquals(12, rs.getLong(2), "documents with statements");
        }
      }
    }
  }
}
