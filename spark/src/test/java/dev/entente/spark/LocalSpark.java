package dev.entente.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/** The one local Spark session of the test JVM (starting one takes seconds), and the seeds. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession session() {
    return Holder.SESSION;
  }

  /** The seed texts of the parser's tests, in name order. */
  static List<Path> seeds() {
    Path dir = Path.of(System.getProperty("entente.seeds", "../parser/src/test/resources/seeds"));
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the seeds in " + dir.toAbsolutePath(), e);
    }
  }

  /** A short real document (2 KB) of the parser's tests. */
  static Path shortDocument() {
    return Path.of(System.getProperty("entente.own", "../parser/src/test/resources/own"), "ru-uz-joint-statement.txt");
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Holder {
    static final SparkSession SESSION = SparkSession.builder()
        .master("local[2]")
        .appName("entente-spark-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }
}
