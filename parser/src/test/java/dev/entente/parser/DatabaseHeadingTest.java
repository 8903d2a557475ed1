package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A legal database's heading («Договор от 03.04.2001 года, … "ДОГОВОР МЕЖДУ …"») is its register entry over the text it
 * prints: the states only it names are the wrapper's, while its sides stay the signatories. Pages written for these
 * tests in the house style of Russian-language legal databases.
 */
final class DatabaseHeadingTest {
  private static Document parse(String text) {
    return Parser.russian().parse("ru-test", text);
  }

  @Test
  void aDatabasesHeadingThatDatesTheDocumentInFigures_namesNoStateOfTheDocument() {
    // GIVEN a database's first line that names the treaty by its kind, a day in figures and its quoted name, over an
    // article that names a third state only
    Document doc = parse("Договор от 03.04.2001 года, Ереван, 3 апреля 2001 года \"ДОГОВОР МЕЖДУ РЕСПУБЛИКОЙ АРМЕНИЯ И"
        + " ГРУЗИЕЙ О СОТРУДНИЧЕСТВЕ В ОБЛАСТИ ТРАНСПОРТА\". Статья 7. Перевозки в третьи страны\n"
        + "Каждая Договаривающаяся Сторона разрешит перевозчикам другой Договаривающейся Стороны перевозки грузов в Иран"
        + " и из Ирана через свою территорию.\n");
    // WHEN it is parsed, THEN only the article's state is counted, and the heading's sides still sign
    assertEquals(List.of("IR"), Ids.states(doc), () -> doc.parties().toString());
    assertEquals(List.of("AM", "GE"), doc.signatories().stream().sorted().toList());
  }

  @Test
  void theDocumentsOwnHeading_namesItsStates() {
    // GIVEN the same treaty under its own heading, dated in words on the line below
    Document doc = parse("Договор между Республикой Армения и Грузией о сотрудничестве в области транспорта\n"
        + "Ереван, 3 апреля 2001 года\n"
        + "Каждая Договаривающаяся Сторона разрешит перевозчикам другой Договаривающейся Стороны перевозки грузов в Иран"
        + " и из Ирана через свою территорию.\n");
    // WHEN it is parsed, THEN the heading's states are the document's
    assertEquals(List.of("AM", "GE", "IR"), Ids.states(doc).stream().sorted().toList());
  }
}
