package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * What numbers a point: the text's only Roman numeral alone on its line heads a section of unnumbered
 * paragraphs (no numbered point), a run of them numbers points, one that opens a point's text numbers it; «1.Поручить …» glued inside a run-on line
 * is a point. Every text is written for these tests.
 */
final class RomanSectionHeadingTest {
  @Test
  void theOnlyRomanNumeralAloneOnItsLine_isNoNumberedPoint() {
    Document doc = Parser.russian().parse("ru-test", "Декларация глав государств\n\n"
        + "Главы государств заявляют о следующем.\n\n"
        + "I\n\n"
        + "Организация является надежной платформой для сотрудничества.\n\n"
        + "Государства-члены выступают за укрепление доверия.\n");
    assertEquals(0, doc.clauses().stream().filter(c -> c.number().isPresent()).count());
  }

  @Test
  void romanNumeralsAloneOnTheirLinesInSequence_numberPoints() {
    Document doc = Parser.russian().parse("ru-test", "Декларация глав государств\n\n"
        + "Главы государств заявляют о следующем.\n\n"
        + "I\n\n"
        + "Организация является надежной платформой для сотрудничества.\n\n"
        + "II\n\n"
        + "Государства-члены подтверждают приверженность Уставу.\n");
    assertEquals(2, doc.clauses().stream().filter(c -> c.number().isPresent()).count());
  }

  @Test
  void aRomanNumeralThatOpensItsText_numbersAPoint() {
    Document doc = Parser.russian().parse("ru-test", "Декларация глав государств\n\n"
        + "Главы государств заявляют о следующем.\n\n"
        + "I. Организация является надежной платформой для сотрудничества.\n\n"
        + "II. Государства-члены подтверждают приверженность Уставу.\n");
    assertEquals(2, doc.clauses().stream().filter(c -> c.number().isPresent()).count());
  }

  @Test
  void pointsGluedToTheirNumbersInsideOneLine_areNumberedPoints() {
    Document doc = Parser.russian().parse("ru-test", "Протокольное решение\n\n"
        + "Главы государств - участников Содружества Независимых Государств, принимая во внимание необходимость"
        + " укрепления сотрудничества, решили: 1.Поручить министрам иностранных дел подготовить проект документа"
        + " о сотрудничестве в двухмесячный срок. 2.Информацию о ходе подготовки проекта заслушать на очередном"
        + " заседании Совета глав государств.\n");
    assertEquals(2, doc.clauses().stream().filter(c -> c.number().isPresent()).count());
  }
}
