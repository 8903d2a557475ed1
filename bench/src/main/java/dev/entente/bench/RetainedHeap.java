package dev.entente.bench;

import dev.entente.model.Document;
import dev.entente.parser.Parser;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import javax.management.ObjectName;

/**
 * Retained heap of parsed documents relative to their text: parses {@code n} private copies of
 * each seed, keeps them all alive, and reads {@link Runtime} used memory after full GCs before the
 * texts exist, after they exist, and after the documents exist. Per document that gives the text's
 * own heap size and what the model adds on top of it.
 *
 * <p>Why {@code Runtime} rather than JOL: a document shares the parser's interned lexicon strings
 * and enum constants with every other document; a JOL object-graph walk of one document counts
 * those as its own, while the difference of used heap over many documents counts only what each
 * document really adds. Averaging over hundreds of documents makes the GC's noise negligible. The
 * per-class breakdown (a heap class histogram diff, via the {@code DiagnosticCommand} MBean) shows
 * where the bytes go. Run with a fixed heap and a stop-the-world collector, e.g.
 * {@code -Xms2g -Xmx2g -XX:+UseSerialGC}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.entente.bench.RetainedHeap [copies] [out.properties]}
 */
public final class RetainedHeap {
  private RetainedHeap() {}

  public static void main(String[] args) throws Exception {
    int copies = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    Properties out = new Properties();
    Parser parser = Parser.russian();
    for (Seeds.Seed seed : Seeds.ALL) {
      parser.parse(seed.id(), seed.text); // warm and load every lazily built table first
      Map<String, long[]> before = histogram();
      long empty = used();
      List<String> texts = new ArrayList<>(copies);
      for (int i = 0; i < copies; i++) {
        texts.add(new String(seed.text.toCharArray()));
      }
      long withTexts = used();
      List<Document> documents = new ArrayList<>(copies);
      for (int i = 0; i < copies; i++) {
        documents.add(parser.parse(seed.id() + "-" + i, texts.get(i)));
      }
      long withDocuments = used();
      Map<String, long[]> after = histogram();
      double text = (withTexts - empty) / (double) copies;
      double model = (withDocuments - withTexts) / (double) copies;
      long utf8 = Seeds.utf8Bytes(seed.text);
      System.out.printf(Locale.ROOT,
          "seed %s: %,d chars, %,d UTF-8 bytes; per document: text %,.0f B on the heap, model %,.0f B"
              + " on top = %.2f× the text (whole document %.2f× the text, %.2f× its UTF-8 bytes)%n",
          seed.name(), seed.text.length(), utf8, text, model, model / text, (model + text) / text,
          (model + text) / utf8);
      printTop(before, after, copies);
      String key = "heap." + seed.name() + ".";
      out.setProperty(key + "textBytes", String.format(Locale.ROOT, "%.0f", text));
      out.setProperty(key + "modelBytes", String.format(Locale.ROOT, "%.0f", model));
      out.setProperty(key + "utf8Bytes", Long.toString(utf8));
      if (documents.size() != copies || texts.size() != copies) {
        throw new AssertionError("keeps both lists reachable until here");
      }
    }
    if (args.length > 1) {
      try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
        out.store(w, "RetainedHeap, " + copies + " documents per seed");
      }
    }
  }

  private static long used() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    long last = Long.MAX_VALUE;
    // Repeat until the figure settles: one System.gc() may leave finalisable or soft garbage.
    for (int i = 0; i < 10; i++) {
      System.gc();
      Thread.sleep(50);
      long used = runtime.totalMemory() - runtime.freeMemory();
      if (Math.abs(used - last) < 64 * 1024) {
        return used;
      }
      last = used;
    }
    return last;
  }

  /** Instances and bytes per class of live objects ({@code jcmd GC.class_histogram}). */
  private static Map<String, long[]> histogram() throws Exception {
    String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
        new Object[] {new String[0]}, new String[] {String[].class.getName()});
    Map<String, long[]> classes = new HashMap<>();
    for (String line : text.split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 4 && f[0].endsWith(":")) {
        classes.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
      }
    }
    return classes;
  }

  private static void printTop(Map<String, long[]> before, Map<String, long[]> after, int copies) {
    List<Map.Entry<String, long[]>> grown = new ArrayList<>();
    after.forEach((name, now) -> {
      long[] was = before.getOrDefault(name, new long[2]);
      grown.add(Map.entry(name, new long[] {now[0] - was[0], now[1] - was[1]}));
    });
    grown.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
    System.out.println("  per document, by class (top 12):");
    for (Map.Entry<String, long[]> e : grown.subList(0, Math.min(12, grown.size()))) {
      System.out.printf(Locale.ROOT, "    %,10.0f B  %,8.1f objects  %s%n",
          e.getValue()[1] / (double) copies, e.getValue()[0] / (double) copies, e.getKey());
    }
  }
}
