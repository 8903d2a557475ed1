package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A title whose kind of document goes on with an envoy («Заявление Постоянного представителя A при
 * ОБСЕ», «Заявление официального представителя МИД A») names the envoy as its author, who speaks for
 * the state; an envoy named elsewhere only attends. Every text is written for these tests.
 */
final class EnvoyAsAuthorTest {
  @Test
  void aPermanentRepresentativesStatement_isHisStates() {
    // GIVEN a ministry site's title: the statement of a state's envoy to an organisation, about a third state
    Document doc = Parser.russian().parse("Заявление Постоянного представителя Российской Федерации при ОБСЕ"
        + " в связи с ситуацией в Молдавии\n\n"
        + "Российская сторона призывает все стороны к сдержанности и продолжению диалога.\n");
    // THEN the envoy's state is the side, not the organisation he is accredited to nor the topic
    assertEquals(List.of("RU"), sorted(doc.signatories()));
  }

  @Test
  void aSpokespersonsStatement_isTheMinistrysState() {
    Document doc = Parser.russian().parse("Заявление официального представителя МИД России в связи с ситуацией вокруг Ирана\n\n"
        + "Мы с тревогой наблюдаем за эскалацией напряженности и призываем все стороны к сдержанности.\n");
    assertEquals(List.of("RU"), sorted(doc.signatories()));
  }

  @Test
  void anAmbassadorAmongTheAttendees_stillOnlyAttends() {
    // GIVEN heads of two states as the subject and, after «в том числе», an ambassador of a third
    Document doc = Parser.russian().parse("Совместное заявление\n\n"
        + "Президент Республики Казахстан и Президент Кыргызской Республики, в присутствии участников встречи,"
        + " в том числе посла Туркменистана, приняли настоящее Совместное заявление.\n");
    assertEquals(List.of("KG", "KZ"), sorted(doc.signatories()));
  }
}
