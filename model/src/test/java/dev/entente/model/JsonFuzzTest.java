package dev.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link EntenteJson#fromJson}: for any string, reading either gives a document that writes
 * back to an equal document, or fails with an {@link IllegalArgumentException} — never another
 * exception, a stack overflow or a half-built model.
 *
 * <p>In the default build this runs as a regression test over the inputs stored in
 * {@code src/test/resources/dev/entente/model/JsonFuzzTestInputs/fromJson_anyString/} (valid
 * documents, their truncations and mutations, and every finding kept so far). {@code mvn -B test
 * -Pfuzz -pl model} fuzzes it for {@code maxDuration}.
 */
final class JsonFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void fromJson_anyString(FuzzedDataProvider data) {
    String json = data.consumeRemainingAsString();
    Document doc;
    try {
      doc = EntenteJson.fromJson(json);
    } catch (IllegalArgumentException expected) {
      return;
    }
    // A document that was accepted satisfies the model's invariants: it round-trips.
    assertEquals(doc, EntenteJson.fromJson(EntenteJson.toJson(doc)));
  }
}
