package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A centre whose name opens with «international» and names no party, that the text neither sets up nor proposes, is an
 * international institution mentioned in passing, no mechanism; one set up by the sides, or named with a party, stays.
 */
final class InternationalCentreInPassingTest {

  private static Document parse(String language, String sentence) {
    Parser parser = language.equals("ru") ? OwnSentences.PARSER : Parser.english();
    String heading = language.equals("ru") ? "Совместное заявление\n\n15 марта 2024 года\n\n" : "Joint Statement\n\n15 March 2024\n\n";
    return parser.parse(heading + "1. " + sentence + "\n");
  }

  private static boolean hasCentre(Document doc, String fragment) {
    return doc.mechanisms().stream().anyMatch(m -> m.name().toLowerCase(Locale.ROOT).contains(fragment));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ru | Стороны поддерживают развитие связей Международного центра Михаила Лермонтова с университетами двух стран. | центр
      en | The ministers commended the work of the International Centre for Mountain Research in Geneva. | centre
      """)
  void internationalInstitutionIsNoMechanism(String language, String sentence, String fragment) {
    // GIVEN
    Document doc = parse(language, sentence);
    // THEN
    assertFalse(hasCentre(doc, fragment), "an international institution taken for a mechanism: " + dump(doc));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ru | Стороны договорились создать Региональный центр по вопросам водных ресурсов. | центр
      """)
  void centreOfTheSidesStays(String language, String sentence, String fragment) {
    // GIVEN
    Document doc = parse(language, sentence);
    // THEN
    assertTrue(hasCentre(doc, fragment), "a centre of the sides dropped: " + dump(doc));
  }
}
