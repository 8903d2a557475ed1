package dev.entente.bench;

import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import dev.entente.parser.Parser;
import dev.entente.query.Corpus;
import dev.entente.query.Query;
import dev.entente.store.CorpusStore;
import dev.entente.tables.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Measures the corpus store (issue 16), wall time on one JVM, one run each; bench/run.sh runs it.
 *
 * <ul>
 *   <li>{@code throughput COPIES DIR}: {@code COPIES} copies of every seed, each made distinct by a
 *       closing line, parsed, then added in groups of 200: MB of text stored per second, the time
 *       one-document transactions take, and the file's size against the text's.
 *   <li>{@code load N DIR}: {@code N} {@link Synthetic} documents stored, then read back into a
 *       {@link Corpus} (read and decode, then index), then SQL aggregations over their statements;
 *       with {@code -Dstore.keep=true} the store file is kept.
 *   <li>{@code corpus REPEATS FILE}: a kept store loaded into a {@link Corpus} REPEATS times; CPU
 *       seconds of reading and decoding, and of indexing, each time and their spread.
 *   <li>{@code scale FACTOR FILE}: a kept store made FACTOR times larger (every document repeated
 *       under new ids, in its rows and its stored form), then loaded three times and queried as
 *       {@code load} does; kept
 *       as {@code FILE.xFACTOR.duckdb} with {@code -Dstore.keep=true}.
 * </ul>
 *
 * <p>Usage: {@code java -Xmx12g -cp benchmarks.jar dev.entente.bench.StoreRun load 100000 /tmp/x}
 */
