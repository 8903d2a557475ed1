package dev.entente.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.entente.model.Act;
import dev.entente.model.Clause;
import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.EdtfDate;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import dev.entente.model.Initiative;
import dev.entente.model.InitiativeKind;
import dev.entente.model.Mention;
import dev.entente.model.Party;
import dev.entente.model.PartyKind;
import dev.entente.model.Place;
import dev.entente.model.RandomDocuments;
import dev.entente.model.Statement;
import dev.entente.model.Topic;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class TablesTest {
  private static final int TRIES = Integer.getInteger("entente.property.tries", 300);
  private static final long KEY = Tables.documentKey("doc-1");
  private static final String TEXT = "Казахстан и Китай поддерживают «Пояс и путь». Встреча в Астане.";

  /** Words a column must not be named, because DuckDB or Spark SQL would need them quoted. */
  private static final Set<String> RESERVED = Set.of("end", "order", "group", "select", "from",
      "where", "table", "user", "limit", "offset", "case", "when", "to", "as", "on", "in", "is",
      "all", "and", "or", "not", "null", "default", "check", "primary", "references", "unique");

  private static Document sample() {
    Statement statement = Statement.builder().start(0).end(45).addActor("KZ").addActor("CN")
        .act(Act.SUPPORT).addTopic(Topic.TRADE).addTopic(Topic.TRANSPORT).addParty("KZ")
        .addParty("CN").addInitiative("BRI").rule("acts.tsv:1 поддерж").build();
    return Document.builder()
        .id("doc-1").title("").kind(DocumentKind.JOINT_STATEMENT).language("ru").text(TEXT)
        .date(EdtfDate.parse("2025-04"))
        .place(Place.of("Астана", "KZ"))
        .addSignatories("KZ", "CN")
        .addParty(Party.builder().id("KZ").kind(PartyKind.STATE).name("Казахстан")
            .addMention(Mention.in(TEXT, 0, 9)).build())
        .addParty(Party.builder().id("CN").kind(PartyKind.STATE).name("Китай")
            .addMention(Mention.in(TEXT, 12, 17)).build())
        .addPreamble(Clause.builder().start(0).end(0).build())
        .addClause(Clause.builder().number("1").start(0).end(TEXT.length()).addStatement(statement).build())
        .addInitiative(Initiative.builder().id("BRI").name("Пояс и путь").kind(InitiativeKind.INITIATIVE)
            .proposer("CN").addMention(Mention.in(TEXT, 32, 43)).build())
        .addEvent(Event.builder().id("event-1").name("Встреча").kind(EventKind.MEETING)
            .status(EventStatus.PLANNED).date(EdtfDate.parse("2025-05-01/2025-05-02"))
            .addMention(Mention.in(TEXT, 46, 53)).build())
        .build();
  }

  @Test
  void all_startsWithSchemaVersionAndNamesEachTableOnce() {
    // WHEN
    List<Table> all = Tables.all();
    // THEN
    assertEquals("schema_version", all.get(0).name());
    assertEquals(all.size(), new HashSet<>(all).size(), "table names repeat: " + all);
    assertEquals(List.of("documents", "signatories", "parties", "participants", "clauses",
        "statements", "statement_actors", "statement_topics", "statement_items", "initiatives",
        "mechanisms", "events", "mentions", "diagnostics"),
        Tables.documentTables().stream().map(Table::name).toList());
  }

  @Test
  void columns_everyDocumentTableStartsWithDocumentIdAndKeyAndNeedsNoQuoting() {
    Pattern snake = Pattern.compile("[a-z][a-z0-9_]*");
    for (Table table : Tables.documentTables()) {
      assertEquals("document_id", table.columns().get(0).name(), table.name());
      assertEquals("document_key BIGINT NOT NULL", table.columns().get(1).definition(), table.name());
      assertEquals("document_id", table.key().get(0), table.name());
      Set<String> names = new HashSet<>();
      for (Column column : table.columns()) {
        assertTrue(snake.matcher(column.name()).matches(), column.name());
        assertFalse(RESERVED.contains(column.name()), table.name() + "." + column.name());
        assertTrue(names.add(column.name()), "column repeats: " + table.name() + "." + column.name());
        assertFalse(column.description().isBlank(), table.name() + "." + column.name());
      }
    }
  }

  @Test
  void createStatement_listsColumnsInOrderWithKey() {
    // WHEN
    String sql = Tables.SIGNATORIES.createStatement();
    // THEN
    assertEquals("CREATE TABLE signatories (\n  document_id VARCHAR NOT NULL,\n"
        + "  document_key BIGINT NOT NULL,\n  position INTEGER NOT NULL,\n  party_id VARCHAR NOT NULL,\n"
        + "  PRIMARY KEY (document_id, position)\n)", sql);
    assertTrue(Tables.ddl().contains("CREATE TABLE statement_items ("), Tables.ddl());
  }

  @Test
  void documentKey_isTheFirst8BytesOfTheSha256OfTheId() {
    // Values computed with Python: int.from_bytes(hashlib.sha256(id.encode()).digest()[:8], 'big', signed=True)
    assertEquals(-4967946162847378215L, Tables.documentKey("doc-1"));
    assertEquals(770543538312550153L, Tables.documentKey("000_c8f3a732433e8756"));
    assertEquals(-2039914840885289964L, Tables.documentKey(""));
  }

  @Test
  void rows_sampleDocument() {
    // GIVEN
    Document doc = sample();
    // WHEN
    DocumentRows rows = Tables.rows(doc);
    // THEN
    assertEquals(List.of(List.of("doc-1", KEY, "", "JOINT_STATEMENT", "ru", "2025-04",
            LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30), "Астана", "KZ")),
        rows.of(Tables.DOCUMENTS).stream().map(r -> r.subList(0, 10)).toList());
    assertNull(rows.of(Tables.DOCUMENTS).get(0).get(Tables.DOCUMENTS.indexOf("source")));
    assertEquals(List.of(List.of("doc-1", KEY, 0, "KZ"), List.of("doc-1", KEY, 1, "CN")), rows.of(Tables.SIGNATORIES));
    assertEquals(2, rows.of(Tables.CLAUSES).size());
    assertEquals(List.of("doc-1", KEY, 1, "1", false, 0, TEXT.length(), 0, 0), rows.of(Tables.CLAUSES).get(1));
    List<Object> statement = rows.of(Tables.STATEMENTS).get(0);
    assertEquals(List.of("doc-1", KEY, 0, 1, 0, 45, TEXT.substring(0, 45), "SUPPORT"), statement.subList(0, 8));
    assertEquals(List.of(List.of("doc-1", KEY, 0, 0, "TRADE"), List.of("doc-1", KEY, 0, 1, "TRANSPORT")),
        rows.of(Tables.STATEMENT_TOPICS));
    assertEquals(List.of(List.of("doc-1", KEY, 0, "party", 0, "KZ"), List.of("doc-1", KEY, 0, "party", 1, "CN"),
        List.of("doc-1", KEY, 0, "initiative", 0, "BRI")), rows.of(Tables.STATEMENT_ITEMS));
    assertEquals(Arrays.asList("doc-1", KEY, "event-1", "Встреча", "MEETING", null, "2025-05-01/2025-05-02",
            LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2), null, null, "PLANNED", null, ""),
        rows.of(Tables.EVENTS).get(0));
    assertEquals(List.of("doc-1", KEY, "initiative", "BRI", 0, 32, 43, "Пояс и путь"),
        rows.of(Tables.MENTIONS).get(2));
  }

  @Test
  void rows_duplicatePartyId_namesTheDocumentAndId() {
    // GIVEN
    Party kz = Party.builder().id("KZ").kind(PartyKind.STATE).name("Казахстан").build();
    Document doc = Document.builder().from(sample()).parties(List.of(kz, kz)).build();
    // WHEN
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tables.rows(doc));
    // THEN
    assertEquals("document doc-1 names two party items with id KZ, but table parties is keyed by"
        + " document and id", e.getMessage());
  }

  @Test
  void rowsFitTheirColumnsAndKeysAreUnique() {
    qt().withExamples(TRIES).forAll(RandomDocuments.documents()).checkAssert(doc -> {
      DocumentRows rows = Tables.rows(doc);
      for (Table table : Tables.documentTables()) {
        Set<List<Object>> keys = new HashSet<>();
        for (List<Object> row : rows.of(table)) {
          assertEquals(table.columns().size(), row.size(), table.name());
          for (int i = 0; i < row.size(); i++) {
            Column column = table.columns().get(i);
            Object value = row.get(i);
            if (value == null) {
              assertTrue(column.nullable(), table.name() + "." + column.name() + " is null");
            } else {
              assertEquals(column.type().javaType(), value.getClass(), table.name() + "." + column.name());
            }
          }
          assertTrue(keys.add(table.key().stream().map(k -> row.get(table.indexOf(k))).toList()),
              "key repeats in " + table.name() + ": " + row);
          assertEquals(doc.id(), row.get(0));
          assertEquals(Tables.documentKey(doc.id()), row.get(1));
        }
      }
      assertEquals((long) doc.preamble().stream().mapToInt(c -> c.statements().size()).sum()
          + doc.clauses().stream().mapToInt(c -> c.statements().size()).sum(), rows.of(Tables.STATEMENTS).size());
      assertEquals(doc.parties().stream().mapToLong(p -> p.mentions().size()).sum()
              + doc.participants().stream().mapToLong(p -> p.mentions().size()).sum()
              + doc.initiatives().stream().mapToLong(p -> p.mentions().size()).sum()
              + doc.mechanisms().stream().mapToLong(p -> p.mentions().size()).sum()
              + doc.events().stream().mapToLong(p -> p.mentions().size()).sum(),
          rows.of(Tables.MENTIONS).size());
    });
  }

  @Test
  void of_schemaVersionTable_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Tables.rows(sample()).of(Tables.SCHEMA_VERSION_TABLE));
    assertEquals("not a table of document rows: schema_version", e.getMessage());
  }
}
