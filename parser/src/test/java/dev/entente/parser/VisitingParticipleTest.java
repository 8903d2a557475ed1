package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A visit's head written as a participle («visiting») tells a visit only with the place visited right after it.
 * Sentences written for this test.
 */
final class VisitingParticipleTest {
  private static final Parser ENGLISH = Parser.english();

  @Test
  void visitingAsAnAdjective_orWithoutAPlace_isNoVisit() {
    Document doc = ENGLISH.parse("en-visiting", "Joint Statement of Canada and the Republic of Chile\n\nOttawa, 10 June 2025\n\n"
        + "1. The Leaders welcomed the entry into force of the Status of Visiting Forces Agreement. They welcomed efforts"
        + " to increase the numbers of Canadians and Chileans visiting each other's country.\n\n2. The President is"
        + " visiting Canada from 9 to 11 June at the invitation of the Governor General.\n");
    assertEquals(List.of("visiting Canada"), doc.events().stream().map(Event::name).collect(Collectors.toList()));
  }
}
