package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An organ the gazetteer lists under its organisation, named only right after the title of the one who heads it
 * («председатель Европейского совета»), is that person's office, no arrangement the document names; named on its own,
 * or as the body a meeting is of, it stays a mechanism. Every sentence is written for these tests.
 */
final class OrganInAnOfficesTitleTest {

  /** The mechanisms of {@code doc} whose name holds {@code fragment}. */
  private static List<String> named(Document doc, String fragment) {
    return doc.mechanisms().stream().map(Mechanism::name)
        .filter(n -> n.toLowerCase(Locale.ROOT).contains(fragment)).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      В переговорах участвовал председатель Европейского совета Иван Петров.
      Гостей приветствовал Президент Европейского совета Пётр Сидоров.
      """)
  void organOnlyInItsHeadsTitle_isNoMechanism(String sentence) {
    // GIVEN an organisation's organ named only in the title of the person who chairs it
    // WHEN the sentence is parsed
    Document doc = parse(sentence);
    // THEN no mechanism is the organ
    assertTrue(named(doc, "европейск").isEmpty(), "an office's body taken for a mechanism: " + dump(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны приветствовали решения Европейского совета по вопросам энергетики.
      """)
  void organNamedOnItsOwn_staysAMechanism(String sentence) {
    // GIVEN the same organ named by the sides' own words, with no office before it
    // WHEN the sentence is parsed
    Document doc = parse(sentence);
    // THEN it is a mechanism
    assertEquals(1, named(doc, "европейск").size(), "an organ named on its own lost: " + dump(doc));
  }
}
