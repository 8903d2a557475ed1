package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Armenian and Georgian given names as English texts write them: each opens a person's name, with no
 * title before it. Every text is written for these tests.
 */
final class EnglishCaucasusGivenNamesTest {
  private static final Parser ENGLISH = Parser.english();

  @Test
  void armenianAndGeorgianGivenNames_openPeoplesNames() {
    Document doc = ENGLISH.parse("Joint Statement\n\nOn 12 March 2024 in Yerevan, Ashot Hakobyan, Foreign Minister of"
        + " Armenia, held talks with Vakhtang Beridze, Foreign Minister of Georgia.\n\n"
        + "The sides discussed bilateral cooperation.\n");
    List<String> names = doc.participants().stream().map(p -> p.name()).sorted().toList();
    assertEquals(List.of("Ashot Hakobyan", "Vakhtang Beridze"), names);
  }
}
