package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A process named in lower case, parties aside, is the course of doing something, no mechanism; a process of talks or
 * one with a proper word in its name is.
 */
final class ProcessOfDoingTest {

  private static Document parse(String language, String sentence) {
    Parser parser = language.equals("ru") ? OwnSentences.PARSER : Parser.english();
    String heading = language.equals("ru") ? "Совместное заявление\n\n15 марта 2024 года\n\n" : "Joint Statement\n\n15 March 2024\n\n";
    return parser.parse(heading + "1. " + sentence + "\n");
  }

  private static boolean hasProcess(Document doc, String fragment) {
    return doc.mechanisms().stream().anyMatch(m -> m.name().toLowerCase(Locale.ROOT).contains(fragment));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ru | Парламент поддерживает процесс интеграции Республики Молдова с Европейским союзом как приоритетное направление. | процесс
      ru | Министры внесут вклад в процесс подготовки Встречи на высшем уровне по океанам, которая состоится в Лиссабоне. | процесс
      ru | Стороны внесут вклад в процесс организации Всемирного саммита по вопросам воды. | процесс
      en | The Ministers reviewed the process of cooperation between the ASEAN and Japan in the field of energy. | process
      """)
  void processOfDoingIsNoMechanism(String language, String sentence, String fragment) {
    // GIVEN
    Document doc = parse(language, sentence);
    // THEN
    assertFalse(hasProcess(doc, fragment), "a course of doing taken for a mechanism: " + dump(doc));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ru | Стороны высоко оценили вклад Ашхабадского процесса в укрепление региональной безопасности. | процесс
      en | The Ministers welcomed the contribution of the Bali Process to regional security. | process
      en | The Ministers reviewed the settlement process between Georgia and the Russian Federation. | process
      """)
  void namedProcessStays(String language, String sentence, String fragment) {
    // GIVEN
    Document doc = parse(language, sentence);
    // THEN
    assertTrue(hasProcess(doc, fragment), "a named process dropped: " + dump(doc));
  }
}
