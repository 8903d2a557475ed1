package dev.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Act;
import dev.entente.model.Document;
import dev.entente.query.Corpus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's and the package documentation's Java lines, run. */
final class ReadmeStoreTest {
  @TempDir
  Path dir;

  @Test
  void readmeSnippet_runs() throws Exception {
    List<Document> documents = List.of(CorpusStoreTest.random(1, "a"), CorpusStoreTest.random(2, "b"));
    Path file = dir.resolve("corpus.duckdb");
    // README: "From Java (entente-store) …"
    try (CorpusStore store = CorpusStore.open(file)) {
      store.addAll(documents);
      Corpus corpus = store.corpus();
      try (Connection sql = store.openConnection();
           Statement st = sql.createStatement();
           ResultSet rs = st.executeQuery("SELECT count(*) FROM documents")) {
        rs.next();
        assertEquals(2, rs.getInt(1));
      }
      assertEquals(2, corpus.size());
      assertEquals(documents.stream().flatMap(d -> java.util.stream.Stream.concat(d.preamble().stream(), d.clauses().stream()))
          .flatMap(c -> c.statements().stream()).filter(s -> s.actors().contains("KZ")
              && s.act().equals(java.util.Optional.of(Act.SUPPORT))).count(),
          corpus.statements().by("KZ").withAct(Act.SUPPORT).count());
    }
  }
}
