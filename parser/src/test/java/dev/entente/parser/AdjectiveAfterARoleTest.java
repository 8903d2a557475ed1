package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * «представители Берингова регионального совета»: one capitalised word after a role, then an
 * adjective and a noun in lower case, opens a body's name and is no surname; «Президент Токаев
 * высоко оценил» still names a person. Sentences written for the test.
 */
final class AdjectiveAfterARoleTest {

  private static Document parse(String body) {
    return Parser.russian().parse("adjective", "Совместное заявление\n\n1. " + body + "\n");
  }

  @Test
  void aWordBeforeAnAdjectiveAndItsNoun_isNoName() {
    Document doc = parse("В заседании приняли участие представители Берингова регионального совета и коренных народов.");
    assertEquals("", People.listed(doc));
  }

  @Test
  void aSurnameBeforeAVerb_isAName() {
    Document doc = parse("Президент Республики Казахстан Токаев высоко оценил итоги переговоров.");
    assertEquals("KZ", People.partyOf(doc, "Токаев"), People.listed(doc));
  }
}
