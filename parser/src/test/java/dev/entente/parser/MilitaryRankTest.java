package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A naval or air rank before a name («Commodore Josaia Voreqe Bainimarama», «Air Commodore …») is a
 * title, not the person's given name. Written for these tests.
 */
final class MilitaryRankTest {
  @Test
  void englishCommunique_commodoreBeforeAThreeWordName_isNoPartOfTheName() {
    // GIVEN a summit chaired by a prime minister who holds a naval rank
    Document doc = Parser.english().parse("en-test", "Communique of the Leaders Summit\n\n"
        + "3. The Summit was chaired by the Prime Minister of Fiji, Commodore Josaia Voreqe Bainimarama. Leaders in"
        + " attendance included the Prime Minister of Vanuatu, Hon. Meltek Sato Kilman Livtuvanu MP.\n");
    // THEN the person is named without the rank, surname included
    assertTrue(doc.participants().stream().anyMatch(p -> p.name().equals("Josaia Voreqe Bainimarama")),
        () -> doc.participants().toString());
  }
}
