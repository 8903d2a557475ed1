package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * «the Task Force» after «the Canada-Mexico Clean Water Task Force (CWTF)»: where names end in their head, a
 * name that is a head phrase of two words alone is the one other body of its kind ending in that phrase.
 */
final class EnglishBareHeadPhraseTest {
  private static final String HEAD = "Joint Statement by Canada and Mexico\n\nOttawa, 12 May 2024\n\n";

  private static Document parse(String body) {
    return Parser.english().parse("bare-head", HEAD + body + "\n");
  }

  @Test
  void bareTaskForceIsTheNamedOne() {
    // GIVEN
    Document doc = parse("Canada and Mexico launched the Canada-Mexico Clean Water Task Force (CWTF) today. "
        + "The Task Force will report to the Ministers within six months.");
    // THEN
    String names = doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.joining("; "));
    assertEquals(1, doc.mechanisms().size(), names);
    assertEquals(2, doc.mechanisms().get(0).mentions().size(), names);
  }
}
