package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An adopting subject ends at its verb: the states the verb's object names (the place of a conflict, the leaders the
 * sides call upon) are what the text speaks of, not who adopts it. Every page is written for these tests.
 */
final class SidesNotInTheObjectTest {

  @Test
  void headsWhoSupportPrinciplesForAConflictInAThirdState_areTheSidesWithoutIt() {
    // GIVEN a lead whose subject, two presidents, «поддержали» principles for settling a conflict in a third state,
    // with no comma before the verb
    Document doc = Parser.russian().parse("ru-test", "Президент Италии Марио Росси и президент Германии Ханс Мюллер"
        + " поддержали пять принципов урегулирования конфликта в Молдавии и призвали стороны подписаться под этим планом.\n"
        + "Список принципов огласил итальянский лидер на пресс-конференции в Риме.\n");
    // THEN the two presidents' states are the sides, and the state of the conflict is not
    assertEquals(List.of("DE", "IT"), sorted(doc.signatories()));
  }

  @Test
  void weCallOnTheLeadersOfTwoStates_doesNotMakeThemTheSides() {
    // GIVEN a lead naming three presidents' joint statement, then the statement's words «Мы призываем лидеров A и B …»
    Document doc = Parser.russian().parse("ru-test", "Президенты Италии, Испании и Греции выступили с совместным"
        + " заявлением, где, среди прочего, говорится:\n\n"
        + "«Мы призываем лидеров Сербии и Хорватии продолжить переговоры и выполнить взятые обязательства».\n");
    // THEN the leaders called upon do not adopt the statement
    assertEquals(List.of("ES", "GR", "IT"), sorted(doc.signatories()));
  }

  @Test
  void aTextOpenedByWeCallOnTheLeaders_doesNotTakeThemForTheSubject() {
    // GIVEN a statement titled with its three authors whose first sentence is «Мы призываем лидеров A и B …», no comma
    // after «Мы»
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление Италии, Испании и Греции\n\n"
        + "Мы призываем лидеров Сербии и Хорватии без промедления выполнить взятые обязательства.\n\n"
        + "Мы готовы содействовать диалогу.\n");
    // THEN the leaders called upon are no sides
    assertEquals(List.of("ES", "GR", "IT"), sorted(doc.signatories()));
  }
}
