package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.initiative;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A text of a document's kind that the text calls by its word for itself («настоящее Соглашение о …», "the
 * present Agreement on …") is the document itself, no initiative; the same kind named without it stays.
 */
final class ThisTextNotInitiativeTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Настоящее Соглашение о сотрудничестве в области рыболовства вступает в силу с даты подписания. | Соглашение о сотрудничестве в области рыболовства
      Стороны выполняют настоящую Декларацию о принципах добрососедства добросовестно. | Декларацию о принципах добрососедства
      The present Agreement on Fisheries Cooperation shall enter into force upon signature. | Agreement on Fisheries Cooperation
      """)
  void thisTextIsNoInitiative(String sentence, String name) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertTrue(initiative(doc, name).isEmpty(), "the document itself taken for an initiative: " + sentence + dump(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны обсудили ход подготовки проекта Соглашения о сотрудничестве в области рыболовства. | сотрудничестве в области рыболовства
      """)
  void citedTextStays(String sentence, String name) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertTrue(initiative(doc, name).isPresent(), "initiative lost: " + sentence + dump(doc));
  }
}
