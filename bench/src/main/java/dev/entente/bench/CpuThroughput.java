package dev.entente.bench;

import dev.entente.parser.Parser;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Parse and baseline throughput per CPU-second, as DEPENDENCIES.md asks figures to be quoted: on a
 * shared 2-core machine JMH's wall-clock ops/s also count the time the thread waited for a core,
 * while CPU time does not. Warms up until the JIT is done, then runs each input for a fixed wall time on one thread and
 * divides the UTF-8 bytes read by the process's CPU time (collector included) and by the thread's.
 * It also records millions of characters per CPU-second: UTF-8 writes a Cyrillic letter in two
 * bytes and a Latin one in one, so only characters compare the two languages on equal text.
 *
 * Inputs: the Russian seeds {@code 000}, {@code 004}, {@code mixed} (Russian parser) and {@code en}
 * (the English text, English parser).
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.entente.bench.CpuThroughput [seconds] [out.properties]}
 */
public final class CpuThroughput {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static volatile Object sink;

  private CpuThroughput() {}

  public static void main(String[] args) throws IOException {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 4;
    Properties out = new Properties();
    // The JIT compiles the parser's hot code for about 15 s on 2 cores; measure after it has. Both
    // languages are warmed, so that neither is measured on code compiled for the other alone.
    List<String> all = Seeds.texts("mixed");
    Parser russian = Seeds.parserFor("mixed");
    Parser english = Seeds.parserFor(Seeds.ENGLISH);
    List<String> en = Seeds.texts(Seeds.ENGLISH);
    runFor(() -> {
      all.forEach(t -> sink = russian.parse(t));
      en.forEach(t -> sink = english.parse(t));
    }, (long) (Math.max(15, 5 * seconds) * 1e9));
    for (String input : new String[] {"000", "004", "mixed", Seeds.ENGLISH}) {
      Parser parser = Seeds.parserFor(input);
      List<String> texts = Seeds.texts(input);
      long bytes = Seeds.inputBytes(input);
      Consumer<Object> consume = o -> sink = o;
      Runnable baseline = () -> texts.forEach(t -> Words.split(t, consume));
      Runnable parse = () -> {
        for (int i = 0; i < texts.size(); i++) {
          sink = parser.parse("doc-" + i, texts.get(i));
        }
      };
      double[] b = measure(baseline, bytes, seconds);
      double[] p = measure(parse, bytes, seconds);
      System.out.printf(Locale.ROOT,
          "%-5s MB per CPU-second of the process / of the thread / MB per wall second:"
              + " baseline %.1f / %.1f / %.1f, parse %.2f / %.2f / %.2f; parse/baseline %.4f%n",
          input, b[0], b[1], b[2], p[0], p[1], p[2], p[0] / b[0]);
      String key = "cpu." + input + ".";
      out.setProperty(key + "baseline", String.format(Locale.ROOT, "%.2f", b[0]));
      out.setProperty(key + "parse", String.format(Locale.ROOT, "%.3f", p[0]));
      out.setProperty(key + "parse.thread", String.format(Locale.ROOT, "%.3f", p[1]));
      out.setProperty(key + "parse.chars", String.format(Locale.ROOT, "%.3f",
          p[0] * Seeds.inputChars(input) / bytes));
    }
    if (args.length > 1) {
      try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
        out.store(w, "CpuThroughput: MB of UTF-8 input per CPU-second of the process");
      }
    }
  }

  /**
   * {MB per CPU-second of the process, of the thread, MB per wall second}, after a warm-up as long
   * as the measurement. Process CPU includes the collector's threads (allocation is part of the
   * cost) and any late JIT work; thread CPU is the parse alone.
   */
  private static double[] measure(Runnable op, long bytes, double seconds) {
    long nanos = (long) (seconds * 1e9);
    runFor(op, nanos);
    long process0 = processCpu();
    long thread0 = THREADS.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    long ops = runFor(op, nanos);
    double wall = (System.nanoTime() - wall0) / 1e9;
    double thread = (THREADS.getCurrentThreadCpuTime() - thread0) / 1e9;
    double process = (processCpu() - process0) / 1e9;
    double mb = ops * bytes / 1e6;
    return new double[] {mb / process, mb / thread, mb / wall};
  }

  private static long runFor(Runnable op, long nanos) {
    long ops = 0;
    long start = System.nanoTime();
    do {
      op.run();
      ops++;
    } while (System.nanoTime() - start < nanos);
    return ops;
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
