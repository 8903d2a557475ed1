package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A title that names its author's seat («Заявление Посольства A в B»): the state after the locative
 * preposition is where the author sits, not an author. Texts written for these tests.
 */
final class TitlePlaceIsNoAuthorTest {

  @Test
  void anEmbassysStatement_theHostStateIsNoSide() {
    // GIVEN an embassy's statement whose body names no sides of its own
    Document doc = Parser.russian().parse("ru-test", "Заявление Посольства Российской Федерации в Республике Индонезия\n\n"
        + "Посольство выражает глубокие соболезнования в связи с наводнением.\n");
    // THEN only the embassy's state speaks
    assertEquals(List.of("RU"), sorted(doc.signatories()));
  }

  @Test
  void aMissionsStatement_theHostStateIsNoSide() {
    Document doc = Parser.russian().parse("ru-test", "Заявление Постоянного представительства Республики Казахстан в Австрии\n\n"
        + "Представительство напоминает о порядке аккредитации журналистов.\n");
    assertEquals(List.of("KZ"), sorted(doc.signatories()));
  }
}
