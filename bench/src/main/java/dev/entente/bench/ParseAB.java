package dev.entente.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parse throughput of two or more builds of the parser, and of English against Russian, measured
 * interleaved in one JVM: separate-process runs of {@link CpuThroughput} swing by ±30 % on the
 * shared 2-core machine, because each process meets a different load, while builds measured in
 * alternation meet the same one. Each build (a {@code benchmarks.jar}, or any class path holding
 * the parser and its dependencies) is loaded in its own class loader; after a warm-up of all of
 * them, each round parses every input with every build in turn (the order rotating by round) and
 * times it by the thread's CPU time. Per input, each build's per-round throughput is divided by the
 * first build's in the same round, and the median ratio with its quartiles is reported; and per
 * build, each input's throughput is divided by the first input's (English over Russian), in MB of
 * UTF-8 and in characters, since Cyrillic takes two bytes per character and Latin one.
 *
 * <p>Inputs by default: {@code ru}, the two seeds ({@code mixed} of {@link ParseBenchmark}) with
 * {@code Parser.russian()}, and {@code en}, the English sample ({@code en}) with
 * {@code Parser.english()}; or {@code --input NAME=LANG:FILE,FILE...} (repeatable; LANG is the
 * factory: {@code ru} = {@code russian()}, {@code en} = {@code english()}). A build without the
 * factory (a build before English) skips that input, said in the output.
 *
 * <p>Usage: {@code java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp benchmarks.jar
 * dev.entente.bench.ParseAB [--warmup SECONDS] [--rounds N] [--passes N] [--input ...]
 * NAME=JAR[:JAR...] NAME=JAR ...}. Defaults: 30 s warm-up (the JIT compiles each build's parser
 * separately), 20 rounds, passes per round chosen in the warm-up so that one input takes about
 * 0.3 s of the first build.
 */
public final class ParseAB {
  private ParseAB() {}

  /** One build of the parser: a name and, per input, the bound parse method (null if absent). */
  private record Build(String name, Object[] parsers, Method[] parse) {}

  /** One input: its name, the factory's name, its texts and their sizes. */
  record Input(String name, String lang, List<String> texts, long bytes, long chars) {
    static Input of(String name, String lang, List<String> texts) {
      long bytes = 0;
      long chars = 0;
      for (String text : texts) {
        bytes += text.getBytes(StandardCharsets.UTF_8).length;
        chars += text.length();
      }
      return new Input(name, lang, List.copyOf(texts), bytes, chars);
    }
  }

  private static volatile Object sink;

  public static void main(String[] args) throws Exception {
    run(args, System.out);
  }

  static void run(String[] args, PrintStream out) throws Exception {
    double warmup = 30;
    int rounds = 20;
    int passes = 0;
    List<Input> inputs = new ArrayList<>();
    Map<String, String> builds = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--warmup" -> warmup = Double.parseDouble(value(args, ++i));
        case "--rounds" -> rounds = Integer.parseInt(value(args, ++i));
        case "--passes" -> passes = Integer.parseInt(value(args, ++i));
        case "--input" -> inputs.add(input(value(args, ++i)));
        default -> {
          int eq = args[i].indexOf('=');
          if (eq <= 0) {
            throw new IllegalArgumentException("expected NAME=JAR[:JAR...], got '" + args[i] + "'");
          }
          builds.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
      }
    }
    if (builds.isEmpty() || rounds < 1) {
      throw new IllegalArgumentException(
          "usage: ParseAB [--warmup S] [--rounds N] [--passes N] [--input NAME=LANG:FILE,...] NAME=JAR[:JAR...] ...");
    }
    if (inputs.isEmpty()) {
      inputs.add(Input.of("ru", "ru", Seeds.texts("mixed")));
      inputs.add(Input.of("en", "en", Seeds.texts(Seeds.ENGLISH)));
    }
    List<Build> loaded = new ArrayList<>();
    for (Map.Entry<String, String> build : builds.entrySet()) {
      loaded.add(load(build.getKey(), build.getValue(), inputs, out));
    }
    measure(loaded, inputs, warmup, rounds, passes, out);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  private static Input input(String spec) throws IOException {
    int eq = spec.indexOf('=');
    int colon = spec.indexOf(':', eq + 1);
    if (eq <= 0 || colon < 0) {
      throw new IllegalArgumentException("expected --input NAME=LANG:FILE,FILE..., got '" + spec + "'");
    }
    List<String> texts = new ArrayList<>();
    for (String file : spec.substring(colon + 1).split(",")) {
      texts.add(Files.readString(Path.of(file), StandardCharsets.UTF_8));
    }
    return Input.of(spec.substring(0, eq), spec.substring(eq + 1, colon), texts);
  }

