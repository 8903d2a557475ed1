package dev.entente.bench;

import dev.entente.model.Act;
import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.MechanismKind;
import dev.entente.model.MechanismStatus;
import dev.entente.model.Statement;
import dev.entente.model.Topic;
import dev.entente.parser.Parser;
import dev.entente.query.Corpus;
import dev.entente.query.EventQuery;
import dev.entente.query.Query;
import dev.entente.query.StatementQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Building a {@link Corpus} of {@link Synthetic} documents and indexed queries on it, the queries
 * sampled (p50/p99) in microseconds. The statements and events queries are each measured three
 * ways: every result ({@code toList()}, each item read), the first page ({@code limit(20)}, each
 * item read) and {@code count()}. Run {@link #build} as single shots: one build of 100,000
 * documents takes seconds.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CorpusBenchmark {
  /** The size of a first page of results. */
  static final int PAGE = 20;

  static final LocalDate FROM = LocalDate.of(2025, 6, 1);
  static final LocalDate TO = LocalDate.of(2026, 12, 31);

  @Param({"100000"})
  public int documents;

  private List<Document> docs;
  private Corpus corpus;

  /**
   * The documents and corpus of the last size set up, kept across trials: run.sh runs these
   * benchmarks in one JVM ({@code -f 0}) so that 100,000 documents are made and indexed once,
   * not once per benchmark.
   */
  private static List<Document> cachedDocs;
  private static Corpus cachedCorpus;

  /** Makes the documents, and the corpus too unless the benchmark is {@link #build}. */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    synchronized (CorpusBenchmark.class) {
      if (cachedDocs == null || cachedDocs.size() != documents) {
        cachedCorpus = null;
        cachedDocs = null;
        cachedDocs = make(documents);
      }
      if (cachedCorpus == null && !params.getBenchmark().endsWith(".build")) {
        cachedCorpus = index(cachedDocs);
      }
      docs = cachedDocs;
      corpus = cachedCorpus;
    }
  }

  /** The corpus the query benchmarks of this JVM used, or null. */
  static synchronized Corpus cachedCorpus() {
    return cachedCorpus;
  }

  static List<Document> make(int documents) {
    Parser parser = Parser.russian();
    List<Document> seeds = Seeds.ALL.stream().map(s -> parser.parse(s.id(), s.text))
        .collect(Collectors.toList());
    long t0 = System.nanoTime();
    List<Document> docs = new Synthetic(seeds).documents(documents);
    System.out.printf("%n[corpus] %,d documents generated in %.1f s%n", documents,
        (System.nanoTime() - t0) / 1e9);
    return docs;
  }

  static Corpus index(List<Document> docs) {
    long t0 = System.nanoTime();
    Corpus corpus = Query.from(docs);
    System.out.printf("%n[corpus] %,d documents indexed in %.1f s; results: statements %,d,"
            + " events %,d, mechanisms %s%n", docs.size(), (System.nanoTime() - t0) / 1e9,
        statements(corpus).size(), events(corpus).size(), mechanisms(corpus));
    return corpus;
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Corpus build() {
    return Query.from(docs);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  public void statements(Blackhole bh) {
    read(statements(corpus), bh);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  public void statementsFirstPage(Blackhole bh) {
    read(statementQuery(corpus).limit(PAGE).toList(), bh);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  public long statementsCount() {
    return statementQuery(corpus).count();
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  public void events(Blackhole bh) {
    read(events(corpus), bh);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  public void eventsFirstPage(Blackhole bh) {
    read(eventQuery(corpus).limit(PAGE).toList(), bh);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  public long eventsCount() {
    return eventQuery(corpus).count();
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  public Map<MechanismKind, Long> mechanisms() {
    return mechanisms(corpus);
  }

  /** Reads every result, as a caller does: results may be views that fetch items when read. */
  private static void read(List<?> results, Blackhole bh) {
    for (Object result : results) {
      bh.consume(result);
    }
  }

  static StatementQuery statementQuery(Corpus corpus) {
    return corpus.statements().by("KZ").withAct(Act.SUPPORT).about(Topic.ENERGY);
  }

  static List<Statement> statements(Corpus corpus) {
    return statementQuery(corpus).toList();
  }

  static EventQuery eventQuery(Corpus corpus) {
    return corpus.events().planned().between(FROM, TO).at("Астана");
  }

  static List<Event> events(Corpus corpus) {
    return eventQuery(corpus).toList();
  }

  static Map<MechanismKind, Long> mechanisms(Corpus corpus) {
    return corpus.mechanisms().withStatus(MechanismStatus.NEW).countByKind();
  }
}
