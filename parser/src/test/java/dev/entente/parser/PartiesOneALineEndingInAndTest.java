package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A treaty's preamble that lists its parties one a line, each closed by a comma and the last but one by «и»,
 * before «далее именуемые Сторонами»: every party of the list is a side, not the last line's alone. Every text
 * is written for these tests.
 */
final class PartiesOneALineEndingInAndTest {
  @Test
  void russianTreaty_lastButOneLineEndsInAnd_allListedPartiesAreSides() {
    // GIVEN four parties one a line, the third line ending in «и»
    Document doc = Parser.russian().parse("ru-test", "СОГЛАШЕНИЕ\nо сотрудничестве в области рыболовства\n\n"
        + "Королевство Норвегия,\nРеспублика Польша,\nЭстонская Республика и\nЛатвийская Республика,\n"
        + "далее именуемые Сторонами,\nжелая развивать сотрудничество,\nдоговорились о нижеследующем:\n\n"
        + "Статья 1\nСтороны сотрудничают в области рыболовства.\n");
    // THEN all four are the sides
    assertEquals(List.of("EE", "LV", "NO", "PL"), sorted(doc.signatories()));
  }

  @Test
  void russianTreaty_twoPartiesOnTwoLines_bothAreSides() {
    // GIVEN two ministries on two lines joined by «и»
    Document doc = Parser.russian().parse("ru-test", "ПРОТОКОЛ\nо консультациях\n\n"
        + "Министерство иностранных дел Республики Армения и\nМинистерство иностранных дел Монголии,\n"
        + "именуемые в дальнейшем Сторонами,\nдоговорились о нижеследующем:\n\n"
        + "Статья 1\nСтороны проводят консультации ежегодно.\n");
    // THEN both states are the sides
    assertEquals(List.of("AM", "MN"), sorted(doc.signatories()));
  }
}
