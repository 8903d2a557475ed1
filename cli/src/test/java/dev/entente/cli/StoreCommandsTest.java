package dev.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entente.model.EntenteJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** entente store, sql, export and query --db, end to end on the seeds. */
final class StoreCommandsTest {
  @TempDir
  Path dir;

  private Path storeSeeds() {
    Path db = dir.resolve("corpus.duckdb");
    Cli.Result r = Cli.run("store", Cli.SEED_000.toString(), Cli.SEED_004.toString(), "--db", db.toString());
    assertEquals(0, r.code(), r.toString());
    return db;
  }

  @Test
  void store_twice_addsThenLeavesUnchanged() {
    // GIVEN
    Path db = dir.resolve("corpus.duckdb");
    List<String> args = List.of("store", Cli.SAMPLES.toString(), "--db", db.toString());
    // WHEN
    Cli.Result first = Cli.run(args);
    Cli.Result second = Cli.run(args);
    // THEN
    assertEquals(0, first.code(), first.toString());
    assertTrue(first.err().contains("stored in " + db + ": 2 added, 0 updated, 0 unchanged, 0 failed"
        + " (2 documents in the store)"), first.toString());
    assertTrue(second.err().contains(": 0 added, 0 updated, 2 unchanged, 0 failed"), second.toString());
  }

  @Test
  void store_badFileAmongGood_storesTheGoodAndCountsTheBad() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path db = dir.resolve("c.duckdb");
    Cli.Result r = Cli.run("store", Cli.SEED_000.toString(), empty.toString(), "--db", db.toString());
    assertEquals(Main.INPUT_ERROR, r.code(), r.toString());
    assertTrue(r.err().contains(": 1 added, 0 updated, 0 unchanged, 1 failed (1 documents in the store)"), r.toString());
  }

  @Test
  void store_dbThatIsNotAStore_oneLine() throws Exception {
    Path db = Files.writeString(dir.resolve("text.duckdb"), "just text, not a database, long enough for a header");
    Cli.Result r = Cli.run("store", Cli.SEED_000.toString(), "--db", db.toString());
    assertEquals(Main.INPUT_ERROR, r.code(), r.toString());
    assertTrue(r.err().startsWith("entente: cannot open store " + db + ": "), r.toString());
    assertEquals(1, r.err().lines().count(), r.toString());
  }

  @Test
  void sql_table_csv_json() throws Exception {
    Path db = storeSeeds();
    String query = "SELECT kind, count(*) AS n FROM documents GROUP BY kind ORDER BY kind";
    Cli.Result table = Cli.run("sql", db.toString(), query);
    assertEquals(0, table.code(), table.toString());
    assertEquals("kind             n\nCOMMUNIQUE       1\nJOINT_STATEMENT  1\n(2 rows)\n", table.out());
    Cli.Result csv = Cli.run("sql", db.toString(), query, "--format", "csv");
    assertEquals("kind,n\nCOMMUNIQUE,1\nJOINT_STATEMENT,1\n", csv.out());
    Cli.Result json = Cli.run("sql", db.toString(), query, "--format", "json");
    JsonNode rows = EntenteJson.mapper().readTree(json.out());
    assertEquals(2, rows.size());
    assertEquals(1, rows.get(0).get("n").asInt());
    assertTrue(rows.get(0).get("n").isNumber(), json.out());
  }

  @Test
  void sql_countsEqualTheParsedModel() throws Exception {
    Path db = storeSeeds();
    Cli.Result r = Cli.run("sql", db.toString(), "SELECT count(*) FROM statements", "--format", "csv");
    long statements = Cli.run("parse", Cli.SEED_000.toString(), Cli.SEED_004.toString(), "--format", "jsonl")
        .out().lines().map(l -> EntenteJson.fromJson(l)).mapToLong(d -> d.preamble().stream().mapToLong(c -> c.statements().size()).sum()
            + d.clauses().stream().mapToLong(c -> c.statements().size()).sum()).sum();
    assertEquals("count_star()\n" + statements + "\n", r.out());
  }

  @Test
  void sql_badStatementOrMissingDb_oneLineAndExit1() {
    Path db = storeSeeds();
    Cli.Result bad = Cli.run("sql", db.toString(), "SELEC 1");
    assertEquals(Main.INPUT_ERROR, bad.code());
    assertTrue(bad.err().startsWith("entente: sql: Parser Error: syntax error"), bad.toString());
    Cli.Result missing = Cli.run("sql", dir.resolve("none.duckdb").toString(), "SELECT 1");
    assertEquals(Main.INPUT_ERROR, missing.code());
    assertEquals("entente: no database at " + dir.resolve("none.duckdb") + ": the file does not exist"
        + " (use :memory: to query Parquet files)\n", missing.err());
  }

  @Test
  void export_thenSqlOverParquetInMemory() {
    Path db = storeSeeds();
    Path out = dir.resolve("pq");
    Cli.Result export = Cli.run("export", db.toString(), "--parquet", out.toString());
    assertEquals(0, export.code(), export.toString());
    assertEquals(15, export.out().lines().count(), export.toString());
    Cli.Result fromParquet = Cli.run("sql", ":memory:", "SELECT count(*) FROM read_parquet('"
        + out.resolve("statements.parquet") + "')", "--format", "csv");
    Cli.Result fromDb = Cli.run("sql", db.toString(), "SELECT count(*) FROM statements", "--format", "csv");
    assertEquals(fromDb.out(), fromParquet.out());
  }

  @Test
  void queryDb_printsWhatQueryOverTheFilesPrints() {
    Path db = storeSeeds();
    Cli.Result stored = Cli.run("query", "--db", db.toString(), "--kind", "initiatives", "--party", "CN");
    Cli.Result parsed = Cli.run("query", Cli.SEED_000.toString(), Cli.SEED_004.toString(), "--kind",
        "initiatives", "--party", "CN");
    assertEquals(0, stored.code(), stored.toString());
    assertEquals(parsed.out(), stored.out());
    assertTrue(stored.out().contains("initiative"), stored.out());
  }

  @Test
  void query_neitherFilesNorDb_isAUsageError() {
    Cli.Result r = Cli.run("query", "--kind", "events");
    assertEquals(Main.USAGE_ERROR, r.code(), r.toString());
    assertTrue(r.err().contains("Missing FILE|DIR|-, or --db FILE"), r.toString());
  }
}
