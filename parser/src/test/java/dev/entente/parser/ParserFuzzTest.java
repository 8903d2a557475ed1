package dev.entente.parser;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link Parser#parse(String, String)}: for any string, parse returns and the document
 * satisfies {@link Invariants} (spans inside the input covering their text, segments tiling it,
 * JSON round trip, a second parse equal).
 *
 * <p>In the default build this runs as a regression test over the inputs stored in
 * {@code src/test/resources/dev/entente/parser/ParserFuzzTestInputs/parse_anyString/}: excerpts
 * of the two seed documents, adversarial snippets, and every finding kept so far. {@code mvn -B
 * test -Pfuzz -pl parser -am} fuzzes it for {@code maxDuration}.
 */
final class ParserFuzzTest {
  private static final Parser PARSER = Parser.russian();

  @FuzzTest(maxDuration = "2m")
  void parse_anyString(FuzzedDataProvider data) {
    Invariants.check(PARSER, data.consumeRemainingAsString());
  }
}
