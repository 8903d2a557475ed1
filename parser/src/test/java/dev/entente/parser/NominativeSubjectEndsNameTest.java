package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name takes the people who meet in it in the genitive plural («глав государств»); «главы государств», «министры»,
 * «лидеры» after a head are the subject of the clause that follows, no part of the name.
 */
final class NominativeSubjectEndsNameTest {

  /** Every initiative, mechanism and event name of {@code doc}, lower-cased. */
  private static Stream<String> names(Document doc) {
    return Stream.of(doc.initiatives().stream().map(i -> i.name()), doc.mechanisms().stream().map(m -> m.name()),
        doc.events().stream().map(e -> e.name())).flatMap(s -> s).map(n -> n.toLowerCase(Locale.ROOT));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      В Декларации главы государств и правительств, собравшиеся в Астане, вновь подтвердили приверженность сотрудничеству. | главы
      В ходе встреч на высшем уровне главы государств в дружественной атмосфере обсудили вопросы торговли. | главы
      По итогам совещания министры иностранных дел одобрили План действий на 2025–2027 годы. | министры
      В Заявлении лидеры стран региона высказались за укрепление связей. | лидеры
      """)
  void subjectIsNoPartOfTheName(String sentence, String subject) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertFalse(names(doc).anyMatch(n -> n.contains(subject)), "a subject run into a name: " + dump(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны высоко оценили итоги заседания Совета глав государств Содружества Независимых Государств. | совет глав государств
      Стороны договорились провести в 2025 году в Ташкенте Консультативную встречу глав государств Центральной Азии. | встреча глав государств
      """)
  void genitiveStaysInTheName(String sentence, String name) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertTrue(names(doc).anyMatch(n -> n.contains(name)), "a genitive cut from a name: " + dump(doc));
  }
}
