package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every word of «hereinafter» a Russian preamble may put before the noun of its sides: «ниже именуемые Сторонами» of
 * the Soviet and early Russian texts and «впредь именуемые» beside «далее» and «в дальнейшем». Every text is written
 * for these tests.
 */
final class HereinafterFormulasTest {
  @Test
  void belowNamed_namesTheSides() {
    // GIVEN a preamble that names its parties «ниже именуемые Договаривающимися Сторонами»
    Document doc = Parser.russian().parse("Договор о торговом судоходстве\n\n"
        + "Королевство Норвегия и Республика Польша, ниже именуемые Договаривающимися Сторонами,\n"
        + "желая развивать торговое судоходство,\n"
        + "согласились о нижеследующем:\n\n"
        + "Статья 1\n\nСтороны содействуют судоходству.\n");
    // THEN the parties before the formula are the sides
    assertEquals(List.of("NO", "PL"), sorted(doc.signatories()));
  }

  @Test
  void henceforthNamed_namesTheSides() {
    // GIVEN a preamble of two governments «впредь именуемые Сторонами»
    Document doc = Parser.russian().parse("Соглашение о воздушном сообщении\n\n"
        + "Правительство Республики Болгария и Правительство Чешской Республики, впредь именуемые Сторонами,\n"
        + "стремясь к развитию воздушного сообщения,\n"
        + "согласились о нижеследующем:\n");
    // THEN both states are the sides
    assertEquals(List.of("BG", "CZ"), sorted(doc.signatories()));
  }

  @Test
  void belowWithoutTheNounOfSides_namesNone() {
    // GIVEN a sentence where «ниже» points to a list, not to the sides
    Document doc = Parser.russian().parse("Заявление Министерства иностранных дел Республики Польша\n\n"
        + "Министерство иностранных дел Республики Польша приводит ниже перечень документов.\n");
    // THEN the author, not a list before «ниже», is the side
    assertEquals(List.of("PL"), sorted(doc.signatories()));
  }
}
