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

/**
 * Whether parse time grows linearly with input: seed 000 made 1, 10 and 100 times longer, either
 * concatenated whole ({@code concat}, as the issue asks; the parser reads only the first copy as
 * the document and the rest as site wrapper) or with its clauses repeated inside one document
 * ({@code clauses}, which the parser must read in full). {@link Report} turns the average time
 * into ms per MB, which should stay flat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GrowthBenchmark {
  @Param({"1", "10", "100"})
  public int times;

  @Param({"concat", "clauses"})
  public String shape;

  private Parser parser;
  private String text;

  @Setup
  public void setUp() {
    parser = Parser.russian();
    text = text(shape, times);
  }

  @Benchmark
  public Document parse() {
    return parser.parse("growth-" + times, text);
  }

  static String text(String shape, int times) {
    switch (shape) {
      case "concat":
        return Seeds.repeated("000", times);
      case "clauses":
        return Seeds.clausesRepeated("000", times);
      default:
        throw new IllegalArgumentException("shape must be concat or clauses: " + shape);
    }
  }
}
