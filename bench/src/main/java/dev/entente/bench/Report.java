package dev.entente.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Turns JMH's JSON results ({@code -rf json}) and the harnesses' {@code .properties} files into one
 * Markdown report: raw scores with MB/s, and each goal of issue 7 with its measured figure and
 * verdict. Parse throughput is also given as a ratio to the word-splitting baseline of the same
 * run, which is what stays comparable across machines.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.entente.bench.Report results/*.json results/*.properties}
 */
public final class Report {
  /** One JMH result. */
  static final class Row {
    final String benchmark;
    final String mode;
    final int threads;
    final Map<String, String> params;
    final double score;
    final double error;
    final String unit;
    final Map<String, Double> percentiles;

    Row(String benchmark, String mode, int threads, Map<String, String> params, double score,
        double error, String unit, Map<String, Double> percentiles) {
      this.benchmark = benchmark;
      this.mode = mode;
      this.threads = threads;
      this.params = params;
      this.score = score;
      this.error = error;
      this.unit = unit;
      this.percentiles = percentiles;
    }

    String param(String name) {
      return params.getOrDefault(name, "");
    }
  }

  private final List<Row> rows = new ArrayList<>();
  private final Properties extra = new Properties();
  private final StringBuilder out = new StringBuilder();

  public static void main(String[] args) throws IOException {
    Report report = new Report();
    for (String arg : args) {
      report.add(Path.of(arg));
    }
    System.out.print(report.render());
  }

