package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A summit or session named as extraordinary, emergency, special or informal («внеочередной саммит», "the Informal
 * Summit"), the word inside the name or right before it, is a one-off meeting, no standing mechanism.
 */
final class OneOffMeetingIsAnEventTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      ru | Стороны обсудили вопросы, затронутые на внеочередном саммите ОДКБ, и договорились развивать сотрудничество. | саммит
      en | The Informal Summit gave fresh impetus to the cooperation of the three countries. | summit
      en | The sides agreed to pursue the issues discussed at the Informal Summit. | summit
      """)
  void oneOffMeetingIsNoMechanism(String language, String sentence, String head) {
    // GIVEN
    Parser parser = language.equals("ru") ? OwnSentences.PARSER : Parser.english();
    String heading = language.equals("ru") ? "Совместное заявление\n\n15 марта 2024 года\n\n" : "Joint Statement\n\n15 March 2024\n\n";
    // WHEN
    Document doc = parser.parse(heading + "1. " + sentence + "\n");
    // THEN
    assertTrue(doc.mechanisms().stream().noneMatch(m -> m.name().toLowerCase(Locale.ROOT).contains(head)),
        "a one-off meeting taken for a mechanism: " + dump(doc));
  }
}
