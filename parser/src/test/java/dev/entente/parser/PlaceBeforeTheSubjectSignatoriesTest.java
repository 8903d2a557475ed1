package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A city and then its state after a comma («в Лиме, Перу,») place what the sentence tells of; the state is no side
 * of the subject that follows. Every text is written for these tests.
 */
final class PlaceBeforeTheSubjectSignatoriesTest {
  @Test
  void aStateThatPlacesItsCityBeforeTheSubject_isNoSide() {
    // GIVEN a statement whose subject, two states, follows a gerund's phrase ending in a city and its state
    Document doc = Parser.russian().parse("Совместное заявление\n\n"
        + "Напоминая о встрече президентов в Лиме, Перу, Чили и Аргентина подтверждают свою приверженность совместной"
        + " работе над решением климатического кризиса.\n\n"
        + "Стороны создадут рабочую группу.\n");
    // THEN the subject's two states are the sides, not the state of the city
    assertEquals(List.of("AR", "CL"), sorted(doc.signatories()));
  }

  @Test
  void aStateAfterACityOfAnotherState_staysInTheSubject() {
    // GIVEN the same phrase, where the state after the city's comma is not the city's own
    Document doc = Parser.russian().parse("Совместное заявление\n\n"
        + "Напоминая о встрече президентов в Лиме, Бразилия, Чили и Аргентина подтверждают свою приверженность"
        + " совместной работе над решением климатического кризиса.\n\n"
        + "Стороны создадут рабочую группу.\n");
    // THEN all three states are the sides
    assertEquals(List.of("AR", "BR", "CL"), sorted(doc.signatories()));
  }
}