public final class StoreRun {
  private StoreRun() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: StoreRun throughput COPIES DIR | StoreRun load DOCUMENTS DIR"
          + " | StoreRun corpus REPEATS STORE_FILE | StoreRun scale FACTOR STORE_FILE");
      System.exit(2);
    }
    int n = Integer.parseInt(args[1]);
    if (args[0].equals("corpus")) {
      corpus(n, Path.of(args[2]));
      return;
    }
    if (args[0].equals("scale")) {
      scale(n, Path.of(args[2]));
      return;
    }
    Path dir = Path.of(args[2]);
    Files.createDirectories(dir);
    if (args[0].equals("throughput")) {
      throughput(n, dir);
    } else {
      load(n, dir);
    }
  }

  private static void throughput(int copies, Path dir) throws IOException {
    Parser parser = Parser.russian();
    List<String[]> inputs = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      for (Seeds.Seed seed : Seeds.ALL) {
        inputs.add(new String[] {seed.name() + "-" + c + ".txt", seed.text + "\n\n(копия " + c + ")\n"});
      }
    }
    long textBytes = inputs.stream().mapToLong(i -> Seeds.utf8Bytes(i[1])).sum();
    long t0 = System.nanoTime();
    double c0 = cpu();
    List<Document> docs = inputs.parallelStream().map(i -> parser.parse(i[0], i[1])).collect(Collectors.toList());
    double parseS = seconds(t0);
    print("store.parse.cpu.s", cpu() - c0);
    print("store.documents", docs.size());
    print("store.text.MB", textBytes / 1e6);
    print("store.parse.s", parseS);

    // Where the time goes, outside the database: the rows of the tables, and the JSON kept.
    t0 = System.nanoTime();
    long rows = docs.parallelStream().mapToLong(d -> Tables.rows(d).size()).sum();
    print("store.rows", rows);
    print("store.cpu.rows.s(2 threads)", seconds(t0));
    t0 = System.nanoTime();
    long jsonBytes = docs.parallelStream().mapToLong(d -> EntenteJson.toJson(d).length()).sum();
    print("store.cpu.json.s(2 threads)", seconds(t0));
    print("store.json.MB(chars)", jsonBytes / 1e6);

    Path file = fresh(dir.resolve("throughput.duckdb"));
    try (CorpusStore store = CorpusStore.open(file)) {
      t0 = System.nanoTime();
      int single = Math.min(50, docs.size());
      for (Document d : docs.subList(0, single)) {
        store.add(d);
      }
      print("store.add.one-per-transaction.ms", seconds(t0) * 1000 / single);
      t0 = System.nanoTime();
      c0 = cpu();
      for (int i = single; i < docs.size(); i += 200) {
        store.addAll(docs.subList(i, Math.min(docs.size(), i + 200)));
      }
      double s = seconds(t0);
      double cpuS = cpu() - c0;
      print("store.addAll.cpu.s", cpuS);
      long groupBytes = inputs.subList(single, inputs.size()).stream().mapToLong(i -> Seeds.utf8Bytes(i[1])).sum();
      print("store.addAll.groups-of-200.s", s);
      print("store.addAll.MB/s", groupBytes / 1e6 / s);
      print("store.addAll.MB/cpu-s", groupBytes / 1e6 / cpuS);
      print("store.addAll.documents/s", (docs.size() - single) / s);
    }
    long size = sizeOf(file);
    print("store.file.MB", size / 1e6);
    print("store.file/text", size / (double) textBytes);
    try (CorpusStore store = CorpusStore.openReadOnly(file); Connection c = store.openConnection();
         Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT table_name, estimated_size, column_count FROM duckdb_tables() ORDER BY 2 DESC")) {
      while (rs.next()) {
        print("store.rows." + rs.getString(1), rs.getLong(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    Files.deleteIfExists(file);
  }

  private static void load(int count, Path dir) throws IOException, SQLException {
    Parser parser = Parser.russian();
    List<Document> seeds = Seeds.ALL.stream().map(s -> parser.parse(s.id(), s.text)).collect(Collectors.toList());
    List<Document> docs = new Synthetic(seeds).documents(count);
    Path file = fresh(dir.resolve("load.duckdb"));
    long t0 = System.nanoTime();
    double c0 = cpu();
    try (CorpusStore store = CorpusStore.open(file)) {
      for (int i = 0; i < docs.size(); i += 1000) {
        store.addAll(docs.subList(i, Math.min(docs.size(), i + 1000)));
        if (i % 10_000 == 0) {
          print("load.store.progress", i);
        }
      }
      print("load.store.s", seconds(t0));
      print("load.store.cpu.s", cpu() - c0);
    }
    print("load.close.s(incl checkpoint)", seconds(t0));
    long statements = docs.stream().mapToLong(d -> Stream.concat(d.preamble().stream(), d.clauses().stream()).mapToLong(c -> c.statements().size()).sum()).sum();
    docs = null;
    System.gc();
    print("load.documents", count);
    print("load.statements", statements);
    print("load.file.MB", sizeOf(file) / 1e6);
    try (CorpusStore store = CorpusStore.openReadOnly(file)) {
      t0 = System.nanoTime();
      c0 = cpu();
      List<Document> loaded = store.documents();
      double read = seconds(t0);
      double readCpu = cpu() - c0;
      long t1 = System.nanoTime();
      double c1 = cpu();
      Corpus corpus = Query.from(loaded);
      double index = seconds(t1);
      print("load.corpus.read+decode.cpu.s", readCpu);
      print("load.corpus.index.cpu.s", cpu() - c1);
      print("load.corpus.read+decode.s", read);
      print("load.corpus.index.s", index);
      print("load.corpus.total.s", read + index);
      print("load.corpus.size", corpus.size());
      Runtime rt = Runtime.getRuntime();
      System.gc();
      print("load.corpus.heap.GB", (rt.totalMemory() - rt.freeMemory()) / 1e9);
      loaded = null;
      corpus = null;
      System.gc();
      try (Connection c = store.openConnection()) {
        sqlQueries(c, "load.sql.");
      }
    }
    if (!Boolean.getBoolean("store.keep")) {
      Files.deleteIfExists(file);
    }
  }

  /**
   * The aggregation and the two joins over the statements. The joins run as documented (on
   * document_key, schema version 2), then on the VARCHAR document_id (as version 1 had to join).
   */
  private static void sqlQueries(Connection c, String prefix) throws SQLException {
    sql(c, prefix + "acts", "SELECT act, count(*) AS n FROM statements GROUP BY act ORDER BY n DESC");
    for (String key : List.of("document_key", "document_id")) {
      String k = key.equals("document_key") ? "" : ".by-document_id";
      sql(c, prefix + "actors-x-acts" + k, "SELECT a.party_id, s.act, count(*) AS n FROM statements s"
          + " JOIN statement_actors a USING (" + key + ", statement_index) GROUP BY ALL ORDER BY n DESC LIMIT 20");
      sql(c, prefix + "topics-x-acts-2025" + k, "SELECT t.topic, s.act, count(DISTINCT s." + key + ") AS docs"
          + " FROM statements s JOIN statement_topics t USING (" + key + ", statement_index)"
          + " JOIN documents d USING (" + key + ") WHERE d.date_start >= DATE '2025-01-01'"
          + " GROUP BY ALL ORDER BY docs DESC LIMIT 20");
    }
  }

  /**
   * A store {@code factor} times larger made from an existing one: every document repeated under
   * the ids {@link #copyId} gives it, its rows copied in SQL with the new id and key, its stored
   * form written anew with the new id inside it (so the loaded documents are {@code factor}
   * distinct documents per original, as a store of that size would hold); then loaded into a
   * {@link Corpus} three times and queried: the 100,000-document figures without parsing and
   * storing 100,000 documents.
   */
  private static void scale(int factor, Path store) throws IOException, SQLException {
    Path scaled = fresh(Path.of(store + ".x" + factor + ".duckdb"));
    long t0 = System.nanoTime();
    makeScaled(factor, store, scaled);
    print("scale.factor", factor);
    print("scale.make.s", seconds(t0));
    print("scale.file.MB", sizeOf(scaled) / 1e6);
    corpus(3, scaled);
    try (CorpusStore s = CorpusStore.openReadOnly(scaled); Connection c = s.openConnection()) {
      print("scale.documents", s.size());
      sqlQueries(c, "scale.sql.");
    }
    if (!Boolean.getBoolean("store.keep")) {
      Files.deleteIfExists(scaled);
    }
  }

  /** Copy {@code copy} of the document with id {@code id} in a scaled store. */
  static String copyId(String id, int copy) {
    return id + ".x" + copy;
  }

  /** Writes into {@code scaled} (a new file) {@code factor} renamed copies of the store {@code store}. */
  static void makeScaled(int factor, Path store, Path scaled) throws SQLException {
    List<Document> originals;
    try (CorpusStore source = CorpusStore.openReadOnly(store)) {
      originals = source.documents();
    }
    CorpusStore.open(scaled).close(); // the tables, as a store makes them
    try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + scaled.toAbsolutePath());
         Statement st = c.createStatement()) {
      st.execute("CREATE TABLE scale_copies (document_id VARCHAR, copy_id VARCHAR, copy_key BIGINT)");
      try (org.duckdb.DuckDBAppender appender = c.unwrap(org.duckdb.DuckDBConnection.class)
          .createAppender(org.duckdb.DuckDBConnection.DEFAULT_SCHEMA, "scale_copies")) {
        for (Document d : originals) {
          for (int r = 0; r < factor; r++) {
            String id = copyId(d.id(), r);
            appender.beginRow().append(d.id()).append(id).append(Tables.documentKey(id)).endRow();
          }
        }
      }
      st.execute("ATTACH '" + store.toAbsolutePath().toString().replace("'", "''") + "' AS src (READ_ONLY)");
      for (dev.entente.tables.Table table : Tables.documentTables()) {
        st.execute("INSERT INTO " + table.name() + " SELECT t.* REPLACE (n.copy_id AS document_id,"
            + " n.copy_key AS document_key) FROM src." + table.name() + " t JOIN scale_copies n USING (document_id)");
      }
      st.execute("DETACH src");
      st.execute("DROP TABLE scale_copies");
      for (int r = 0; r < factor; r++) {
        int copy = r;
        List<Document> copies = originals.parallelStream()
            .map(d -> Document.builder().from(d).id(copyId(d.id(), copy)).build())
            .collect(Collectors.toList());
        dev.entente.store.StoredForms.append(c, copies, 1 + (long) r * originals.size());
      }
    }
  }

  /**
   * Loads an existing store into a {@link Corpus} {@code repeats} times in this JVM: CPU seconds of
   * the process for reading and decoding ({@code documents()}) and for indexing ({@code
   * Query.from}) each time, then the smallest, median and largest.
   */
  private static void corpus(int repeats, Path file) {
    double[] read = new double[repeats];
    double[] index = new double[repeats];
    double[] wall = new double[repeats];
    try (CorpusStore store = CorpusStore.openReadOnly(file)) {
      for (int r = 0; r < repeats; r++) {
        System.gc();
        long t0 = System.nanoTime();
        double c0 = cpu();
        double a0 = allocatedGb();
        double g0 = gcSeconds();
        java.util.Map<String, Double> threads0 = threadCpu();
        List<Document> loaded = store.documents();
        read[r] = cpu() - c0;
        double c1 = cpu();
        double a1 = allocatedGb();
        double g1 = gcSeconds();
        Corpus corpus = Query.from(loaded);
        index[r] = cpu() - c1;
        wall[r] = seconds(t0);
        print("corpus.run" + r + ".documents", corpus.size());
        print("corpus.run" + r + ".read+decode.cpu.s", read[r]);
        print("corpus.run" + r + ".index.cpu.s", index[r]);
        print("corpus.run" + r + ".wall.s", wall[r]);
        print("corpus.run" + r + ".read+decode.allocated.GB", a1 - a0);
        print("corpus.run" + r + ".index.allocated.GB", allocatedGb() - a1);
        print("corpus.run" + r + ".read+decode.gc.pause.s", g1 - g0);
        print("corpus.run" + r + ".index.gc.pause.s", gcSeconds() - g1);
        String run = "corpus.run" + r;
        threadCpu().forEach((group, seconds) -> print(run + ".threads." + group
            + ".cpu.s", seconds - threads0.getOrDefault(group, 0.0)));
        firstQueries(corpus, loaded, run);
        if (r == repeats - 1) {
          // The heap the corpus keeps (after a full collection, while it is still referenced).
          Runtime rt = Runtime.getRuntime();
          System.gc();
          print("corpus.heap.GB", (rt.totalMemory() - rt.freeMemory()) / 1e9);
          print("corpus.statements", corpus.statements().count());
        }
      }
    }
    spread("corpus.read+decode.cpu.s", read);
    spread("corpus.index.cpu.s", index);
    spread("corpus.wall.s", wall);
  }

  /**
   * Two queries on a corpus just loaded, each timed twice (wall and process CPU): the first time
   * includes the postings of the fields it reads, made on first use; the second is the query alone.
   */
  private static void firstQueries(Corpus corpus, List<Document> loaded, String prefix) {
    String party = loaded.stream().flatMap(d -> d.parties().stream()).findFirst()
        .map(dev.entente.model.Party::id).orElse("KZ");
    for (int time = 1; time <= 2; time++) {
      long t0 = System.nanoTime();
      double c0 = cpu();
      long n = corpus.statements().by(party).withAct(dev.entente.model.Act.SUPPORT)
          .about(dev.entente.model.Topic.ENERGY).count();
      print(prefix + ".query.statements-by-act-about.time" + time + ".s", seconds(t0));
      print(prefix + ".query.statements-by-act-about.time" + time + ".cpu.s", cpu() - c0);
      t0 = System.nanoTime();
      c0 = cpu();
      int m = corpus.parties().coMentionedWith(party).ranked().size();
      print(prefix + ".query.parties-comentioned.time" + time + ".s", seconds(t0));
      print(prefix + ".query.parties-comentioned.time" + time + ".cpu.s", cpu() - c0);
      if (time == 1) {
        print(prefix + ".query.results", n + m);
      }
    }
  }

  private static void spread(String name, double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    print(name + ".min", sorted[0]);
    print(name + ".median", sorted[sorted.length / 2]);
    print(name + ".max", sorted[sorted.length - 1]);
  }

  /** One warm-up, then five timed runs: median and slowest. */
  private static void sql(Connection c, String name, String query) throws SQLException {
    double[] times = new double[5];
    for (int run = -1; run < times.length; run++) {
      long t0 = System.nanoTime();
      int rows = 0;
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
        while (rs.next()) {
          rows++;
        }
      }
      if (run >= 0) {
        times[run] = seconds(t0) * 1000;
      } else {
        print(name + ".rows", rows);
      }
    }
    Arrays.sort(times);
    print(name + ".ms.median", times[2]);
    print(name + ".ms.max", times[4]);
  }

  private static Path fresh(Path file) throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(Path.of(file + ".wal"));
    return file;
  }

  private static long sizeOf(Path file) throws IOException {
    Path wal = Path.of(file + ".wal");
    return Files.size(file) + (Files.exists(wal) ? Files.size(wal) : 0);
  }

  /** CPU seconds of the whole process (every Java thread and DuckDB's native threads) so far. */
  private static double cpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
  }

  /**
   * Bytes allocated so far by the threads alive now, in GB: load-independent, unlike CPU time, but
   * blind to threads that have ended (the common pool's workers live through a load).
   */
  private static double allocatedGb() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long total = 0;
    for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      total += Math.max(0, bytes);
    }
    return total / 1e9;
  }

  /**
   * CPU seconds (user + system) so far of the process's threads by kind: the collector's (gc),
   * the JIT compilers' (jit), the common pool's and the main thread's (java), DuckDB's and the
   * rest (other); read from /proc (Linux), where the JVM's own threads, which the management
   * beans do not list, are named. Empty elsewhere.
   */
  private static java.util.Map<String, Double> threadCpu() {
    java.util.Map<String, Double> groups = new java.util.TreeMap<>();
    java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
    if (tasks == null) {
      return groups;
    }
    for (java.io.File task : tasks) {
      String stat;
      try {
        stat = Files.readString(task.toPath().resolve("stat"));
      } catch (IOException e) {
        continue; // the thread ended meanwhile
      }
      String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
      String group = name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")
          ? "gc" : name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? "jit"
          : name.startsWith("ForkJoinPool") || name.equals("java") || name.equals("main") ? "java"
          : "other";
      groups.merge(group, seconds, Double::sum);
    }
    return groups;
  }

  /** Wall time the collectors have spent so far, in seconds (pauses, and concurrent work). */
  private static double gcSeconds() {
    long ms = 0;
    for (java.lang.management.GarbageCollectorMXBean gc
        : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, gc.getCollectionTime());
    }
    return ms / 1e3;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void print(String key, double value) {
    System.out.println(String.format(Locale.ROOT, "%s=%.3f", key, value));
    System.out.flush();
  }

  private static void print(String key, long value) {
    System.out.println(key + "=" + value);
    System.out.flush();
  }
}
