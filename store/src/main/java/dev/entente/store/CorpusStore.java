package dev.entente.store;

import dev.entente.model.Document;
import dev.entente.query.Corpus;
import dev.entente.query.Query;
import dev.entente.tables.Column;
import dev.entente.tables.DocumentRows;
import dev.entente.tables.Table;
import dev.entente.tables.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * A corpus kept in one DuckDB file: each document exactly as added (a compact binary form of it,
 * so {@link #corpus()} gives back equal documents without parsing again) and its rows in the
 * tables of {@link Tables}, for SQL. Each {@link #add} is one transaction: a reader, or a process that reopens the file
 * after a crash, sees a document whole or not at all.
 *
 * <pre>{@code
 * try (CorpusStore store = CorpusStore.open(Path.of("corpus.duckdb"))) {
 *   for (Document doc : documents) {
 *     store.add(doc);                                   // ADDED, UPDATED or UNCHANGED
 *   }
 *   store.corpus().statements().by("KZ").withAct(Act.SUPPORT).toList();
 * }
 * }</pre>
 *
 * <p>Thread safety: one store may be shared by threads. Writes are serialised; reads ({@link
 * #contains}, {@link #get}, {@link #size}, {@link #corpus}, {@link #openConnection}) each use a
 * connection of their own and see the documents committed when they start, also while another
 * thread adds. DuckDB lets one process write a file; other processes can open it read-only
 * ({@link #openReadOnly}) only while no process has it open for writing.
 */
public final class CorpusStore implements AutoCloseable {
  /** What {@link #add} did with a document. */
  public enum Outcome {
    /** The store did not hold a document with this id. */
    ADDED,
    /** It held one with this id and other content, which the new one replaced. */
    UPDATED,
    /** It held this very document (same id, same content): nothing was written. */
    UNCHANGED
  }

  /** The store's own table: each document's exact stored form and the hashes that tell changes apart. */
  static final String STORED = "stored_documents";

  private final Path path;
  private final DuckDBConnection connection;
  private final boolean readOnly;
  private final Object writeLock = new Object();
  private final Map<Table, DuckDBAppender> appenders = new LinkedHashMap<>();
  private DuckDBAppender storedAppender;
  private long nextSeq;

  private CorpusStore(Path path, DuckDBConnection connection, boolean readOnly) {
    this.path = path;
    this.connection = connection;
    this.readOnly = readOnly;
  }

  /**
   * Opens the store in {@code file} for reading and writing, creating it (and its tables) if the
   * file does not exist.
   *
   * @throws StoreException if the file is not an Entente store (or an empty DuckDB file), another
   *     process has it open, or its schema version is not {@link Tables#SCHEMA_VERSION}
   */
  public static CorpusStore open(Path file) {
    return open(file, false);
  }

  /**
   * Opens an existing store for reading only. Several processes may do so at once, but not while
   * one has it open with {@link #open}.
   *
   * @throws StoreException if the file does not exist or is not an Entente store, a process has it
   *     open for writing, or its schema version is not {@link Tables#SCHEMA_VERSION}
   */
  public static CorpusStore openReadOnly(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new StoreException("no store at " + file + ": the file does not exist");
    }
    return open(file, true);
  }

  private static CorpusStore open(Path file, boolean readOnly) {
    Objects.requireNonNull(file, "file == null");
    Path path = file.toAbsolutePath();
    Properties properties = new Properties();
    if (readOnly) {
      properties.setProperty(DuckDBDriver.DUCKDB_READONLY_PROPERTY, "true");
    } else {
      // A new file gets the storage format of DuckDB 1.2, the first that compresses long strings
      // (the texts) with zstd: 4-6 times smaller than the default format of 1.0 keeps them.
      // DuckDB 1.2 or later (Python, R, the CLI) reads such a file. Existing files keep their format.
      properties.setProperty("storage_compatibility_version", "v1.2.0");
    }
    DuckDBConnection connection;
    try {
      connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + path, properties);
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + file + ": " + firstLine(e), e);
    }
    CorpusStore store = new CorpusStore(path, connection, readOnly);
    try {
      store.prepare();
      return store;
    } catch (SQLException | RuntimeException e) {
      store.close();
      throw e instanceof StoreException ? (StoreException) e
          : new StoreException("cannot open store " + file + ": " + firstLine(e), e);
    }
  }

  /** Creates the tables in a new file, or checks that an existing one is a store of our version. */
  private void prepare() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement st = connection.createStatement();
         ResultSet rs = st.executeQuery("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    if (tables.isEmpty() && !readOnly) {
      create();
    } else if (!tables.contains(Tables.SCHEMA_VERSION_TABLE.name()) || !tables.contains(STORED)) {
      throw new StoreException("not an Entente store: " + path + " is a DuckDB database without the"
          + " tables schema_version and " + STORED + (tables.isEmpty() ? "" : " (it has " + tables + ")"));
    }
    int version = querySingleInt(connection, "SELECT max(version) FROM schema_version");
    if (version != Tables.SCHEMA_VERSION) {
      throw new StoreException("store " + path + " has schema version " + version
          + (version < Tables.SCHEMA_VERSION ? " (written by an earlier Entente)" : "")
          + ", this Entente reads and writes version " + Tables.SCHEMA_VERSION
          + ": store the documents again into a new file");
    }
    if (!readOnly) {
      nextSeq = querySingleInt(connection, "SELECT coalesce(max(seq), 0) FROM " + STORED) + 1;
    }
  }

  private void create() throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("BEGIN TRANSACTION");
      st.execute(Tables.SCHEMA_VERSION_TABLE.createStatement());
      st.execute("INSERT INTO schema_version VALUES (" + Tables.SCHEMA_VERSION + ")");
      for (Table table : Tables.documentTables()) {
        // Without the PRIMARY KEY: an index per table would slow every add and grow the file; the
        // keys are unique by construction (a document's rows are replaced as a whole).
        st.execute("CREATE TABLE " + table.name() + " (" + table.columns().stream()
            .map(Column::definition).collect(Collectors.joining(", ")) + ")");
      }
      // document_key UNIQUE: the second of two ids with one key (a 64-bit hash) is refused.
      st.execute("CREATE TABLE " + STORED + " (document_id VARCHAR PRIMARY KEY,"
          + " document_key BIGINT NOT NULL UNIQUE, seq BIGINT NOT NULL,"
          + " content_hash VARCHAR NOT NULL, text_hash VARCHAR, form BLOB NOT NULL,"
          + " form_bytes INTEGER NOT NULL)");
      st.execute("COMMIT");
    }
  }

  /** The file the store lives in. */
  public Path path() {
    return path;
  }

  /**
   * Adds {@code document} in one transaction, replacing a stored document with the same id. A
   * document whose id and content are both stored already is left alone.
   *
   * <p>Each call commits to disk (DuckDB syncs its log at every commit, some milliseconds); to add
   * many documents fast, give them to {@link #addAll} in groups.
   *
   * @throws IllegalArgumentException if the document cannot be mapped to the tables (it names two
   *     items of one kind with one id; see {@link Tables#rows})
   * @throws IllegalStateException if the store was opened read-only or is closed
   * @throws StoreException if the database refuses the write; nothing of the document is stored
   */
  public Outcome add(Document document) {
    Objects.requireNonNull(document, "document == null");
    return addAll(List.of(document)).get(0);
  }

  /**
   * Adds {@code documents} in one transaction: after a crash the store holds all of them or none,
   * and never part of one. Each is added, replaces a stored document with its id, or is left alone
   * as {@link #add} does.
   *
   * @return what became of each document, in the order given
   * @throws IllegalArgumentException if two of the documents have one id, or one cannot be mapped
   *     to the tables; nothing is stored then
   * @throws IllegalStateException if the store was opened read-only or is closed
   * @throws StoreException if the database refuses the write; nothing of these documents is stored
   */
  public List<Outcome> addAll(List<? extends Document> documents) {
    Objects.requireNonNull(documents, "documents == null");
    if (readOnly) {
      throw new IllegalStateException("store " + path + " was opened read-only");
    }
    Set<String> ids = new HashSet<>();
    for (Document d : documents) {
      if (!ids.add(Objects.requireNonNull(d, "a document is null").id())) {
        throw new IllegalArgumentException("two documents with id " + d.id()
            + " in one addAll: add them in separate calls (the later one then replaces the earlier)");
      }
    }
    // Mapping, encoding and hashing take as long as the database work: done on every core, outside
    // the lock, and before anything is written, so that a document that cannot be mapped stops
    // the call before it begins.
    List<Prepared> prepared = (documents.size() > 1 ? documents.parallelStream() : documents.stream())
        .map(d -> new Prepared(d.id(), Tables.rows(d), DocumentCodec.encode(d)))
        .collect(Collectors.toList());
    synchronized (writeLock) {
      checkOpen();
      try {
        return write(prepared);
      } catch (SQLException e) {
        throw new StoreException("cannot store " + (prepared.size() == 1
            ? "document " + prepared.get(0).id() : prepared.size() + " documents") + " in " + path
            + ": " + firstLine(e) + "; nothing of " + (prepared.size() == 1 ? "it" : "them")
            + " was stored", e);
      }
    }
  }

  /** A document ready to be written: its rows and its stored form. */
  private record Prepared(String id, DocumentRows rows, DocumentCodec.Encoded encoded) {}

  private String storedHash(String id) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT content_hash FROM " + STORED + " WHERE document_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private List<Outcome> write(List<Prepared> documents) throws SQLException {
    List<Outcome> outcomes = new ArrayList<>(documents.size());
    long seq = nextSeq;
    try (Statement st = connection.createStatement()) {
      st.execute("BEGIN TRANSACTION");
      try {
        for (Prepared doc : documents) {
          String stored = storedHash(doc.id());
          if (doc.encoded().contentHash().equals(stored)) {
            outcomes.add(Outcome.UNCHANGED);
            continue;
          }
          if (stored != null) {
            replaceStored(doc);
          }
          for (Table table : Tables.documentTables()) {
            List<List<Object>> list = doc.rows().of(table);
            if (!list.isEmpty()) {
              DuckDBAppender appender = appender(table);
              for (List<Object> row : list) {
                appendRow(appender, row);
              }
            }
          }
          if (stored == null) {
            DocumentCodec.Encoded encoded = doc.encoded();
            DuckDBAppender appender = storedAppender();
            appender.beginRow().append(doc.id()).append(Tables.documentKey(doc.id())).append(seq++)
                .append(encoded.contentHash());
            if (encoded.textHash() == null) {
              appender.appendNull();
            } else {
              appender.append(encoded.textHash());
            }
            appender.append(encoded.form()).append(encoded.formBytes()).endRow();
          }
          outcomes.add(stored == null ? Outcome.ADDED : Outcome.UPDATED);
        }
        // Appenders join the transaction that is open on their connection: the rows become
        // visible, and durable, with the COMMIT below, or never.
        for (DuckDBAppender appender : appenders.values()) {
          appender.flush();
        }
        if (storedAppender != null) {
          storedAppender.flush();
        }
        st.execute("COMMIT");
        nextSeq = seq;
        return outcomes;
      } catch (SQLException | RuntimeException e) {
        abort(st);
        throw e;
      }
    }
  }

  /** Deletes the rows of a stored document and puts its new form in place, inside the transaction. */
  private void replaceStored(Prepared doc) throws SQLException {
    for (Table table : Tables.documentTables()) {
      try (PreparedStatement ps = connection.prepareStatement(
          "DELETE FROM " + table.name() + " WHERE document_id = ?")) {
        ps.setString(1, doc.id());
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps = connection.prepareStatement("UPDATE " + STORED
        + " SET content_hash = ?, text_hash = ?, form = ?, form_bytes = ? WHERE document_id = ?")) {
      DocumentCodec.Encoded encoded = doc.encoded();
      ps.setString(1, encoded.contentHash());
      ps.setString(2, encoded.textHash());
      ps.setBytes(3, encoded.form());
      ps.setInt(4, encoded.formBytes());
      ps.setString(5, doc.id());
      ps.executeUpdate();
    }
  }

  /** Rolls back, and drops the appenders, which may still hold rows of the failed document. */
  private void abort(Statement st) {
    try {
      st.execute("ROLLBACK");
    } catch (SQLException ignored) {
      // The transaction may never have begun; there is nothing to undo then.
    }
    List<DuckDBAppender> open = new ArrayList<>(appenders.values());
    if (storedAppender != null) {
      open.add(storedAppender);
    }
    appenders.clear();
    storedAppender = null;
    try {
      // Closing flushes what is left: inside a transaction that is rolled back, it is discarded.
      st.execute("BEGIN TRANSACTION");
      for (DuckDBAppender appender : open) {
        try {
          appender.close();
        } catch (SQLException ignored) {
          // The appender is dropped either way.
        }
      }
      st.execute("ROLLBACK");
    } catch (SQLException ignored) {
      // The appenders are gone; a new write makes new ones.
    }
  }

  private DuckDBAppender appender(Table table) throws SQLException {
    DuckDBAppender appender = appenders.get(table);
    if (appender == null) {
      appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table.name());
      appenders.put(table, appender);
    }
    return appender;
  }

  private DuckDBAppender storedAppender() throws SQLException {
    if (storedAppender == null) {
      storedAppender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, STORED);
    }
    return storedAppender;
  }

  private static void appendRow(DuckDBAppender appender, List<Object> row) throws SQLException {
    appender.beginRow();
    for (Object value : row) {
      if (value == null) {
        appender.appendNull();
      } else if (value instanceof String s) {
        appender.append(s);
      } else if (value instanceof Integer i) {
        appender.append(i.intValue());
      } else if (value instanceof Long l) {
        appender.append(l.longValue());
      } else if (value instanceof Boolean b) {
        appender.append(b.booleanValue());
      } else if (value instanceof LocalDate d) {
        appender.append(d);
      } else {
        throw new IllegalStateException("a row value of a type no column has: " + value.getClass());
      }
    }
    appender.endRow();
  }

  /** Whether a document with this id is stored. */
  public boolean contains(String id) {
    Objects.requireNonNull(id, "id == null");
    return read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + STORED + " WHERE document_id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next();
        }
      }
    });
  }

  /**
   * The stored document with this id, equal to the one added.
   *
   * @throws StoreException if the database cannot be read, or the stored document is damaged
   */
  public Optional<Document> get(String id) {
    Objects.requireNonNull(id, "id == null");
    return read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT s.form, s.form_bytes, CASE WHEN s.text_hash IS NULL THEN NULL ELSE d.text END FROM "
          + STORED + " s LEFT JOIN documents d USING (document_id) WHERE s.document_id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          try {
            return Optional.of(DocumentCodec.decode(rs.getBytes(1), rs.getInt(2), rs.getString(3)));
          } catch (IllegalStateException e) {
            throw new StoreException("cannot read document " + id + " of store " + path + ": "
                + e.getMessage(), e);
          }
        }
      }
    });
  }

  /** The number of stored documents. */
  public int size() {
    return read(c -> querySingleInt(c, "SELECT count(*) FROM " + STORED));
  }

  /**
   * Every stored document, in the order they were first added, as an indexed {@link Corpus}. The
   * documents are read from one snapshot (documents committed meanwhile are not in it) and decoded
   * on every core; a text that several documents share is held once.
   *
   * @throws StoreException if the database cannot be read
   */
  public Corpus corpus() {
    return Query.from(documents());
  }

  /**
   * Every stored document, in the order they were first added. The stored forms are decoded on
   * every core while they are read; a text that several documents share is held once, and so is
   * a short string (an id, a name, a rule) that several documents repeat.
   *
   * @throws StoreException if the database cannot be read, or a stored document is damaged
   *     (naming it)
   */
  public List<Document> documents() {
    return read(c -> {
      Map<String, String> texts = new HashMap<>();
      SharedStrings shared = new SharedStrings();
      List<Batch> batches = new ArrayList<>();
      try (Statement st = c.createStatement()) {
        st.execute("BEGIN TRANSACTION");
        try (ResultSet rs = st.executeQuery("SELECT s.text_hash, d.text FROM documents d JOIN ("
            + "SELECT text_hash, min(document_id) AS document_id FROM " + STORED
            + " WHERE text_hash IS NOT NULL GROUP BY text_hash) s USING (document_id)")) {
          while (rs.next()) {
            texts.put(rs.getString(1), rs.getString(2));
          }
        }
        // Not ORDER BY seq: DuckDB would sort every form before giving the first one (memory,
        // and no decoding meanwhile). Rows come in the table's order; seq puts them right below.
        try (ResultSet rs = st.executeQuery(
            "SELECT document_id, form, form_bytes, text_hash, seq FROM " + STORED)) {
          Batch batch = new Batch(texts, shared);
          int ahead = Batch.AHEAD_PER_CORE * Runtime.getRuntime().availableProcessors();
          int next = 0; // the oldest batch this thread may still have to decode
          while (rs.next()) {
            batch.add(rs.getString(1), rs.getBytes(2), rs.getInt(3), rs.getString(4), rs.getLong(5));
            if (batch.size() == Batch.SIZE) {
              // Decoded by another core while this thread reads on, but not far on: a stored form
              // waiting to be decoded outlived the young collections and was copied into the old
              // generation, to die there (reading ran ahead of decoding by most of the store).
              batches.add(batch);
              ForkJoinPool.commonPool().execute(batch::decode);
              batch = new Batch(texts, shared);
              while (batches.size() - next > ahead) {
                batches.get(next++).decode();
              }
            }
          }
          batches.add(batch);
        }
        st.execute("COMMIT");
      }
      // This thread decodes the batches no other thread has begun, then collects them all.
      for (Batch batch : batches) {
        batch.decode();
      }
      List<Document> documents = new ArrayList<>(batches.size() * Batch.SIZE);
      long[] seqs = new long[batches.size() * Batch.SIZE];
      boolean inOrder = true;
      for (Batch batch : batches) {
        for (int i = 0; i < batch.size(); i++) {
          int at = documents.size() + i;
          seqs[at] = batch.seqs[i];
          inOrder &= at == 0 || seqs[at - 1] < seqs[at];
        }
        documents.addAll(batch.documents());
      }
      return inOrder ? documents : inSeqOrder(documents, seqs);
    });
  }

  /** {@code documents} ordered by their {@code seqs} (the order of first adding). */
  private static List<Document> inSeqOrder(List<Document> documents, long[] seqs) {
    Integer[] order = new Integer[documents.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(seqs[a], seqs[b]));
    List<Document> sorted = new ArrayList<>(order.length);
    for (int i : order) {
      sorted.add(documents.get(i));
    }
    return sorted;
  }

  /**
   * Stored forms read one after another, decoded together by whichever thread claims them first:
   * a core of the common pool while the reading thread reads on, or the reading thread itself.
   */
  private final class Batch {
    /** Documents per batch: enough that a task's cost is the decoding, not the hand-over. */
    static final int SIZE = 128;
    /**
     * Batches read and not yet begun, per core, beyond which the reading thread decodes one
     * itself: what waits is still in the young generation when it is decoded.
     */
    static final int AHEAD_PER_CORE = 2;

    private final Map<String, String> texts;
    private final SharedStrings shared;
    private final String[] ids = new String[SIZE];
    private final byte[][] forms = new byte[SIZE][];
    private final int[] lengths = new int[SIZE];
    private final String[] textHashes = new String[SIZE];
    final long[] seqs = new long[SIZE];
    private final Document[] decoded = new Document[SIZE];
    private final java.util.concurrent.atomic.AtomicBoolean claimed = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
    private int size;
    private Throwable failure;

    Batch(Map<String, String> texts, SharedStrings shared) {
      this.texts = texts;
      this.shared = shared;
    }

    int size() {
      return size;
    }

    void add(String id, byte[] form, int length, String textHash, long seq) {
      ids[size] = id;
      seqs[size] = seq;
      forms[size] = form;
      lengths[size] = length;
      textHashes[size] = textHash;
      size++;
    }

    /** Decodes the batch unless another thread has claimed it. */
    void decode() {
      if (!claimed.compareAndSet(false, true)) {
        return;
      }
      SharedStrings.Table table = shared.borrow();
      try {
        for (int i = 0; i < size; i++) {
          decoded[i] = decodeOne(i, table);
          forms[i] = null;
        }
      } catch (RuntimeException | Error e) {
        failure = e; // thrown by documents(), on the thread that asked for them
      } finally {
        shared.giveBack(table);
        done.countDown();
      }
    }

    private Document decodeOne(int i, SharedStrings.Table table) {
      String hash = textHashes[i];
      String text = hash == null ? null : texts.get(hash);
      if (hash != null && text == null) {
        throw new StoreException("store " + path + " lacks the text of document " + ids[i]);
      }
      try {
        return DocumentCodec.decode(forms[i], lengths[i], text, shared, table);
      } catch (IllegalStateException e) {
        throw new StoreException("cannot read document " + ids[i] + " of store " + path + ": "
            + e.getMessage(), e);
      }
    }

    /** The decoded documents, once the thread that claimed the batch is done with it. */
    List<Document> documents() {
      try {
        done.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException("interrupted while reading store " + path, e);
      }
      if (failure instanceof Error error) {
        throw error;
      }
      if (failure != null) {
        throw (RuntimeException) failure;
      }
      return Arrays.asList(decoded).subList(0, size);
    }
  }

  /**
   * A new JDBC connection to this store's database, for SQL over the tables of {@link Tables}
   * ({@code documents}, {@code statements}, …). It sees what is committed when each of its
   * statements runs; close it when done. It is read-only when the store is.
   */
  public Connection openConnection() {
    checkOpen();
    try {
      return connection.duplicate();
    } catch (SQLException e) {
      throw new StoreException("cannot open a connection to " + path + ": " + firstLine(e), e);
    }
  }

  /**
   * Writes every table of {@link Tables#all()} to {@code directory} as one Parquet file each
   * ({@code documents.parquet}, {@code statements.parquet}, …), creating the directory.
   *
   * @return the files written, in the order of {@link Tables#all()}
   * @throws StoreException if a file cannot be written
   */
  public List<Path> exportParquet(Path directory) {
    Objects.requireNonNull(directory, "directory == null");
    try {
      Files.createDirectories(directory);
    } catch (java.io.IOException e) {
      throw new StoreException("cannot create " + directory + ": " + e.getMessage(), e);
    }
    return read(c -> {
      List<Path> files = new ArrayList<>();
      try (Statement st = c.createStatement()) {
        st.execute("BEGIN TRANSACTION");
        for (Table table : Tables.all()) {
          Path file = directory.resolve(table.name() + ".parquet").toAbsolutePath();
          st.execute("COPY (SELECT * FROM " + table.name() + ") TO '"
              + file.toString().replace("'", "''") + "' (FORMAT parquet, COMPRESSION zstd)");
          files.add(file);
        }
        st.execute("COMMIT");
      }
      return files;
    });
  }

  /** Closes the store; later calls fail with {@link IllegalStateException}. Closing twice is fine. */
  @Override
  public void close() {
    synchronized (writeLock) {
      try {
        for (DuckDBAppender appender : appenders.values()) {
          appender.close();
        }
        if (storedAppender != null) {
          storedAppender.close();
        }
        appenders.clear();
        storedAppender = null;
        connection.close();
      } catch (SQLException e) {
        throw new StoreException("cannot close store " + path + ": " + firstLine(e), e);
      }
    }
  }

  @Override
  public String toString() {
    return "CorpusStore[" + path + (readOnly ? ", read-only" : "") + "]";
  }

  private interface SqlFunction<T> {
    T apply(Connection connection) throws SQLException;
  }

  private <T> T read(SqlFunction<T> function) {
    checkOpen();
    try (Connection c = connection.duplicate()) {
      return function.apply(c);
    } catch (SQLException e) {
      throw new StoreException("cannot read store " + path + ": " + firstLine(e), e);
    }
  }

  private void checkOpen() {
    try {
      if (connection.isClosed()) {
        throw new IllegalStateException("store " + path + " is closed");
      }
    } catch (SQLException e) {
      throw new StoreException("cannot use store " + path + ": " + firstLine(e), e);
    }
  }

  private static int querySingleInt(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** DuckDB's messages carry a stack of context lines; the first says what went wrong. */
  static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
