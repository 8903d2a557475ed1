package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/** How far a mechanism's name runs and what makes a standing arrangement of a meeting's words (session 15). */
final class MechanismNamesSession15Test {

  /** «встреч руководителей Армении, Азербайджана и России»: the sides listed after the head are all in the name. */
  @Test
  void aListOfPartiesAfterTheHeadIsPartOfTheName() {
    // GIVEN
    Document doc = parse("Стороны высказались за продолжение работы в рамках встреч руководителей Казахстана, Кыргызстана и Таджикистана.");
    // THEN
    assertEquals(1, doc.mechanisms().size(), dump(doc));
    assertEquals("встречи руководителей Казахстана, Кыргызстана и Таджикистана", doc.mechanisms().get(0).name(), dump(doc));
  }

  /** A list that does not close with «и» and a party («… Казахстана, Кыргызстана и других государств») is no part of it. */
  @Test
  void aListThatEndsInNoPartyStaysOut() {
    // GIVEN
    Document doc = parse("Стороны приветствовали создание Совета министров иностранных дел Казахстана, Кыргызстана и других государств региона.");
    // THEN
    assertTrue(doc.mechanisms().stream().noneMatch(m -> m.name().contains("Кыргызстана")), dump(doc));
  }
}
