package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The states a mission's or office's name places it in («United Nations Mission in Liberia»,
 * «Временные силы ООН в Ливане») are mentioned as well as the organisation; a region in such a name
 * («Conference on Security and Co-operation in Europe») is no state. Sentences written for the test.
 */
final class StatesOfOperationTest {

  @Test
  void aMissionNamesTheStatesItWorksIn() {
    Document doc = Parser.english().parse("mission", "Joint Statement of Australia and Nigeria\n\n"
        + "1. The Prime Minister praised the troops that Nigeria sent to the United Nations Mission in Liberia "
        + "and to the United Nations Military Observer Group in India and Pakistan.\n");
    assertEquals(List.of("AU", "IN", "LR", "NG", "PK"), Ids.states(doc));
  }

  @Test
  void aRussianMissionNamesTheStateItWorksIn() {
    Document doc = Parser.russian().parse("mission", "Совместное заявление Российской Федерации и Индонезии\n\n"
        + "1. Стороны высоко оценили вклад Временных сил ООН в Ливане в поддержание мира.\n");
    assertEquals(List.of("ID", "LB", "RU"), Ids.states(doc));
  }

  @Test
  void aRegionInAnOrganisationsName_isNoState() {
    Document doc = Parser.english().parse("region", "Joint Statement of Austria and Italy\n\n"
        + "1. Both countries support the work of the Organization for Security and Co-operation in Europe.\n");
    assertEquals(List.of("AT", "IT"), Ids.states(doc));
  }
}
