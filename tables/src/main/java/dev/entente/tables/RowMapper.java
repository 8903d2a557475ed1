package dev.entente.tables;

import dev.entente.model.Clause;
import dev.entente.model.Diagnostic;
import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import dev.entente.model.Event;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import dev.entente.model.Mention;
import dev.entente.model.Participant;
import dev.entente.model.Party;
import dev.entente.model.Place;
import dev.entente.model.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the {@link DocumentRows} of one document; one instance per document. */
final class RowMapper {
  private final Document doc;
  private final String id;
  private final Long key;
  private final Map<Table, List<List<Object>>> rows = new IdentityHashMap<>();

  private RowMapper(Document doc) {
    this.doc = doc;
    this.id = doc.id();
    this.key = Tables.documentKey(id);
    for (Table table : Tables.documentTables()) {
      rows.put(table, new ArrayList<>());
    }
  }

  static DocumentRows map(Document doc) {
    RowMapper mapper = new RowMapper(doc);
    mapper.document();
    mapper.parties();
    mapper.participants();
    mapper.clausesAndStatements();
    mapper.initiatives();
    mapper.mechanisms();
    mapper.events();
    mapper.diagnostics();
    return new DocumentRows(mapper.id, mapper.rows);
  }

  /** Adds a row of {@code table}: the document's id and key, then {@code values}. */
  private void add(Table table, Object... values) {
    Object[] row = new Object[values.length + 2];
    row[0] = id;
    row[1] = key;
    System.arraycopy(values, 0, row, 2, values.length);
    rows.get(table).add(Collections.unmodifiableList(Arrays.asList(row)));
  }

  private void document() {
    Optional<EdtfDate> date = doc.date();
    Optional<Place> place = doc.place();
    add(Tables.DOCUMENTS, doc.title(), doc.kind().name(), doc.language(),
        edtf(date), start(date), end(date),
        place.map(Place::name).orElse(null), place.flatMap(Place::country).orElse(null),
        doc.source().orElse(null), edtf(doc.publicationDate()),
        doc.text().length(), doc.text());
    List<String> signatories = doc.signatories();
    for (int i = 0; i < signatories.size(); i++) {
      add(Tables.SIGNATORIES, i, signatories.get(i));
    }
  }

  private void parties() {
    Set<String> seen = new HashSet<>();
    for (Party p : doc.parties()) {
      unique(Tables.PARTIES, "party", p.id(), seen);
      add(Tables.PARTIES, p.id(), p.kind().name(), p.name(), p.nameEn().orElse(null),
          p.mentions().size());
      mentions("party", p.id(), p.mentions());
    }
  }

  private void participants() {
    List<Participant> participants = doc.participants();
    for (int i = 0; i < participants.size(); i++) {
      Participant p = participants.get(i);
      add(Tables.PARTICIPANTS, i, p.name(), p.party().orElse(null), p.role().orElse(null),
          p.rule());
      mentions("participant", Integer.toString(i), p.mentions());
    }
  }

  private void clausesAndStatements() {
    int clauseIndex = 0;
    int statementIndex = 0;
    for (List<Clause> part : List.of(doc.preamble(), doc.clauses())) {
      for (Clause c : part) {
        add(Tables.CLAUSES, clauseIndex, c.number().orElse(null), c.number().isEmpty(),
            c.start(), c.end(), c.paragraphs().size(), c.items().size());
        for (Statement s : c.statements()) {
          statement(s, statementIndex, clauseIndex);
          statementIndex++;
        }
        clauseIndex++;
      }
    }
  }

  private void statement(Statement s, int index, int clauseIndex) {
    add(Tables.STATEMENTS, index, clauseIndex, s.start(), s.end(),
        doc.text().substring(s.start(), s.end()),
        s.act().map(Enum::name).orElse(null), s.strength().map(Enum::name).orElse(null),
        s.cameo().orElse(null), s.negated(), s.rule());
    for (int i = 0; i < s.actors().size(); i++) {
      add(Tables.STATEMENT_ACTORS, index, i, s.actors().get(i));
    }
    for (int i = 0; i < s.topics().size(); i++) {
      add(Tables.STATEMENT_TOPICS, index, i, s.topics().get(i).name());
    }
    items(index, "party", s.parties());
    items(index, "initiative", s.initiatives());
    items(index, "mechanism", s.mechanisms());
    items(index, "event", s.events());
  }

  private void items(int statementIndex, String type, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      add(Tables.STATEMENT_ITEMS, statementIndex, type, i, ids.get(i));
    }
  }

  private void initiatives() {
    Set<String> seen = new HashSet<>();
    for (Initiative x : doc.initiatives()) {
      unique(Tables.INITIATIVES, "initiative", x.id(), seen);
      add(Tables.INITIATIVES, x.id(), x.name(), x.kind().name(), x.proposer().orElse(null),
          edtf(x.period()), start(x.period()), end(x.period()), x.rule());
      mentions("initiative", x.id(), x.mentions());
    }
  }

  private void mechanisms() {
    Set<String> seen = new HashSet<>();
    for (Mechanism x : doc.mechanisms()) {
      unique(Tables.MECHANISMS, "mechanism", x.id(), seen);
      add(Tables.MECHANISMS, x.id(), x.name(), x.kind().name(),
          x.level().map(Enum::name).orElse(null), x.status().name(), x.rule());
      mentions("mechanism", x.id(), x.mentions());
    }
  }

  private void events() {
    Set<String> seen = new HashSet<>();
    for (Event x : doc.events()) {
      unique(Tables.EVENTS, "event", x.id(), seen);
      add(Tables.EVENTS, x.id(), x.name(), x.kind().name(), x.ordinal().orElse(null),
          edtf(x.date()), start(x.date()), end(x.date()),
          x.place().map(Place::name).orElse(null), x.place().flatMap(Place::country).orElse(null),
          x.status().name(), x.mechanism().orElse(null), x.rule());
      mentions("event", x.id(), x.mentions());
    }
  }

  private void diagnostics() {
    List<Diagnostic> diagnostics = doc.diagnostics();
    for (int i = 0; i < diagnostics.size(); i++) {
      Diagnostic d = diagnostics.get(i);
      add(Tables.DIAGNOSTICS, i, d.code().name(), d.message(),
          d.span().map(s -> s.start()).orElse(null), d.span().map(s -> s.end()).orElse(null));
    }
  }

  private void mentions(String type, String itemId, List<Mention> mentions) {
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      add(Tables.MENTIONS, type, itemId, i, m.start(), m.end(), m.text());
    }
  }

  private void unique(Table table, String type, String itemId, Set<String> seen) {
    if (!seen.add(itemId)) {
      throw new IllegalArgumentException(String.format(
          "document %s names two %s items with id %s, but table %s is keyed by document and id",
          id, type, itemId, table.name()));
    }
  }

  private static String edtf(Optional<EdtfDate> date) {
    return date.map(EdtfDate::toString).orElse(null);
  }

  private static LocalDate start(Optional<EdtfDate> date) {
    return date.map(EdtfDate::earliest).orElse(null);
  }

  private static LocalDate end(Optional<EdtfDate> date) {
    return date.map(EdtfDate::latest).orElse(null);
  }
}
