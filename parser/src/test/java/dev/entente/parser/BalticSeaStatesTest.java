package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «государства Балтии» are the three Baltic states (groups.tsv); «государства Балтийского моря» are the
 * states around the sea, a council's name, and stand for none of the three. Texts written for these tests.
 */
final class BalticSeaStatesTest {

  @Test
  void theStatesOfTheBalticSea_inAChairsHeading_areNotTheBalticStates() {
    // GIVEN a chair's declaration whose heading names the meeting of the heads of the Baltic Sea states
    Document doc = Parser.russian().parse("ru-test", "ДЕКЛАРАЦИЯ ПРЕДСЕДАТЕЛЯ ВСТРЕЧИ\nГЛАВ ПРАВИТЕЛЬСТВ ГОСУДАРСТВ"
        + " БАЛТИЙСКОГО МОРЯ\n\nПредседатель отметил успехи регионального сотрудничества в области энергетики.\n");
    // THEN Estonia, Latvia and Lithuania are no sides by that name
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void theLeadersOfTheBalticStates_areTheThreeStates() {
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление\n\nЛидеры государств Балтии заявляют о поддержке"
        + " энергетической безопасности региона.\n");
    assertEquals(List.of("EE", "LT", "LV"), sorted(doc.signatories()));
  }
}
