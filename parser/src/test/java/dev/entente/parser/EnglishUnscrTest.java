package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Initiative;
import dev.entente.model.InitiativeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** «UNSCR 1540»: the abbreviation of a Security Council resolution heads a resolution's name. On a text written for this test. */
final class EnglishUnscrTest {
  private static final Parser PARSER = Parser.english();

  @Test
  void unscrWithItsNumber_isAResolution() {
    List<Initiative> found = PARSER.parse("en-unscr", "Joint Statement\n\n"
        + "The Ministers urged all States to comply with UNSCR 1540 without delay.\n").initiatives();
    assertTrue(found.stream().anyMatch(i -> i.name().equals("UNSCR 1540") && i.kind() == InitiativeKind.RESOLUTION),
        found.toString());
  }
}
