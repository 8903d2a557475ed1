package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A heading in capitals that names its sides over several lines, «и» on a line of its own between them,
 * names them all. Every text is written for these tests.
 */
final class SidesInAHeadingJoinedByAnAndLineTest {
  @Test
  void aHeadingWithAnAndLineBetweenItsSides_namesBoth() {
    Document doc = Parser.russian().parse("ru-test", "ДЕКЛАРАЦИЯ\nО ДРУЖБЕ И СОТРУДНИЧЕСТВЕ\nМЕЖДУ РЕСПУБЛИКОЙ КАЗАХСТАН\nИ\n"
        + "РЕСПУБЛИКОЙ ФИНЛЯНДИЯ\n(Хельсинки, 4 мая 2001 года)\n"
        + "Стороны, опираясь на многолетние\nсвязи между народами,\nзаявляют о следующем:\n"
        + "1. Стороны развивают торговлю.\n");
    assertEquals(List.of("KZ", "FI"), doc.signatories());
  }
}
