package dev.entente.bench;

import dev.entente.model.Document;
import dev.entente.query.Corpus;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The {@link CorpusBenchmark} queries timed in CPU time of the querying thread rather than wall
 * time, which a machine shared with other work inflates by whatever it is scheduled out: each
 * query runs in batches of about 20 ms of CPU (as many calls as the warm-up says fit), and the
 * report gives the median, lowest and highest CPU microseconds per query over 11 batches.
 *
 * <p>Usage: {@code java -Xms8g -Xmx8g -cp benchmarks.jar dev.entente.bench.CorpusCpu DOCUMENTS
 * WARMUP_SECONDS [OUT.properties]}; {@link CorpusRun} also runs it on the corpus its benchmarks
 * made.
 */
public final class CorpusCpu {
  private static final int BATCHES = 11;
  private static final long BATCH_NANOS = 20_000_000;

  private CorpusCpu() {}

  public static void main(String[] args) throws IOException {
    List<Document> docs = CorpusBenchmark.make(Integer.parseInt(args[0]));
    Corpus corpus = CorpusBenchmark.index(docs);
    measure(corpus, Double.parseDouble(args[1]), args.length > 2 ? Path.of(args[2]) : null);
  }

  /** Measures every query on {@code corpus}; writes {@code out} unless it is null. */
  static void measure(Corpus corpus, double warmUpSeconds, Path out) throws IOException {
    Map<String, LongSupplier> queries = new LinkedHashMap<>();
    queries.put("statements", () -> read(CorpusBenchmark.statements(corpus)));
    queries.put("statementsFirstPage", () -> read(
        CorpusBenchmark.statementQuery(corpus).limit(CorpusBenchmark.PAGE).toList()));
    queries.put("statementsCount", () -> CorpusBenchmark.statementQuery(corpus).count());
    queries.put("events", () -> read(CorpusBenchmark.events(corpus)));
    queries.put("eventsFirstPage", () -> read(
        CorpusBenchmark.eventQuery(corpus).limit(CorpusBenchmark.PAGE).toList()));
    queries.put("eventsCount", () -> CorpusBenchmark.eventQuery(corpus).count());
    queries.put("mechanisms", () -> CorpusBenchmark.mechanisms(corpus).size());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    StringBuilder properties = new StringBuilder();
    long sink = 0;
    for (Map.Entry<String, LongSupplier> query : queries.entrySet()) {
      LongSupplier run = query.getValue();
      long warmUpStart = threads.getCurrentThreadCpuTime();
      long warmUpEnd = System.nanoTime() + (long) (warmUpSeconds * 1e9);
      long warmUpCalls = 0;
      while (System.nanoTime() < warmUpEnd) {
        sink += run.getAsLong();
        warmUpCalls++;
      }
      // Calls per batch from the warm-up's CPU per call, so the CPU clock is read twice a batch.
      double cpuPerCall = (threads.getCurrentThreadCpuTime() - warmUpStart) / (double) warmUpCalls;
      long calls = Math.max(1, (long) (BATCH_NANOS / cpuPerCall));
      double[] micros = new double[BATCHES];
      for (int b = 0; b < BATCHES; b++) {
        long start = threads.getCurrentThreadCpuTime();
        for (long c = 0; c < calls; c++) {
          sink += run.getAsLong();
        }
        micros[b] = (threads.getCurrentThreadCpuTime() - start) / 1e3 / calls;
      }
      Arrays.sort(micros);
      String line = String.format(Locale.ROOT, "query.cpu.%s=%.2f %.2f %.2f", query.getKey(),
          micros[BATCHES / 2], micros[0], micros[BATCHES - 1]);
      System.out.println(line + "   (CPU µs per query: median, lowest, highest of " + BATCHES
          + " batches)");
      properties.append(line).append('\n');
    }
    System.out.println("(checksum " + sink + ")");
    if (out != null) {
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        w.write(properties.toString());
      }
    }
  }

  /** Reads every result, as a caller does: results may be views that fetch items when read. */
  private static long read(List<?> results) {
    long n = 0;
    for (Object result : results) {
      if (result != null) {
        n++;
      }
    }
    return n;
  }
}
