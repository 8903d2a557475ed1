package dev.entente.bench;

import dev.entente.parser.Parser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse throughput per input against the word-splitting baseline over the same text. One
 * operation reads the whole input ({@code mixed}: every seed once; {@code en}: the English text,
 * with the English parser), so MB/s = ops/s × input bytes, which {@link Report} computes. The {@code _2t} variants run two threads on one shared,
 * thread-safe parser.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {
  @Param({"000", "004", "mixed", Seeds.ENGLISH})
  public String input;

  private Parser parser;
  private List<String> texts;

  @Setup
  public void setUp() {
    parser = Seeds.parserFor(input);
    texts = Seeds.texts(input);
  }

  @Benchmark
  @Threads(1)
  public void baseline(Blackhole bh) {
    for (String text : texts) {
      bh.consume(Words.split(text, bh::consume));
    }
  }

  @Benchmark
  @Threads(1)
  public void parse(Blackhole bh) {
    for (int i = 0; i < texts.size(); i++) {
      bh.consume(parser.parse("doc-" + i, texts.get(i)));
    }
  }

  @Benchmark
  @Threads(2)
  public void baseline_2t(Blackhole bh) {
    baseline(bh);
  }

  @Benchmark
  @Threads(2)
  public void parse_2t(Blackhole bh) {
    parse(bh);
  }
}
