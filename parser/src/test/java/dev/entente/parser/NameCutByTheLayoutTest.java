package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A page cut off mid-word («… Президент Шавкат Мирзиё») or a line broken inside a surname gives the start
 * of a name the text gives whole elsewhere: that is the same person, not a second one. A namesake whose
 * surname only begins like another's, and is not cut, stays. Every text is written for these tests.
 */
final class NameCutByTheLayoutTest {

  private static String names(Document doc) {
    List<Participant> found = doc.participants();
    return found.stream().map(Participant::name).sorted().collect(Collectors.joining(", "));
  }

  @Test
  void russianNameCutByThePagesEnd_isTheWholeOne() {
    Document doc = Parser.russian().parse("cut", "Телефонный разговор\n\n"
        + "Президент Республики Казахстан Касым-Жомарт Токаев провел телефонный разговор с Президентом"
        + " Республики Узбекистан Шавкатом Мирзиёевым. Стороны обсудили торговлю.\n\n"
        + "Президент Шавкат Мирзиё");
    assertEquals("Касым-Жомарт Токаев, Шавкат Мирзиёев", names(doc));
  }

  @Test
  void englishNameCutByThePagesEnd_isTheWholeOne() {
    Document doc = Parser.english().parse("cut", "Joint Statement\n\n"
        + "President Cyril Ramaphosa of South Africa and President Hage Geingob of Namibia met in Pretoria."
        + " The talks were held in a warm atmosphere. President Hage Gein");
    assertEquals("Cyril Ramaphosa, Hage Geingob", names(doc));
  }

  @Test
  void namesakeNotCut_staysAPerson() {
    Document doc = Parser.english().parse("cut", "Joint Statement\n\n"
        + "Minister Ahmed Hassan of Egypt and Minister Ahmed Hassanein of Jordan signed the agreement in Amman."
        + " The ministers agreed to meet again.\n");
    assertEquals("Ahmed Hassan, Ahmed Hassanein", names(doc));
  }
}
