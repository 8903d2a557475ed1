package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.mechanism;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where names run on past their head (Russian), a council right after a person's role, in the genitive and
 * with no party in it («Председатель Государственного совета»), is part of that person's title, one state's
 * own organ, no arrangement of cooperation; a body an organisation's name completes stays when the text also names it
 * on its own (session 39's reading: a council named only in an office's title is no mechanism).
 */
final class RussianBodyOfARoleTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны приветствовали визит в Ташкент заместителя председателя Совета министров.
      Переговоры прошли с участием Председателя Государственного совета и членов делегации.
      Гостя приветствовал Председатель Государственного Совета и Совета Министров Ахмед Салим.
      """)
  void councilInARoleIsNoMechanism(String sentence) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertTrue(doc.mechanisms().isEmpty(), "a role's council taken for a mechanism: " + sentence + dump(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Председатель Совета министров иностранных дел СНГ открыл заседание Совета министров иностранных дел СНГ. | Совета министров иностранных дел СНГ
      Стороны высоко оценивают работу Совета министров иностранных дел. | Совета министров иностранных дел
      """)
  void organisationsCouncilOrNoRoleStays(String sentence, String name) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertTrue(mechanism(doc, name).isPresent(), "mechanism lost: " + sentence + dump(doc));
  }
}
