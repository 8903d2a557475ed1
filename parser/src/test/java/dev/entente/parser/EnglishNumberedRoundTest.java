package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * «the Fifth Round of the Six-Party Talks»: an ordinal counts meetings; an initiative of a plain head («Round»,
 * «Initiative») so numbered names none, while a numbered international decade still names one.
 */
final class EnglishNumberedRoundTest {
  private static final String HEAD = "Joint Statement by Japan and Mongolia\n\nTokyo, 20 March 2024\n\n";

  private static Document parse(String body) {
    return Parser.english().parse("round", HEAD + body + "\n");
  }

  @Test
  void numberedRoundIsNoInitiative() {
    // GIVEN
    Document doc = parse("The two sides welcomed the progress made at the Fifth Round of the Six-Party Talks in Beijing.");
    // THEN
    String names = doc.initiatives().stream().map(Initiative::name).collect(Collectors.joining("; "));
    assertTrue(doc.initiatives().stream().noneMatch(i -> i.name().contains("Round")), names);
  }

  @Test
  void numberedDecadeStaysAnInitiative() {
    // GIVEN
    Document doc = parse("The two sides support the Third International Decade for the Eradication of Colonialism.");
    // THEN
    String names = doc.initiatives().stream().map(Initiative::name).collect(Collectors.joining("; "));
    assertTrue(doc.initiatives().stream().anyMatch(i -> i.name().contains("Decade")), names);
  }
}
