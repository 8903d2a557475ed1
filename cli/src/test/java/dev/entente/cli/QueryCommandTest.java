package dev.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entente.model.Act;
import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import dev.entente.model.Event;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import dev.entente.model.Party;
import dev.entente.model.Statement;
import dev.entente.model.Topic;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class QueryCommandTest {
  private static final Document DOC = Cli.handBuilt();

  private static List<String> ids(QueryCommand.Kind kind, String party, Act act, Topic topic) {
    return QueryCommand.select(DOC, new QueryCommand.Filter(kind, party, act, topic)).stream()
        .map(r -> {
          Object item = r.item();
          if (item instanceof Statement) {
            return ((Statement) item).span().toString();
          } else if (item instanceof Party) {
            return ((Party) item).id();
          } else if (item instanceof Initiative) {
            return ((Initiative) item).id();
          } else if (item instanceof Mechanism) {
            return ((Mechanism) item).id();
          }
          return ((Event) item).id();
        })
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "--kind {0} --party {1} --act {2} --topic {3} → {4}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "statements  | -  | -       | -      | 2",
      "statements  | KZ | SUPPORT | ENERGY | 1",
      "statements  | CN | -       | -      | 1",
      "statements  | KZ | -       | TRADE  | 1",
      "statements  | KZ | SUPPORT | TRADE  | 0",
      "statements  | UZ | -       | -      | 0",
      "initiatives | -  | -       | -      | 1",
      "initiatives | KZ | SUPPORT | -      | 1",
      "initiatives | -  | -       | TRADE  | 0",
      "events      | -  | -       | -      | 2",
      "events      | KZ | -       | TRADE  | 1",
      "mechanisms  | -  | -       | TRADE  | 1",
      "parties     | -  | -       | -      | 2",
      "parties     | CN | -       | -      | 1",
      "parties     | -  | SUPPORT | -      | 2",
      "parties     | -  | -       | TRADE  | 1"})
  void select_filters(QueryCommand.Kind kind, String party, Act act, Topic topic, int expected) {
    assertEquals(expected, ids(kind, party, act, topic).size(), () -> ids(kind, party, act, topic).toString());
  }

  @Test
  void select_statementsByPartyActTopic_givesTheSentence() {
    List<QueryCommand.Row> rows = QueryCommand.select(DOC,
        new QueryCommand.Filter(QueryCommand.Kind.statements, "KZ", Act.SUPPORT, Topic.ENERGY));
    assertTrue(rows.get(0).text().startsWith("1. Стороны поддерживают инициативу"), rows::toString);
  }

  @Test
  void table_statements_hasAHeaderAndACount() {
    List<String> lines = QueryCommand.table(QueryCommand.select(DOC,
        new QueryCommand.Filter(QueryCommand.Kind.statements, "KZ", null, null)), QueryCommand.Kind.statements);
    assertTrue(lines.get(0).matches("DOCUMENT\\s+SPAN\\s+ACTORS\\s+ACT\\s+TOPICS\\s+TEXT"), lines::toString);
    assertTrue(lines.get(1).contains("KZ,CN") && lines.get(1).contains("SUPPORT") && lines.get(1).contains("ENERGY"),
        lines::toString);
    assertEquals("(2 statements)", lines.get(lines.size() - 1));
  }

  @Test
  void query_seedsPartiesAsJson() throws Exception {
    // WHEN
    Cli.Result r = Cli.run("query", "--kind", "parties", "--party", "kz", "--format", "json", Cli.SAMPLES.toString());
    // THEN
    assertEquals(0, r.code(), r::toString);
    JsonNode rows = EntenteJson.mapper().readTree(r.out());
    assertEquals(1, rows.size(), r::toString);
    assertEquals("000_c8f3a732433e8756.txt", rows.get(0).get("document").asText());
    assertEquals("KZ", rows.get(0).get("party").get("id").asText());
  }

  @Test
  void query_seedsStatementsAsTable_runsWithAndWithoutMatches() {
    Cli.Result r = Cli.run("query", "--party", "KZ", "--act", "SUPPORT", "--topic", "ENERGY", Cli.SAMPLES.toString());
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().startsWith("DOCUMENT"), r::toString);
    assertTrue(r.out().strip().endsWith("statements)") || r.out().strip().endsWith("statement)"), r::toString);
  }

  @Test
  void query_badFileAmongGood_exit1AndStillAnswers() {
    Cli.Result r = Cli.run("query", "--kind", "parties", Cli.SEED_004.toString(), "/nonexistent.txt");
    assertEquals(1, r.code(), r::toString);
    assertTrue(r.out().contains("AZ"), r::toString);
    assertEquals(List.of("entente: /nonexistent.txt: no such file"), r.errLines());
  }
}
