package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.event;
import static dev.entente.parser.OwnSentences.mechanism;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The standing organs of known organisations whose names hold no head word of a body (heads.tsv, last section):
 * named in the document's words, each is an existing mechanism, not a meeting. Sentences written for the test.
 */
final class StandingOrgansWithoutAHeadTest {

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны высоко оценивают деятельность Региональной антитеррористической структуры ШОС в Ташкенте. | Региональная антитеррористическая структура
      Стороны приветствуют работу Коллегии Евразийской экономической комиссии по вопросам торговли. | Коллегия Евразийской экономической комиссии
      Стороны отмечают вклад Конгресса местных и региональных властей Совета Европы в развитие демократии. | Конгресс местных и региональных властей
      Стороны приветствуют сотрудничество с Панафриканским парламентом в гуманитарной сфере. | Панафриканский парламент
      """)
  void organWithoutAHead_isAMechanism(String sentence, String name) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertTrue(mechanism(doc, name).isPresent(), "no mechanism " + name + ": " + dump(doc));
    assertTrue(event(doc, name).isEmpty(), "a standing organ read as a meeting: " + dump(doc));
  }
}
