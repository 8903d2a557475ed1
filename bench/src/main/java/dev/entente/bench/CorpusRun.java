package dev.entente.bench;

import java.nio.file.Path;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the {@link CorpusBenchmark}s in this JVM, so that the 100,000 documents are made once (tens
 * of seconds on 2 cores) rather than once per benchmark: first the queries with the given JMH
 * options, their corpus indexed in set-up (which also warms the indexing code), then the same
 * queries in CPU time on that corpus ({@link CorpusCpu}), then two single shots of the corpus
 * build. Give the heap on the java command line, since nothing is forked.
 *
 * <p>Usage: {@code java -Xms8g -Xmx8g -cp benchmarks.jar dev.entente.bench.CorpusRun OUT_DIR
 * -p documents=100000 -wi 3 -w 2s -i 5 -r 2s}
 */
public final class CorpusRun {
  private CorpusRun() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    String[] jmh = java.util.Arrays.copyOfRange(args, 1, args.length);
    Options given = new CommandLineOptions(jmh);
    new Runner(new OptionsBuilder().parent(given)
        .include("CorpusBenchmark\\.(statements|events|mechanisms)(FirstPage|Count)?$")
        .forks(0)
        .resultFormat(ResultFormatType.JSON)
        .result(out.resolve("queries.json").toString())
        .build()).run();
    CorpusCpu.measure(CorpusBenchmark.cachedCorpus(), 5, out.resolve("corpus-cpu.properties"));
    new Runner(new OptionsBuilder().parent(given)
        .include("CorpusBenchmark\\.build$")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(2)
        .resultFormat(ResultFormatType.JSON)
        .result(out.resolve("build.json").toString())
        .build()).run();
  }
}
