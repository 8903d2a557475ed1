package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A news page whose lead reports that two states drafted a joint text («разработали», «подготовили проект»), as
 * «выработали» does: the subject's states are its sides. Every text is written for these tests.
 */
final class DraftedJointTextTest {
  @Test
  void russianNewsPage_statesDraftedADeclaration_areSides() {
    // GIVEN a lead that two states have drafted a joint declaration, told by a third state's minister
    Document doc = Parser.russian().parse("ru-test", "Сербия и Хорватия разработали проект совместной декларации о"
        + " правах меньшинств. Об этом журналистам сообщил министр иностранных дел Австрии.\n\nТекст пока не"
        + " опубликован.\n");
    // THEN the two drafting states are the sides
    assertEquals(List.of("HR", "RS"), sorted(doc.signatories()));
  }

  @Test
  void russianNewsPage_statesPreparedADraftStatement_areSides() {
    // GIVEN «подготовили проект совместного заявления»
    Document doc = Parser.russian().parse("ru-test", "Грузия и Армения подготовили проект совместного заявления по"
        + " итогам переговоров, передает корреспондент агентства.\n\nДокумент подпишут в марте.\n");
    // THEN the two states are its sides
    assertEquals(List.of("AM", "GE"), sorted(doc.signatories()));
  }
}
