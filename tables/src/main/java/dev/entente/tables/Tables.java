package dev.entente.tables;

import static dev.entente.tables.Column.optional;
import static dev.entente.tables.Column.required;
import static dev.entente.tables.ColumnType.BIGINT;
import static dev.entente.tables.ColumnType.BOOLEAN;
import static dev.entente.tables.ColumnType.DATE;
import static dev.entente.tables.ColumnType.INTEGER;
import static dev.entente.tables.ColumnType.VARCHAR;

import dev.entente.model.Document;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * The tables of the relational shape and the mapping of a {@link Document} to their rows. Every
 * table but {@link #SCHEMA_VERSION_TABLE} has a {@code document_id} column, and rows of one
 * document never depend on another document, so documents can be added, replaced and deleted
 * one by one.
 *
 * <pre>{@code
 * Tables.all().forEach(t -> System.out.println(t.createStatement() + ";"));
 * List<List<Object>> statements = Tables.rows(document).of(Tables.STATEMENTS);
 * }</pre>
 *
 * <p>Offsets ({@code start_offset}, {@code end_offset}) are UTF-16 indices into {@code
 * documents.text}, as everywhere in Entente. Enum values are their Java names ({@code
 * JOINT_STATEMENT}). EDTF dates are kept as written ({@code 2025-04-04/2025-04-05}) beside the
 * first and last day they may denote ({@code *_start}, {@code *_end}), so SQL can compare them.
 */
public final class Tables {
  /** The version of this shape; raised whenever a table or column is renamed, retyped or dropped. */
  public static final int SCHEMA_VERSION = 2;

  /** One row: the {@link #SCHEMA_VERSION} the other tables follow. */
  public static final Table SCHEMA_VERSION_TABLE = Table.of("schema_version",
      "One row: the version of the relational shape the other tables follow.",
      List.of("version"),
      required("version", INTEGER, "The schema version (Tables.SCHEMA_VERSION)."));

  /** One row per document. */
  public static final Table DOCUMENTS = Table.of("documents",
      "One row per document.",
      List.of("document_id"),
      required("document_id", VARCHAR, "The document's id (Document.id())."),
      required("document_key", BIGINT, "A 64-bit number for the id, for fast joins: the first 8 bytes of the SHA-256 of the id's UTF-8, big-endian, signed."),
      required("title", VARCHAR, "The title as written; empty when none was found."),
      required("kind", VARCHAR, "COMMUNIQUE, JOINT_STATEMENT, DECLARATION, MEMORANDUM, AGREEMENT, PRESS_RELEASE or OTHER."),
      required("language", VARCHAR, "ISO 639-1 code of the text's language."),
      optional("date", VARCHAR, "The adoption date as EDTF, at the precision the text gives."),
      optional("date_start", DATE, "The first day the adoption date may denote."),
      optional("date_end", DATE, "The last day the adoption date may denote."),
      optional("place_name", VARCHAR, "Where it was adopted, in the nominative."),
      optional("place_country", VARCHAR, "ISO 3166-1 alpha-2 of that place's state."),
      optional("source", VARCHAR, "The agency or site the text names as its source."),
      optional("publication_date", VARCHAR, "The date of the site's dateline, as EDTF."),
      required("text_length", INTEGER, "The length of the text in UTF-16 code units."),
      required("text", VARCHAR, "The original input; every offset in the other tables points into it."));

  /** One row per signatory of a document, in the document's order. */
  public static final Table SIGNATORIES = Table.of("signatories",
      "One row per side that adopts a document.",
      List.of("document_id", "position"),
      required("document_id", VARCHAR, "The document."),
      documentKey(),
      required("position", INTEGER, "0-based position in the document's list of signatories."),
      required("party_id", VARCHAR, "The signatory's party id."));

  /** One row per party a document names. */
  public static final Table PARTIES = Table.of("parties",
      "One row per state, organisation, political party or group that a document names.",
      List.of("document_id", "party_id"),
      required("document_id", VARCHAR, "The document."),
      documentKey(),
      required("party_id", VARCHAR, "ISO 3166-1 alpha-2 for states, the English acronym for organisations."),
      required("kind", VARCHAR, "STATE, ORGANIZATION, POLITICAL_PARTY or GROUP."),
      required("name", VARCHAR, "The canonical Russian name in the nominative."),
      optional("name_en", VARCHAR, "The canonical English name."),
      required("mention_count", INTEGER, "How many times the text names the party."));

  /** One row per person a document names. */
  public static final Table PARTICIPANTS = Table.of("participants",
      "One row per person named in a document.",
      List.of("document_id", "participant_index"),
      required("document_id", VARCHAR, "The document."),
      documentKey(),
      required("participant_index", INTEGER, "0-based position in the document's list of participants."),
      required("name", VARCHAR, "The name in the nominative, given name first."),
      optional("party_id", VARCHAR, "The party the person represents."),
      optional("role", VARCHAR, "The role as the text gives it, in the nominative."),
      required("rule", VARCHAR, "The rule that found the person; empty when unknown."));

  /** One row per numbered clause or preamble paragraph. */
  public static final Table CLAUSES = Table.of("clauses",
      "One row per numbered point or preamble paragraph; preamble paragraphs come first.",
      List.of("document_id", "clause_index"),
      required("document_id", VARCHAR, "The document."),
      documentKey(),
      required("clause_index", INTEGER, "0-based position: preamble paragraphs first, then the numbered points."),
      optional("number", VARCHAR, "The number as written, without punctuation; NULL in the preamble."),
      required("preamble", BOOLEAN, "True for a paragraph of the preamble."),
      required("start_offset", INTEGER, "Where the clause starts in documents.text (UTF-16, inclusive)."),
      required("end_offset", INTEGER, "Where the clause ends in documents.text (UTF-16, exclusive)."),
      required("paragraph_count", INTEGER, "The number of paragraphs."),
      required("item_count", INTEGER, "The number of list items."));

  /** One row per statement (sentence read as a diplomatic act). */
  public static final Table STATEMENTS = Table.of("statements",
      "One row per sentence of a clause, read as a diplomatic act.",
      List.of("document_id", "statement_index"),
      required("document_id", VARCHAR, "The document."),
      documentKey(),
      required("statement_index", INTEGER, "0-based position among the document's statements, in text order (preamble first)."),
      required("clause_index", INTEGER, "The clause that holds the statement (clauses.clause_index)."),
      required("start_offset", INTEGER, "Where the sentence starts in documents.text."),
      required("end_offset", INTEGER, "Where the sentence ends in documents.text."),
      required("text", VARCHAR, "The sentence as written."),
      optional("act", VARCHAR, "The act of the main verb (SUPPORT, AGREE, …)."),
      optional("strength", VARCHAR, "How strongly the wording commits the actors (NOTE … AGREED)."),
      optional("cameo", VARCHAR, "The CAMEO code of the act."),
      required("negated", BOOLEAN, "True when the act is negated."),
      required("rule", VARCHAR, "The lexicon entry that gave the act; empty when none."));

  /** One row per actor of a statement. */
  public static final Table STATEMENT_ACTORS = Table.of("statement_actors",
      "One row per party that is a subject of a statement.",
      List.of("document_id", "statement_index", "position"),
      required("document_id", VARCHAR, "The document."),
      documentKey(),
      required("statement_index", INTEGER, "The statement (statements.statement_index)."),
      required("position", INTEGER, "0-based position among the statement's actors."),
      required("party_id", VARCHAR, "The actor's party id."));

  /** One row per topic of a statement. */
  public static final Table STATEMENT_TOPICS = Table.of("statement_topics",
      "One row per topic a statement is about.",
      List.of("document_id", "statement_index", "position"),
      required("document_id", VARCHAR, "The document."),
      documentKey(),
      required("statement_index", INTEGER, "The statement (statements.statement_index)."),
      required("position", INTEGER, "0-based position among the statement's topics."),
      required("topic", VARCHAR, "The topic (TRADE, ENERGY, SECURITY, …)."));

  /** One row per party, initiative, mechanism or event a statement mentions. */
  public static final Table STATEMENT_ITEMS = Table.of("statement_items",
      "One row per party, initiative, mechanism or event that a statement mentions.",
      List.of("document_id", "statement_index", "item_type", "position"),
      required("document_id", VARCHAR, "The document."),
      documentKey(),
      required("statement_index", INTEGER, "The statement (statements.statement_index)."),
      required("item_type", VARCHAR, "party, initiative, mechanism or event."),
      required("position", INTEGER, "0-based position among the statement's items of that type."),
      required("item_id", VARCHAR, "The item's id: parties.party_id, initiatives.initiative_id, …"));

  /** One row per initiative a document names. */
  public static final Table INITIATIVES = Table.of("initiatives",
      "One row per initiative, strategy, programme, plan, project, resolution, agreement, treaty or international period.",
      List.of("document_id", "initiative_id"),
      required("document_id", VARCHAR, "The document."),
      documentKey(),
      required("initiative_id", VARCHAR, "A canonical id (BRI, GDI) or one derived from the name."),
      required("name", VARCHAR, "The name as the text gives it."),
      required("kind", VARCHAR, "INITIATIVE, STRATEGY, PROGRAMME, PLAN, PROJECT, RESOLUTION, AGREEMENT, TREATY or INTERNATIONAL_PERIOD."),
      optional("proposer", VARCHAR, "The party id of who proposes, leads or owns it."),
      optional("period", VARCHAR, "The period it covers, as EDTF."),
      optional("period_start", DATE, "The first day of the period."),
      optional("period_end", DATE, "The last day of the period."),
      required("rule", VARCHAR, "The rule or lexicon entry that found it; empty when unknown."));

  /** One row per mechanism a document names. */
  public static final Table MECHANISMS = Table.of("mechanisms",
      "One row per standing arrangement of cooperation.",
      List.of("document_id", "mechanism_id"),
      required("document_id", VARCHAR, "The document."),
      documentKey(),
      required("mechanism_id", VARCHAR, "The id, derived from the normalised name."),
      required("name", VARCHAR, "The name as the text gives it."),
      required("kind", VARCHAR, "FORMAT, SUMMIT, MINISTERIAL_MEETING, COMMISSION, WORKING_GROUP, …"),
      optional("level", VARCHAR, "Who meets in it (HEADS_OF_STATE, MINISTERS, …)."),
      required("status", VARCHAR, "EXISTING, NEW or PROPOSED."),
      required("rule", VARCHAR, "The rule or lexicon entry that found it; empty when unknown."));

  /** One row per event a document names. */
  public static final Table EVENTS = Table.of("events",
      "One row per meeting, summit, forum, conference, session, exhibition, visit, signing or talks.",
      List.of("document_id", "event_id"),
      required("document_id", VARCHAR, "The document."),
      documentKey(),
      required("event_id", VARCHAR, "The id, derived from the normalised name."),
      required("name", VARCHAR, "The name as the text gives it, ordinal included."),
      required("kind", VARCHAR, "MEETING, SUMMIT, FORUM, CONFERENCE, SESSION, EXHIBITION, VISIT, SIGNING, TALKS or OTHER."),
      optional("ordinal", INTEGER, "The ordinal in the name: 6 for «6-я»."),
      optional("date", VARCHAR, "When, as EDTF."),
      optional("date_start", DATE, "The first day the date may denote."),
      optional("date_end", DATE, "The last day the date may denote."),
      optional("place_name", VARCHAR, "Where, in the nominative."),
      optional("place_country", VARCHAR, "ISO 3166-1 alpha-2 of that place's state."),
      required("status", VARCHAR, "HELD or PLANNED."),
      optional("mechanism_id", VARCHAR, "The mechanism this event is a meeting of."),
      required("rule", VARCHAR, "The rule or lexicon entry that found it; empty when unknown."));

  /** One row per place in the text that names a party, participant, initiative, mechanism or event. */
  public static final Table MENTIONS = Table.of("mentions",
      "One row per place in the text that names a party, participant, initiative, mechanism or event.",
      List.of("document_id", "item_type", "item_id", "mention_index"),
      required("document_id", VARCHAR, "The document."),
      documentKey(),
      required("item_type", VARCHAR, "party, participant, initiative, mechanism or event."),
      required("item_id", VARCHAR, "The item's id; for a participant its participant_index as decimal text."),
      required("mention_index", INTEGER, "0-based position among the item's mentions."),
      required("start_offset", INTEGER, "Where the mention starts in documents.text."),
      required("end_offset", INTEGER, "Where the mention ends in documents.text."),
      required("text", VARCHAR, "The text found there, exactly as written."));

  /** One row per diagnostic the parser attached to a document. */
  public static final Table DIAGNOSTICS = Table.of("diagnostics",
      "One row per warning about what the parser could not read, or read with doubt.",
      List.of("document_id", "diagnostic_index"),
      required("document_id", VARCHAR, "The document."),
      documentKey(),
      required("diagnostic_index", INTEGER, "0-based position among the document's diagnostics."),
      required("code", VARCHAR, "The diagnostic code (DECODED, NOT_RUSSIAN, …)."),
      required("message", VARCHAR, "What was seen and what it means."),
      optional("start_offset", INTEGER, "Where the problem starts in documents.text, if it has a place."),
      optional("end_offset", INTEGER, "Where it ends."));

  private static final List<Table> DOCUMENT_TABLES = List.of(DOCUMENTS, SIGNATORIES, PARTIES,
      PARTICIPANTS, CLAUSES, STATEMENTS, STATEMENT_ACTORS, STATEMENT_TOPICS, STATEMENT_ITEMS,
      INITIATIVES, MECHANISMS, EVENTS, MENTIONS, DIAGNOSTICS);

  private static final List<Table> ALL = concat(SCHEMA_VERSION_TABLE, DOCUMENT_TABLES);

  private Tables() {}

  /** Every table: {@code schema_version} first, then the {@link #documentTables()}. */
  public static List<Table> all() {
    return ALL;
  }

  /** The tables that {@link #rows(Document)} fills: all but {@code schema_version}, documents first. */
  public static List<Table> documentTables() {
    return DOCUMENT_TABLES;
  }

  /** The table named {@code name}, if there is one. */
  public static Optional<Table> named(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** The whole DDL: every {@link Table#createStatement()}, each ended by {@code ;}. */
  public static String ddl() {
    StringBuilder sql = new StringBuilder();
    for (Table table : ALL) {
      sql.append(table.createStatement()).append(";\n\n");
    }
    return sql.toString();
  }

  /**
   * The {@code document_key} of the document with this id: the first 8 bytes of the SHA-256 of the
   * id's UTF-8 form, read as a big-endian signed 64-bit number. Every table carries it beside
   * {@code document_id} because joins on a number are several times faster than on a string; the
   * statement tables join on {@code (document_key, statement_index)}. Any tool can compute it, e.g.
   * Python's {@code int.from_bytes(hashlib.sha256(id.encode()).digest()[:8], 'big', signed=True)}.
   * Two ids with one key are possible in principle (about one chance in 10<sup>9</sup> among
   * 200,000 documents); a store refuses the second.
   *
   * @throws NullPointerException if {@code documentId} is null
   */
  public static long documentKey(String documentId) {
    byte[] hash;
    try {
      hash = MessageDigest.getInstance("SHA-256").digest(documentId.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    return ByteBuffer.wrap(hash, 0, Long.BYTES).getLong();
  }

  private static Column documentKey() {
    return required("document_key", BIGINT, "The document's document_key (documents.document_key): join on it rather than on document_id.");
  }

  /**
   * The rows {@code document} gives in every {@link #documentTables() document table}.
   *
   * @throws IllegalArgumentException if the document names two parties, initiatives, mechanisms
   *     or events with one id (their tables are keyed by document and id)
   */
  public static DocumentRows rows(Document document) {
    return RowMapper.map(document);
  }

  private static List<Table> concat(Table first, List<Table> rest) {
    Table[] all = new Table[rest.size() + 1];
    all[0] = first;
    for (int i = 0; i < rest.size(); i++) {
      all[i + 1] = rest.get(i);
    }
    return List.of(all);
  }
}
