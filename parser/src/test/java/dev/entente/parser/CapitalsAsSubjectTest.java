package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A news page whose opening makes two capitals the subject of an act («Москва и Сеул подписали …»): the capitals
 * stand for their states, the document's sides. Every text is written for these tests.
 */
final class CapitalsAsSubjectTest {
  @Test
  void twoCapitalsThatDeclareAYear_giveTheirStates() {
    // GIVEN a dated news page whose lead opens with two capitals and an act
    Document doc = Parser.russian().parse("Культура и туризм\n\n12 марта 2019 года\n\n"
        + "Рим и Москва объявили 2020 год перекрестным годом туризма, говорится в заявлении министров по итогам"
        + " переговоров.\n\nСтороны договорились расширять обмены.\n");
    // THEN the two capitals' states are the sides
    assertEquals(List.of("IT", "RU"), sorted(doc.signatories()));
  }

  @Test
  void twoCapitalsAsAPlace_nameNoSides() {
    // GIVEN a lead that names two capitals where something takes place, not as a subject
    Document doc = Parser.russian().parse("Гастроли\n\n12 марта 2019 года\n\n"
        + "В Риме и Москве объявили программу гастролей театров на следующий сезон.\n");
    assertTrue(doc.signatories().isEmpty(), doc.signatories()::toString);
  }
}
