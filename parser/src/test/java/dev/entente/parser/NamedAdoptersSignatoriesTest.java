package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A heading line «Принято A и B …» that names the adopters by their names alone, with no title and no office.
 * Every text is written for these tests.
 */
final class NamedAdoptersSignatoriesTest {
  @Test
  void twoHeadsNamedAfterTheVerbOfAdopting_giveTheStatesTheyServe() {
    // GIVEN a first-person text under a line «Принято <name> и <name> <date> в <city>», both names in the directory
    Document doc = Parser.russian().parse("Принято Владимиром Путиным и Нурсултаном Назарбаевым 12 марта 2016 года в Сочи\n"
        + "Мы считаем, что торговля между Россией и Казахстаном должна расти. Мы поручаем правительствам"
        + " подготовить программу действий.\n");
    // THEN the two states they served that day are the sides
    assertEquals(List.of("KZ", "RU"), sorted(doc.signatories()));
  }

  @Test
  void oneHeadNamedAfterTheVerbOfAdopting_namesNoSidesByItself() {
    // GIVEN the same kind of line with one name only
    Document doc = Parser.russian().parse("Принято Владимиром Путиным 12 марта 2016 года в Сочи\n"
        + "Мы считаем, что торговля между Россией и Казахстаном должна расти. Мы поручаем правительствам"
        + " подготовить программу действий.\n");
    // THEN no sides come from it
    assertEquals(List.of(), sorted(doc.signatories()));
  }
}
