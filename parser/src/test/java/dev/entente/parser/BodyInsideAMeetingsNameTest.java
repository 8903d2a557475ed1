package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.mechanism;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «конференции Форума партнерства …»: a capitalised head that may name a standing body or a meeting, opening
 * a name inside a meeting's name, is read on its own as the standing body the meeting belongs to, never as a
 * second meeting.
 */
final class BodyInsideAMeetingsNameTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Министры собрались в Астане для участия во второй министерской конференции Форума партнерства Казахстан – Африка. | Форум партнерства Казахстан
      Делегации прибыли в Ташкент для участия в третьем заседании Форума сотрудничества Узбекистан – Корея. | Форум сотрудничества Узбекистан
      Министры провели в Каире четвертую сессию Индийско-Африканского Форума партнерства на уровне министров. | Индийско-Африканский Форум партнерства
      """)
  void forumInsideAConferenceIsAMechanism(String sentence, String name) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertTrue(mechanism(doc, name).isPresent(), "standing forum missed: " + sentence + dump(doc));
    assertTrue(doc.events().stream().noneMatch(e -> e.name().startsWith("Форум")), "forum read as a second meeting: " + dump(doc));
  }
}
