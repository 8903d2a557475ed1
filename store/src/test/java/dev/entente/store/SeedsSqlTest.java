package dev.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Act;
import dev.entente.model.Document;
import dev.entente.model.MechanismStatus;
import dev.entente.parser.Parser;
import dev.entente.query.Corpus;
import dev.entente.query.Query;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQL over the stored seeds counts what the model (and the query module) counts. */
final class SeedsSqlTest {
  static final Path SEEDS = Path.of("..", "parser", "src", "test", "resources", "seeds");

  @TempDir
  static Path dir;

  static List<Document> seeds;
  static CorpusStore store;

  @BeforeAll
  static void storeSeeds() throws IOException {
    Parser parser = Parser.russian();
    try (Stream<Path> files = Files.list(SEEDS)) {
      seeds = files.sorted()
          .map(f -> {
            try {
              return parser.parse(f.getFileName().toString(), Files.readString(f));
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .toList();
    }
    store = CorpusStore.open(dir.resolve("seeds.duckdb"));
    store.addAll(seeds);
  }

  /** The document's statements, preamble first (Document.statements() without depending on its type). */
  static Stream<dev.entente.model.Statement> statementsOf(Document d) {
    return Stream.concat(d.preamble().stream(), d.clauses().stream()).flatMap(c -> c.statements().stream());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static long sql(String query) throws SQLException {
    try (Connection c = store.openConnection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void seeds_tableCountsEqualModelCounts() throws SQLException {
    assertEquals(2, seeds.size());
    assertEquals(seeds.size(), sql("SELECT count(*) FROM documents"));
    assertEquals(seeds.stream().mapToLong(d -> d.signatories().size()).sum(), sql("SELECT count(*) FROM signatories"));
    assertEquals(seeds.stream().mapToLong(d -> d.parties().size()).sum(), sql("SELECT count(*) FROM parties"));
    assertEquals(seeds.stream().mapToLong(d -> d.participants().size()).sum(), sql("SELECT count(*) FROM participants"));
    assertEquals(seeds.stream().mapToLong(d -> d.clauses().size()).sum(), sql("SELECT count(*) FROM clauses WHERE NOT preamble"));
    assertEquals(seeds.stream().mapToLong(d -> d.preamble().size()).sum(), sql("SELECT count(*) FROM clauses WHERE preamble"));
    assertEquals(seeds.stream().mapToLong(d -> statementsOf(d).count()).sum(), sql("SELECT count(*) FROM statements"));
    assertEquals(seeds.stream().mapToLong(d -> d.initiatives().size()).sum(), sql("SELECT count(*) FROM initiatives"));
    assertEquals(seeds.stream().mapToLong(d -> d.mechanisms().size()).sum(), sql("SELECT count(*) FROM mechanisms"));
    assertEquals(seeds.stream().mapToLong(d -> d.events().size()).sum(), sql("SELECT count(*) FROM events"));
    assertEquals(seeds.stream().flatMap(SeedsSqlTest::statementsOf).mapToLong(s -> s.actors().size()).sum(),
        sql("SELECT count(*) FROM statement_actors"));
    assertEquals(seeds.stream().flatMap(SeedsSqlTest::statementsOf).mapToLong(s -> s.topics().size()).sum(),
        sql("SELECT count(*) FROM statement_topics"));
    assertEquals(seeds.stream().flatMap(d -> d.parties().stream()).mapToLong(p -> p.mentions().size()).sum(),
        sql("SELECT count(*) FROM mentions WHERE item_type = 'party'"));
    assertEquals(seeds.stream().mapToLong(d -> d.text().length()).sum(), sql("SELECT sum(text_length) FROM documents"));
  }

  @Test
  void seeds_sqlAnswersEqualFluentQueries() throws SQLException {
    Corpus corpus = Query.from(seeds);
    assertEquals(corpus.statements().withAct(Act.SUPPORT).count(),
        sql("SELECT count(*) FROM statements WHERE act = 'SUPPORT'"));
    assertEquals(corpus.statements().by("KZ").count(),
        sql("SELECT count(DISTINCT (document_id, statement_index)) FROM statement_actors WHERE party_id = 'KZ'"));
    assertEquals(corpus.statements().by("KZ").count(),
        sql("SELECT count(DISTINCT (s.document_key, s.statement_index)) FROM statements s"
            + " JOIN statement_actors a USING (document_key, statement_index) WHERE a.party_id = 'KZ'"));
    assertEquals(corpus.statements().withAct(Act.SUPPORT).count(),
        sql("SELECT count(*) FROM statements s JOIN documents d USING (document_key)"
            + " WHERE s.act = 'SUPPORT' AND d.document_id = s.document_id"));
    assertEquals(corpus.mechanisms().withStatus(MechanismStatus.NEW).count(),
        sql("SELECT count(*) FROM mechanisms WHERE status = 'NEW'"));
    assertEquals(corpus.events().planned().count(), sql("SELECT count(*) FROM events WHERE status = 'PLANNED'"));
  }

  @Test
  void seeds_mentionAndStatementTextsAreTheTextsSpans() throws SQLException {
    // Offsets are UTF-16 and SQL counts code points; the seeds have no characters outside the BMP,
    // so here the two agree and substring must give the stored text.
    assertEquals(0, sql("SELECT count(*) FROM mentions m JOIN documents d USING (document_id)"
        + " WHERE substring(d.text, m.start_offset + 1, m.end_offset - m.start_offset) <> m.text"));
    assertEquals(0, sql("SELECT count(*) FROM statements s JOIN documents d USING (document_id)"
        + " WHERE substring(d.text, s.start_offset + 1, s.end_offset - s.start_offset) <> s.text"));
  }

  @Test
  void seeds_corpusEqualsTheParsedDocuments() {
    assertEquals(seeds, store.documents());
    assertEquals(Query.from(seeds).statements().withAct(Act.SUPPORT).toList(),
        store.corpus().statements().withAct(Act.SUPPORT).toList());
  }
}
