package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An office that supports or plans the parties' common work is a standing mechanism; an office alone is a
 * state's own. Sentences written for these tests.
 */
final class StandingOfficeTest {
  private static final Parser ENGLISH = Parser.english();

  @Test
  void aSupportOrPlanningOffice_isAMechanism_aStatesOfficeIsNot() {
    Document doc = ENGLISH.parse("en-office", "Joint Statement of Canada and the Republic of Chile\n\nOttawa, 10 June 2025\n\n"
        + "1. The Leaders agreed to explore establishing a regional support office to coordinate the work. The Military"
        + " Planning Office will report to the Council. The Prime Minister's Office and the Foreign Office will brief"
        + " the press.\n");
    assertEquals(List.of("regional support office", "Military Planning Office"),
        doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList()));
  }
}
