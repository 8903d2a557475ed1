package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 31, on sentences written for these tests: an event whose name ends in a person's initial («визита
 * Н. Тохтаева») or in a possessive pronoun («Визит Ваш») names no occasion of its own and is dropped, while the
 * occasion the text names in full stays.
 */
final class EventCutAtInitialTest {

  private static List<String> events(Document doc) {
    return doc.events().stream().map(Event::name).collect(Collectors.toList());
  }

  private static boolean exactly(List<String> names, String name) {
    return names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(name));
  }

  private static boolean named(List<String> names, String fragment) {
    return names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(fragment));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Во время визита Н. Тохтаева Стороны обсудили вопросы транзита. | визит н
      Во время встречи Р. Ибрагимова с представителями деловых кругов обсуждались вопросы инвестиций. | встреча р
      Визит Ваш проходит в важный для наших стран период. | визит ваш
      Визит Ваш в нашу страну имеет большое значение. | визит ваш
      """)
  void aNameCutAtAnInitialOrAPronounIsNoEvent(String clause, String cut) {
    // GIVEN
    Document doc = OwnSentences.parse(
        "С 10 по 12 марта 2024 года в Республике Узбекистан находился с официальным визитом министр иностранных дел"
            + " Республики Казахстан.", clause);
    // THEN
    assertFalse(exactly(events(doc), cut), "a name cut at an initial or a pronoun: " + events(doc));
    assertTrue(named(events(doc), "официальн"), "the visit named in full lost: " + events(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны приветствовали проведение двенадцатого заседания Межправительственной комиссии в Астане. | заседание
      Стороны приветствовали проведение Международного инвестиционного форума в Ташкенте. | форум
      """)
  void aNameEndingInAProperWordStays(String clause, String head) {
    // GIVEN
    Document doc = OwnSentences.parse(clause);
    // THEN
    assertTrue(named(events(doc), head), "an event named in full lost: " + events(doc));
  }
}
