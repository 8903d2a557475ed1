package dev.entente.bench;

import dev.entente.model.Document;
import dev.entente.parser.Parser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Per-document parse latency, warm, sampled: JMH reports p50, p90, p99, p99.9 and max. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LatencyBenchmark {
  /** Seed 000 is the ~30 KB one. */
  @Param({"000"})
  public String input;

  private Parser parser;
  private Seeds.Seed seed;

  @Setup
  public void setUp() {
    parser = Parser.russian();
    seed = Seeds.named(input);
  }

  @Benchmark
  public Document parse() {
    return parser.parse(seed.id(), seed.text);
  }
}
