package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * «Это первый визит …» presents a visit («this is»), «это заседание» points back at a meeting told before, on sentences
 * written for this test (none is taken from a real document).
 */
final class EventPresentedByThisIsTest {

  @Test
  void aVisitPresentedByThisIs_isAnEvent() {
    // GIVEN «Это» before a masculine visit, which it cannot modify
    Document doc = DatedStatements.russian("Это первый визит Президента Узбекистана в Казахстан за десять лет.");
    // THEN the visit is found
    assertTrue(doc.events().stream().anyMatch(e -> e.name().startsWith("первый визит Президента Узбекистана")),
        () -> events(doc));
  }

  @Test
  void aNeuterMeetingAfterThis_pointsBackAndIsNoNewEvent() {
    // GIVEN «это» agreeing with a neuter meeting
    Document doc = DatedStatements.russian("Стороны высоко оценили это заседание Совместной комиссии.");
    // THEN it refers back and makes no event
    assertFalse(doc.events().stream().anyMatch(e -> e.name().contains("заседание")), () -> events(doc));
  }
}
