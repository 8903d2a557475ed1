package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 30, on sentences written for these tests: a lower-case body after a predicate's marker («статус
 * Сообщества как политического форума …», "its role as a regional dialogue platform") says what a party is and is
 * no mechanism, while examples after «такие, как» or "such as" stay, and «как» that opens a clause after a comma
 * («после того, как в ходе встречи …») takes nothing from the meeting after it.
 */
final class MechanismPrecisionSession30Test {
  private static final Parser ENGLISH = Parser.english();

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  private static List<String> events(Document doc) {
    return doc.events().stream().map(Event::name).collect(Collectors.toList());
  }

  private static boolean named(List<String> names, String fragment) {
    return names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(fragment));
  }

  private static Document english(String body) {
    return ENGLISH.parse("en-mechanisms-30", "Joint Statement of Ghana and the Republic of Peru\n\nAccra, 4 February 2026\n\n"
        + body + "\n");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны высоко оценили роль Содружества как политического форума всех государств Южной Америки. | форум
      Стороны поддерживают укрепление Организации как универсальной площадки для диалога государств Азии и Африки. | площадк
      Стороны отметили значение Союза как основного механизма координации государств Карибского бассейна. | механизм
      """)
  void aBodyDescribedAfterKakIsNoMechanism(String clause, String head) {
    // GIVEN
    Document doc = OwnSentences.parse(clause,
        "Стороны высоко оценили работу Межправительственной комиссии по торгово-экономическому сотрудничеству.");
    // THEN
    assertFalse(named(mechanisms(doc), head), "a description taken for a mechanism: " + mechanisms(doc));
    assertTrue(named(mechanisms(doc), "межправительственн"), "the parties' own commission lost: " + mechanisms(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны будут развивать сотрудничество через такие механизмы, как регулярные встречи министров иностранных дел. | встреч
      Стороны будут использовать такие форматы, как ежегодные консультации заместителей министров иностранных дел. | консультац
      """)
  void examplesAfterTakieKakStay(String clause, String head) {
    // GIVEN
    Document doc = OwnSentences.parse(clause);
    // THEN
    assertTrue(named(mechanisms(doc), head), "an example named after «такие, как» lost: " + mechanisms(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны констатировали, что после того, как в ходе казахстанско-узбекской встречи на высшем уровне в Ташкенте в 2019 году были достигнуты договоренности, отношения укрепились. | встреч
      """)
  void kakOpeningAClauseLeavesTheMeeting(String clause, String head) {
    // GIVEN
    Document doc = OwnSentences.parse(clause);
    // THEN
    assertTrue(named(events(doc), head), "a meeting after «, как» lost: " + events(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      2. The Ministers recalled the upgrading of the partnership since its establishment as a sectoral dialogue partnership in 1995. | dialogue
      2. Ministers underlined the role of the organisation as a regional forum for political consultations. | forum
      """)
  void aBodyDescribedAfterAsIsNoMechanism(String clause, String head) {
    // GIVEN
    Document doc = english("1. The two sides welcomed the work of the Ghana-Peru Joint Commission on Trade.\n" + clause);
    // THEN
    assertFalse(named(mechanisms(doc), head), "a description taken for a mechanism: " + mechanisms(doc));
    assertTrue(named(mechanisms(doc), "joint commission"), "the parties' own commission lost: " + mechanisms(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      2. Ministers will continue cooperation through such mechanisms as regular consultations of foreign ministers. | consultations
      2. Ministers will continue cooperation through mechanisms such as regular consultations of foreign ministers. | consultations
      2. Ministers will continue cooperation through the joint commission as well as regular consultations of foreign ministers. | consultations
      """)
  void examplesAfterSuchAsStay(String clause, String head) {
    // GIVEN
    Document doc = english("1. The two sides welcomed the work of the Ghana-Peru Joint Commission on Trade.\n" + clause);
    // THEN
    assertTrue(named(mechanisms(doc), head), "an example named after \"such … as\" lost: " + mechanisms(doc));
  }
}
