package dev.entente.parser;

import static org.quicktheories.QuickTheory.qt;

import dev.entente.parser.AdversarialText.Family;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The parser on hostile input (issue 8): for every family of {@link AdversarialText}, parse
 * returns, every span lies inside the input and covers the text it claims, segments tile the
 * input, JSON round-trips, and a second parse gives an equal document ({@link Invariants}).
 *
 * <p>Each family gets {@code entente.property.tries / 20} examples (at least 15); the reliability
 * profile raises that to 500 each.
 */
final class AdversarialInputTest {
  private static final Parser PARSER = Parser.russian();
  private static final int TRIES = Math.max(15, Integer.getInteger("entente.property.tries", 300) / 20);

  static Gen<String> adversarialText(Family family) {
    return SourceDSL.longs().all().map(seed -> AdversarialText.generate(family, new Random(seed)));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Family.class)
  void everySpanCoversItsTextAndJsonRoundTrips(Family family) {
    qt().withExamples(TRIES).withShrinkCycles(50).forAll(adversarialText(family))
        .checkAssert(text -> Invariants.check(PARSER, text));
  }
}