  private static Build load(String name, String classPath, List<Input> inputs, PrintStream out)
      throws ReflectiveOperationException, MalformedURLException {
    String[] parts = classPath.split(File.pathSeparator);
    URL[] urls = new URL[parts.length];
    for (int k = 0; k < parts.length; k++) {
      Path path = Path.of(parts[k]);
      if (!Files.exists(path)) {
        throw new IllegalArgumentException("build " + name + ": no such file " + path);
      }
      urls[k] = path.toUri().toURL();
    }
    ClassLoader loader = new URLClassLoader(name, urls, ClassLoader.getPlatformClassLoader());
    Class<?> parser = Class.forName("dev.entente.parser.Parser", true, loader);
    Method parse = parser.getMethod("parse", String.class, String.class);
    Object[] parsers = new Object[inputs.size()];
    Method[] methods = new Method[inputs.size()];
    for (int i = 0; i < inputs.size(); i++) {
      String factory = switch (inputs.get(i).lang()) {
        case "ru" -> "russian";
        case "en" -> "english";
        default -> throw new IllegalArgumentException(
            "input " + inputs.get(i).name() + ": language must be ru or en, not " + inputs.get(i).lang());
      };
      try {
        parsers[i] = parser.getMethod(factory).invoke(null);
        methods[i] = parse;
      } catch (NoSuchMethodException e) {
        out.printf("%s has no Parser.%s(): input %s skipped for it%n", name, factory, inputs.get(i).name());
      }
    }
    return new Build(name, parsers, methods);
  }

  private static void parseAll(Build build, int input, List<String> texts, int passes)
      throws IllegalAccessException, InvocationTargetException {
    Object parser = build.parsers()[input];
    Method parse = build.parse()[input];
    for (int p = 0; p < passes; p++) {
      for (int t = 0; t < texts.size(); t++) {
        sink = parse.invoke(parser, "doc-" + t, texts.get(t));
      }
    }
  }

