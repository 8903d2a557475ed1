package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * A meeting a text plans in its own city is not the meeting it comes from: it keeps its status and
 * takes no day from the document. Every text is written for these tests.
 */
final class PlannedMeetingInTheDocumentsCityTest {
  private static Event commission(Document doc) {
    return doc.events().stream().filter(e -> e.name().contains("комиссии")).findFirst().orElseThrow();
  }

  @Test
  void theNextMeetingInTheSameCity_isPlannedAndUndated() {
    // GIVEN a statement dated Moscow whose opening agrees to hold the next meeting in Moscow
    Document doc = Parser.russian().parse("Совместное заявление министров иностранных дел\n\n"
        + "Москва, 8 ноября 2023 года\n\n"
        + "Министры провели переговоры и договорились провести следующее заседание Межправительственной"
        + " комиссии по сотрудничеству в Москве.\n");
    Event meeting = commission(doc);
    // THEN the meeting is planned, not the document's own of 8 November
    assertEquals(EventStatus.PLANNED, meeting.status());
    assertNotEquals("2023-11-08", meeting.date().map(EdtfDate::toString).orElse(null));
  }

  @Test
  void theMeetingHeldInTheSameCity_isStillTheDocumentsOwn() {
    Document doc = Parser.russian().parse("Совместное заявление министров иностранных дел\n\n"
        + "Москва, 8 ноября 2023 года\n\n"
        + "Министры приняли участие в заседании Межправительственной комиссии по сотрудничеству в Москве.\n");
    Event meeting = commission(doc);
    assertEquals(EventStatus.HELD, meeting.status());
    assertEquals("2023-11-08", meeting.date().map(EdtfDate::toString).orElse(null));
  }
}
