package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** «attended the meeting on behalf of Chile»: whom one acts for ends a name, as «on the sidelines of» does. */
final class EnglishOnBehalfOfTest {

  @Test
  void onBehalfOfAfterABareMeetingNamesNoEvent() {
    // GIVEN a summit named once, then «the meeting» a minister attended on behalf of his state
    String text = "Joint Press Statement of the 5th Andean-Nordic Summit\n\n"
        + "1. The 5th Andean-Nordic Summit took place in Oslo on 3 May 2019. The Foreign Minister of Chile"
        + " attended the meeting on behalf of Chile.\n";
    // WHEN it is parsed
    Document doc = Parser.english().parse("on-behalf-of", text);
    // THEN the summit is the one event: «meeting on behalf of Chile» is none
    String names = doc.events().stream().map(Event::name).collect(Collectors.joining("; "));
    assertEquals("5th Andean-Nordic Summit", names);
  }
}
