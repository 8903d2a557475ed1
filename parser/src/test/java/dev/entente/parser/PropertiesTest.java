package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import dev.entente.model.Mention;
import dev.entente.model.Segment;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of the parser on any input: no exception, every span inside the text and covering
 * what it claims, segments that tile the input, JSON that round-trips, the same result twice.
 */
final class PropertiesTest {
  private static final Parser PARSER = Parser.russian();
  private static final int TRIES = Integer.getInteger("entente.property.tries", 300);

  /** Text built from pieces of real documents, structure marks, markup and random Unicode. */
  static Gen<String> documentLikeText() {
    return SourceDSL.longs().all().map(seed -> DocumentLikeText.generate(new Random(seed)));
  }

  @Test
  void parseNeverThrowsAndSpansCoverTheirText() {
    qt().withExamples(TRIES).forAll(documentLikeText()).checkAssert(PropertiesTest::checkInvariants);
  }

  @Test
  void parseNeverThrowsOnArbitraryUnicode() {
    qt().withExamples(TRIES).forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 400))
        .checkAssert(PropertiesTest::checkInvariants);
  }

  @Test
  void parsingIsDeterministic() {
    qt().withExamples(Math.max(50, TRIES / 5)).forAll(documentLikeText())
        .checkAssert(text -> assertEquals(PARSER.parse("d", text), PARSER.parse("d", text)));
  }

  @Test
  void parse_null_isRefusedWithItsName() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> PARSER.parse((String) null));
    assertEquals("text == null", e.getMessage());
  }

  @Test
  void parse_aboveTheLimit_isRefusedWithTheSizes() {
    Parser small = Parser.builder().maxInputChars(10).build();
    EntenteException e = assertThrows(EntenteException.class, () -> small.parse("12345678901"));
    assertEquals(EntenteException.Reason.TOO_LARGE, e.reason());
    assertEquals("input of 11 chars is larger than the limit of 10 chars "
        + "(raise it with Parser.builder().maxInputChars(…))", e.getMessage());
  }

  static void checkInvariants(String text) {
    Document doc = PARSER.parse("d", text);
    assertEquals(text, doc.text());
    int next = 0;
    for (Segment segment : doc.segments()) {
      assertEquals(next, segment.start(), "segments tile the input");
      next = segment.end();
    }
    assertEquals(text.length(), next, "segments end at the end of the input");
    mentions(doc).forEach(m -> assertEquals(m.text(), m.span().coveredText(text)));
    Stream.concat(doc.preamble().stream(), doc.clauses().stream()).forEach(c -> {
      c.span().coveredText(text);
      c.statements().forEach(s -> s.span().coveredText(text));
    });
    assertEquals(doc, EntenteJson.fromJson(EntenteJson.toJson(doc)), "JSON round trip");
  }

  static Stream<Mention> mentions(Document doc) {
    return Stream.of(
        doc.parties().stream().flatMap(p -> p.mentions().stream()),
        doc.participants().stream().flatMap(p -> p.mentions().stream()),
        doc.initiatives().stream().flatMap(p -> p.mentions().stream()),
        doc.mechanisms().stream().flatMap(p -> p.mentions().stream()),
        doc.events().stream().flatMap(p -> p.mentions().stream())).flatMap(s -> s);
  }
}
