package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A declaration whose opening paragraph is its unnumbered point 1, the next ones numbered from «2.» (own text). */
final class UnnumberedFirstPointTest {
  @Test
  void pointsNumberedFromTwo_areClauses() {
    // GIVEN a summit declaration whose first paragraph carries no number
    Document doc = Parser.english().parse("en-test", "Declaration of the Tenth Summit\n"
        + "The Heads of State or Government of the member states met at the Tenth Summit in Lima on 3 May 2011.\n"
        + "2. The Heads of State or Government welcomed the new members of the Association.\n"
        + "3. They agreed to strengthen cooperation in trade, energy and transport.\n");
    // THEN the numbered points are clauses 2 and 3
    assertEquals(List.of("2", "3"), doc.clauses().stream().filter(c -> c.number().isPresent())
        .map(c -> c.number().orElseThrow()).toList());
  }

  @Test
  void aLoneTwo_withoutAParagraphBefore_isNoClause() {
    // GIVEN a text that opens with «2.» and nothing before it
    Document doc = Parser.english().parse("en-test", "2. The Parties welcomed the new members of the Association.\n");
    // THEN it is not taken for a numbered clause
    assertEquals(0, doc.clauses().stream().filter(c -> c.number().isPresent()).count());
  }
}
