package dev.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import dev.entente.parser.Parser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The model is built with the project's Jackson, while Spark puts its own (2.21) first on a
 * cluster's class path: the model's JSON must still read back equal with Spark's version.
 */
final class SparkJacksonTest {
  @Test
  void jsonRoundTripIsIdentity_withSparksJackson() {
    // GIVEN Spark's Jackson on the class path, and a parsed seed
    assertEquals(2, PackageVersion.VERSION.getMajorVersion(), "Jackson major version");
    assertEquals(21, PackageVersion.VERSION.getMinorVersion(), "Jackson minor version Spark 4.2.0 ships");
    Path seed = LocalSpark.seeds().get(0);
    Document document = Parser.russian().parse("seed", LocalSpark.read(seed));

    // WHEN it is written as JSON and read back
    Document read = EntenteJson.fromJson(EntenteJson.toJson(document));

    // THEN it is the same document
    assertEquals(document, read);
  }
}
