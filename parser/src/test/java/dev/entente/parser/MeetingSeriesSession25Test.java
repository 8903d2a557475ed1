package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.mechanism;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.MechanismStatus;
import org.junit.jupiter.api.Test;

/**
 * Session 25: a numbered meeting named by its head and level alone opens no series of its own; one whose name
 * says whose meetings they are does, and its first meeting in the document's year opens it now (sentences
 * written for the test).
 */
final class MeetingSeriesSession25Test {

  @Test
  void meetingNamedByItsLevelAlone_opensNoSeries() {
    Document doc = parse("Главы государств провели в Бишкеке четвертую встречу на высшем уровне.");
    assertTrue(doc.mechanisms().isEmpty(), () -> dump(doc));
  }

  @Test
  void meetingNamedByWhoseItIs_opensItsSeries() {
    Document doc = parse("Главы государств провели в Бишкеке четвертую встречу глав государств Центральной Азии.");
    assertTrue(mechanism(doc, "встреча глав государств Центральной Азии").isPresent(), () -> dump(doc));
  }

  private static final String FIRST = "Первое Совещание министров транспорта стран Центральной Азии и Республики Корея "
      + "состоялось 14 марта %s года в городе Астане.";

  @Test
  void firstMeetingInTheDocumentsYear_opensANewSeries() {
    Document doc = parse(String.format(FIRST, "2024"));
    assertEquals(MechanismStatus.NEW, mechanism(doc, "Совещание министров транспорта").orElseThrow().status(), () -> dump(doc));
  }

  @Test
  void firstMeetingYearsBefore_leavesTheSeriesExisting() {
    Document doc = parse(String.format(FIRST, "2019"));
    assertEquals(MechanismStatus.EXISTING, mechanism(doc, "Совещание министров транспорта").orElseThrow().status(),
        () -> dump(doc));
  }
}