  void add(Path file) throws IOException {
    if (file.toString().endsWith(".properties")) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        extra.load(r);
      }
      return;
    }
    JsonNode results = new ObjectMapper().readTree(file.toFile());
    for (JsonNode r : results) {
      Map<String, String> params = new LinkedHashMap<>();
      r.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
      JsonNode metric = r.path("primaryMetric");
      Map<String, Double> percentiles = new LinkedHashMap<>();
      metric.path("scorePercentiles").properties()
          .forEach(e -> percentiles.put(e.getKey(), e.getValue().asDouble()));
      String name = r.path("benchmark").asText();
      rows.add(new Row(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1),
          r.path("mode").asText(), r.path("threads").asInt(), params,
          metric.path("score").asDouble(), metric.path("scoreError").asDouble(Double.NaN),
          metric.path("scoreUnit").asText(), percentiles));
    }
  }

  String render() {
    out.append("| benchmark | params | threads | mode | score ± error | unit | MB/s | MB/s per thread |"
        + " × baseline |\n|---|---|---|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      long bytes = bytesPerOp(r);
      String mbs = "";
      String perThread = "";
      String ratio = "";
      if (bytes > 0 && r.unit.equals("ops/s")) {
        double mb = r.score * bytes / 1e6;
        mbs = fmt(mb);
        perThread = fmt(mb / r.threads);
        if (r.benchmark.startsWith("ParseBenchmark.parse")) {
          ratio = baseline(r).map(b -> fmt(r.score / b.score)).orElse("");
        }
      } else if (bytes > 0 && r.unit.equals("ms/op")) {
        mbs = fmt(bytes / 1e6 / (r.score / 1e3));
        perThread = mbs;
      }
      String score = fmt(r.score) + (Double.isNaN(r.error) ? "" : " ± " + fmt(r.error));
      if (r.mode.equals("sample")) {
        score = "p50 " + fmt(p(r, "50.0")) + ", p99 " + fmt(p(r, "99.0")) + ", mean " + score;
      }
      out.append(String.format("| %s | %s | %d | %s | %s | %s | %s | %s | %s |%n", r.benchmark,
          r.params.isEmpty() ? "" : r.params.toString(), r.threads, r.mode, score, r.unit, mbs,
          perThread, ratio));
    }
    out.append('\n');
    goals();
    return out.toString();
  }

  private void goals() {
    out.append("| goal | measured | verdict |\n|---|---|---|\n");
    find("ParseBenchmark.parse", 1, "mixed").ifPresent(p -> {
      double mb = p.score * bytesPerOp(p) / 1e6;
      baseline(p).ifPresent(b -> goal("parse ≥ 1/10 of baseline (mixed, 1 thread)",
          String.format(Locale.ROOT, "%.3f of baseline (%s vs %s MB/s)", p.score / b.score,
              fmt(mb), fmt(b.score * bytesPerOp(b) / 1e6)),
          p.score / b.score >= 0.1));
      goal("parse ≥ 20 MB/s per core (mixed)", fmt(mb) + " MB/s", mb >= 20);
      find("ParseBenchmark.parse_2t", 2, "mixed").ifPresent(p2 -> goal(
          "2 threads ≥ 1.8× one thread", fmt(p2.score / p.score) + "×", p2.score / p.score >= 1.8));
    });
    if (extra.containsKey("cpu.mixed.parse")) {
      double parse = Double.parseDouble(extra.getProperty("cpu.mixed.parse"));
      double base = Double.parseDouble(extra.getProperty("cpu.mixed.baseline"));
      goal("parse ≥ 20 MB per CPU-second (mixed; CpuThroughput, process CPU incl. GC)",
          String.format(Locale.ROOT, "%s MB/CPU-s (thread alone %s); baseline %s MB/CPU-s;"
              + " ratio %.4f", fmt(parse), fmt(Double.parseDouble(
                  extra.getProperty("cpu.mixed.parse.thread"))), fmt(base), parse / base),
          parse >= 20);
      goal("parse ≥ 1/10 of baseline per CPU-second (mixed)",
          String.format(Locale.ROOT, "%.4f", parse / base), parse / base >= 0.1);
      if (extra.containsKey("cpu.en.parse.chars")) {
        double english = Double.parseDouble(extra.getProperty("cpu.en.parse"));
        double englishChars = Double.parseDouble(extra.getProperty("cpu.en.parse.chars"));
        double russianChars = Double.parseDouble(extra.getProperty("cpu.mixed.parse.chars"));
        goal("English parse ≥ Russian per CPU-second, per character (en vs mixed; CpuThroughput)",
            String.format(Locale.ROOT, "%s vs %s million chars/CPU-s (%.2f×); per MB of UTF-8 %s vs"
                + " %s MB/CPU-s (%.2f×: a Cyrillic letter is two bytes)", fmt(englishChars),
                fmt(russianChars), englishChars / russianChars, fmt(english), fmt(parse),
                english / parse), englishChars >= russianChars);
      }
    }
    find("LatencyBenchmark.parse", 1, "000").ifPresent(l -> goal(
        "p99 of a 30 KB document < 10 ms warm",
        "p99 " + fmt(p(l, "99.0")) + " ms (p50 " + fmt(p(l, "50.0")) + ")", p(l, "99.0") < 10));
    for (String seed : Seeds.names()) {
      String key = "heap." + seed + ".";
      if (extra.containsKey(key + "modelBytes")) {
        double text = Double.parseDouble(extra.getProperty(key + "textBytes"));
        double model = Double.parseDouble(extra.getProperty(key + "modelBytes"));
        goal("retained model ≤ 3× text size (seed " + seed + ")", String.format(Locale.ROOT,
            "model %.2f× the text (%,.0f B on %,.0f B); whole document with its text %.2f×",
            model / text, model, text, (model + text) / text), model / text <= 3);
      }
    }
    for (String query : new String[] {"statements", "events", "mechanisms"}) {
      find("CorpusBenchmark." + query, 1, null).ifPresent(q -> goal(
          "indexed query p50 < 1 ms at " + q.param("documents") + " docs: " + query
              + (query.equals("mechanisms") ? " (countByKind)" : " (toList, every item read)"),
          "p50 " + fmt(micros(q, "50.0")) + " µs, p99 " + fmt(micros(q, "99.0")) + " µs"
              + cpu(query), micros(q, "50.0") < 1000));
    }
    for (String query : new String[] {"statements", "events"}) {
      for (String[] way : new String[][] {{"FirstPage", "first 20 results (limit(20).toList())"},
          {"Count", "count()"}}) {
        find("CorpusBenchmark." + query + way[0], 1, null).ifPresent(q -> goal(
            way[1] + " p50 ≤ 50 µs at " + q.param("documents") + " docs: " + query,
            "p50 " + fmt(micros(q, "50.0")) + " µs, p99 " + fmt(micros(q, "99.0")) + " µs"
                + cpu(query + way[0]), micros(q, "50.0") <= 50));
      }
    }
    find("CorpusBenchmark.build", 1, null).ifPresent(b -> goal(
        "(no goal) corpus build, " + b.param("documents") + " docs",
        fmt(b.score / 1e3) + " s", true));
    for (String shape : new String[] {"concat", "clauses"}) {
      growth(shape);
    }
    json();
    cli();
  }

  private void growth(String shape) {
    List<Row> growth = new ArrayList<>();
    rows.stream().filter(r -> r.benchmark.equals("GrowthBenchmark.parse")
        && r.param("shape").equals(shape)).forEach(growth::add);
    if (growth.isEmpty()) {
      return;
    }
    // The largest input against the cheapest per MB of the smaller ones: 1× alone carries the
    // fixed cost per document, so comparing with it would hide a superlinear stage.
    StringBuilder s = new StringBuilder();
    double best = Double.MAX_VALUE;
    double last = 0;
    for (int i = 0; i < growth.size(); i++) {
      Row g = growth.get(i);
      double msPerMb = g.score / (bytesPerOp(g) / 1e6);
      s.append(g.param("times")).append("×: ").append(fmt(msPerMb)).append(" ms/MB; ");
      if (i < growth.size() - 1) {
        best = Math.min(best, msPerMb);
      }
      last = msPerMb;
    }
    goal("linear growth, " + shape + " (largest input within 1.5× of the best smaller one per MB)",
        s.toString().trim(), last <= 1.5 * best);
  }

  private void json() {
    for (String dir : new String[] {"export", "import_"}) {
      find("JsonBenchmark." + dir, 1, null).ifPresent(j -> goal("(no goal) JSON " + dir,
          fmt(j.score) + " docs/s = " + fmt(j.score * bytesPerOp(j) / 1e6) + " MB/s of JSON", true));
    }
  }

  /** The command line's rows (bench/cli.sh): per JDK, the launcher and java -jar, one seed and the folder. */
  private void cli() {
    for (String jdk : extra.getProperty("cli.jdks", "").split(" ")) {
      for (String how : new String[] {"launcher", "jar"}) {
        String command = how.equals("launcher") ? "cli/target/entente" : "java -jar";
        String key = "cli." + jdk + "." + how;
        if (extra.containsKey(key + ".seed.wall")) {
          double wall = Double.parseDouble(extra.getProperty(key + ".seed.wall"));
          goal((how.equals("launcher") ? "CLI cold parse of one seed < 0.3 s wall, " : "(no goal) CLI cold parse of one seed, ")
              + command + ", JDK " + jdk, cliRun(key + ".seed", 0), wall < 0.3);
        }
        if (extra.containsKey(key + ".folder.wall")) {
          double bytes = Double.parseDouble(extra.getProperty("cli.folder.bytes"));
          double wall = Double.parseDouble(extra.getProperty(key + ".folder.wall"));
          String folder = "CLI over the " + extra.getProperty("cli.folder.files") + "-file seed folder";
          goal((how.equals("launcher") ? folder + " ≥ 20 MB/s" : "(no goal) " + folder) + ", JVM start included, "
              + command + ", JDK " + jdk,
              cliRun(key + ".folder", bytes), bytes / 1e6 / wall >= 20);
        }
      }
    }
  }

  /** Wall and CPU time of one CLI measurement; with {@code bytes}, as MB/s and MB per CPU-second too. */
  private String cliRun(String key, double bytes) {
    double wall = Double.parseDouble(extra.getProperty(key + ".wall"));
    double cpu = Double.parseDouble(extra.getProperty(key + ".cpu"));
    String rates = bytes > 0 ? String.format(Locale.ROOT, "%s MB/s (%s MB per CPU-second); ", fmt(bytes / 1e6 / wall),
        fmt(bytes / 1e6 / cpu)) : "";
    return String.format(Locale.ROOT, "%s%.2f s wall (median; runs %s), CPU %.2f s (runs %s), max RSS %s KB",
        rates, wall, extra.getProperty(key + ".wall.all"), cpu, extra.getProperty(key + ".cpu.all"),
        extra.getProperty(key + ".rss"));
  }

  private void goal(String goal, String measured, boolean met) {
    out.append(String.format("| %s | %s | %s |%n", goal, measured,
        goal.startsWith("(no goal)") ? "" : met ? "met" : "**missed**"));
  }

  private Optional<Row> find(String benchmark, int threads, String input) {
    return rows.stream().filter(r -> r.benchmark.equals(benchmark) && r.threads == threads
        && (input == null || r.param("input").equals(input))).findFirst();
  }

  /** The baseline of the same input and thread count, from the same run. */
  private Optional<Row> baseline(Row parse) {
    String name = parse.benchmark.replace(".parse", ".baseline");
    return find(name, parse.threads, parse.param("input"));
  }

  /** Input bytes that one operation of {@code r} reads, or 0 when MB/s means nothing for it. */
  static long bytesPerOp(Row r) {
    if (r.benchmark.startsWith("ParseBenchmark.") || r.benchmark.startsWith("LatencyBenchmark.")) {
      return Seeds.inputBytes(r.param("input"));
    }
    if (r.benchmark.startsWith("GrowthBenchmark.")) {
      return Seeds.utf8Bytes(
          GrowthBenchmark.text(r.param("shape"), Integer.parseInt(r.param("times"))));
    }
    if (r.benchmark.startsWith("JsonBenchmark.")) {
      return JsonBenchmark.jsonBytes(r.param("input"));
    }
    return 0;
  }

  /** The CPU time of a corpus query measured by {@link CorpusCpu}, if this run has it. */
  private String cpu(String query) {
    String figures = extra.getProperty("query.cpu." + query);
    if (figures == null) {
      return "";
    }
    String[] f = figures.split(" ");
    return "; CPU " + f[0] + " µs (" + f[1] + "–" + f[2] + ")";
  }

  /** A percentile of a sampled benchmark in microseconds, whatever unit JMH reported it in. */
  private static double micros(Row r, String percentile) {
    double scale = r.unit.startsWith("ms/") ? 1e3 : r.unit.startsWith("ns/") ? 1e-3
        : r.unit.startsWith("s/") ? 1e6 : 1;
    return p(r, percentile) * scale;
  }

  private static double p(Row r, String percentile) {
    return r.percentiles.getOrDefault(percentile, Double.NaN);
  }

  static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "?";
    }
    double a = Math.abs(v);
    String pattern = a >= 1000 ? "%,.0f" : a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, pattern, v);
  }
}
