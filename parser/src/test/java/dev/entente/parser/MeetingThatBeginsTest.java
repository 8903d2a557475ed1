package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.event;
import static dev.entente.parser.OwnSentences.mechanism;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.EventStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A forum or meeting that the text says begins («стартовал», «начался») or will begin («стартует», «начнётся») is one
 * meeting, held or planned, and no standing mechanism. Every sentence is written for these tests.
 */
final class MeetingThatBeginsTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Министры сообщили, что Форум регионов Казахстана и Узбекистана стартовал. | HELD
      Министры сообщили, что начался Форум регионов Казахстана и Узбекистана. | HELD
      Министры сообщили, что стартует Форум регионов Казахстана и Узбекистана. | PLANNED
      Министры сообщили, что в апреле начнётся Форум регионов Казахстана и Узбекистана. | PLANNED
      """)
  void forumThatBegins_isOneMeeting(String sentence, EventStatus status) {
    // GIVEN a forum the text says begins or will begin
    Document doc = parse(sentence);
    // WHEN it is parsed
    // THEN it is an event of that status and no mechanism
    assertEquals(status, event(doc, "Форум регионов").map(e -> e.status()).orElse(null), dump(doc));
    assertTrue(mechanism(doc, "Форум регионов").isEmpty(), "a forum that begins kept as a mechanism: " + dump(doc));
  }
}
