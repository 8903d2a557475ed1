package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A communiqué under a press office's short heading lines whose subject lists heads of state by one
 * shared title («The Presidents of A, <name>; of B, <name>; …») before a verb of meeting and
 * numbered points. Every text is written for these tests.
 */
final class PresidentsOfSeveralStatesTest {
  @Test
  void presidentsSharingOneTitle_underShortHeadingLines_areAllSides() {
    // GIVEN short heading lines, then a subject of presidents named by one title and «of» after semicolons
    Document doc = Parser.english().parse("en-test", "Joint Communiqué of the Presidents\n\n"
        + "Tuesday, 4 May 2021\n\nPress Release No.:\n\n112/21\n\nPress Office\n\n"
        + "The Presidents of the Republic of Chile, Ana Pérez; of the Republic of Peru, Luis Gómez; as well as"
        + " the Vice-President of the Argentine Republic, Marta Díaz, gathered in Lima on 4 May 2021, on the"
        + " occasion of their regular summit:\n\n"
        + "1. Reaffirmed their commitment to regional integration.\n\n"
        + "2. Welcomed the progress of the customs union.\n");
    // THEN the three states adopt it
    assertEquals(List.of("AR", "CL", "PE"), sorted(doc.signatories()));
  }
}
