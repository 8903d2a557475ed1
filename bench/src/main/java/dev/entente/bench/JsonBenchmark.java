package dev.entente.bench;

import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
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
 * JSON export ({@link EntenteJson#toJson}) and import ({@link EntenteJson#fromJson}, which also runs
 * every model check) of one parsed seed; {@link Report} gives MB/s of JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonBenchmark {
  @Param({"000"})
  public String input;

  private Document document;
  private String json;

  @Setup
  public void setUp() {
    Seeds.Seed seed = Seeds.named(input);
    document = Parser.russian().parse(seed.id(), seed.text);
    json = EntenteJson.toJson(document);
  }

  @Benchmark
  public String export() {
    return EntenteJson.toJson(document);
  }

  @Benchmark
  public Document import_() {
    return EntenteJson.fromJson(json);
  }

  /** UTF-8 bytes of the JSON of input {@code name}, for MB/s. */
  static long jsonBytes(String name) {
    Seeds.Seed seed = Seeds.named(name);
    return Seeds.utf8Bytes(EntenteJson.toJson(Parser.russian().parse(seed.id(), seed.text)));
  }
}