  private static void measure(List<Build> builds, List<Input> inputs, double warmup, int rounds,
      int fixedPasses, PrintStream out) throws ReflectiveOperationException {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    int b = builds.size();
    int n = inputs.size();
    long[] warmCpu = new long[n];
    long[] warmPasses = new long[n];
    long end = System.nanoTime() + (long) (warmup * 1e9);
    do {
      for (Build build : builds) {
        for (int i = 0; i < n; i++) {
          if (build.parse()[i] != null) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            parseAll(build, i, inputs.get(i).texts(), 1);
            if (build == builds.get(0)) {
              warmCpu[i] += threads.getCurrentThreadCpuTime() - cpu0;
              warmPasses[i]++;
            }
          }
        }
      }
    } while (System.nanoTime() < end);
    int[] passes = new int[n];
    long tid = Thread.currentThread().getId();
    double[][] allocation = new double[b][n];
    for (int i = 0; i < n; i++) {
      // The warm-up's early passes ran cold, so this overestimates a pass: fewer passes, never too many.
      double perPass = warmPasses[i] == 0 ? 1e9 : (double) warmCpu[i] / warmPasses[i];
      passes[i] = fixedPasses > 0 ? fixedPasses : (int) Math.max(1, Math.round(0.3e9 / perPass));
      for (int v = 0; v < b; v++) {
        if (builds.get(v).parse()[i] != null) {
          long bytes0 = threads.getThreadAllocatedBytes(tid);
          parseAll(builds.get(v), i, inputs.get(i).texts(), passes[i]);
          allocation[v][i] = (threads.getThreadAllocatedBytes(tid) - bytes0) / (double) passes[i];
        }
      }
    }
    double[][][] mbPerCpuSecond = new double[b][n][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < b; k++) {
          int v = (k + r) % b;
          if (builds.get(v).parse()[i] == null) {
            continue;
          }
          long cpu0 = threads.getCurrentThreadCpuTime();
          parseAll(builds.get(v), i, inputs.get(i).texts(), passes[i]);
          long cpu = Math.max(1, threads.getCurrentThreadCpuTime() - cpu0);
          mbPerCpuSecond[v][i][r] = passes[i] * inputs.get(i).bytes() / 1e6 / (cpu / 1e9);
        }
      }
    }
    out.printf(Locale.ROOT, "%d builds, %d rounds after a %.0f s warm-up; load average now %s%n", b, rounds,
        warmup, loadAverage());
    for (int i = 0; i < n; i++) {
      Input input = inputs.get(i);
      out.printf(Locale.ROOT, "input %s (%s, %d texts, %d bytes, %d chars, %d passes a round):%n", input.name(),
          input.lang(), input.texts().size(), input.bytes(), input.chars(), passes[i]);
      for (int v = 0; v < b; v++) {
        if (builds.get(v).parse()[i] == null) {
          continue;
        }
        double[] mb = mbPerCpuSecond[v][i];
        double[] sorted = sorted(mb);
        String ratio = builds.get(0).parse()[i] == null || v == 0 ? ""
            : "; /" + builds.get(0).name() + " " + summary(ratios(mb, mbPerCpuSecond[0][i]));
        out.printf(Locale.ROOT, "  %-12s MB per CPU-s %.2f [%.2f..%.2f], Mchar per CPU-s %.2f, %.2f MB allocated a pass%s%n",
            builds.get(v).name(), median(sorted), sorted[0], sorted[rounds - 1],
            median(sorted) * input.chars() / input.bytes(), allocation[v][i] / 1e6, ratio);
      }
    }
    for (int i = 1; i < n; i++) {
      Input first = inputs.get(0);
      Input input = inputs.get(i);
      out.printf("%s against %s, same build, same round (median [quartiles]):%n", input.name(), first.name());
      for (int v = 0; v < b; v++) {
        if (builds.get(v).parse()[0] == null || builds.get(v).parse()[i] == null) {
          continue;
        }
        double[] perMb = ratios(mbPerCpuSecond[v][i], mbPerCpuSecond[v][0]);
        double charsPerByte = ((double) input.chars() / input.bytes()) / ((double) first.chars() / first.bytes());
        double[] perChar = perMb.clone();
        for (int r = 0; r < perChar.length; r++) {
          perChar[r] *= charsPerByte;
        }
        out.printf(Locale.ROOT, "  %-12s per MB %s, per character %s%n", builds.get(v).name(), summary(perMb),
            summary(perChar));
      }
    }
  }

  static double[] ratios(double[] values, double[] reference) {
    double[] out = new double[values.length];
    for (int r = 0; r < values.length; r++) {
      out[r] = values[r] / reference[r];
    }
    return out;
  }

  /** «median [first quartile..third quartile]» of {@code values}, to three decimals. */
  static String summary(double[] values) {
    double[] s = sorted(values);
    return String.format(Locale.ROOT, "%.3f [%.3f..%.3f]", median(s), quantile(s, 0.25), quantile(s, 0.75));
  }

  static double median(double[] sorted) {
    return quantile(sorted, 0.5);
  }

  /** The {@code q}-quantile of sorted values, interpolated between neighbours. */
  static double quantile(double[] sorted, double q) {
    double at = q * (sorted.length - 1);
    int low = (int) Math.floor(at);
    int high = Math.min(sorted.length - 1, low + 1);
    return sorted[low] + (at - low) * (sorted[high] - sorted[low]);
  }

  private static double[] sorted(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    return s;
  }

  private static String loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", load);
  }
}
