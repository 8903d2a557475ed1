package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import dev.entente.parser.input.DocumentIds;

/**
 * Fuzzes reading bytes as archives hold them ({@link Parser#parse(byte[], String)}: decoding,
 * HTML reduction, then the parse): for any bytes, the input is refused with an
 * {@link EntenteException} or gives a document that satisfies {@link Invariants}, and the same
 * bytes under any file name give a valid id.
 *
 * <p>In the default build this replays the inputs stored in
 * {@code src/test/resources/dev/entente/parser/InputFuzzTestInputs/parse_anyBytes/} (text in each
 * encoding the reader knows, a mixed file, a page, binary data); {@code mvn -B test -Pfuzz -pl
 * parser -am} fuzzes it for {@code maxDuration}.
 */
final class InputFuzzTest {
  private static final Parser PARSER = Parser.russian();

  @FuzzTest(maxDuration = "2m")
  void parse_anyBytes(byte[] bytes) {
    Document doc;
    try {
      doc = PARSER.parse(bytes, "Файл (1).txt");
    } catch (EntenteException refused) {
      assertFalse(refused.getMessage().isBlank(), "a refusal says why");
      return;
    }
    assertEquals(DocumentIds.of("Файл (1).txt"), doc.id());
    Invariants.checkDocument(doc, doc.text());
    assertEquals(doc, EntenteJson.fromJson(EntenteJson.toJson(doc)), "JSON round trip");
  }
}
