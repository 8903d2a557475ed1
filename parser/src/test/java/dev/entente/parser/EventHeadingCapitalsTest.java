package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A heading in capitals: its lettering is no proper name, so a bare head word in it names no event, while a head
 * with words of a name does. Sentences written for these tests (none is taken from a real document).
 */
final class EventHeadingCapitalsTest {

  private static final Parser RUSSIAN = Parser.russian();

  @Test
  void aBareHeadInAHeadingInCapitals_isNoEvent() {
    // GIVEN a heading in capitals that ends in a bare meeting's head, and a dated line under it
    Document doc = RUSSIAN.parse("t", "ПРОГРАММА МЕР,\nНАМЕЧЕННЫХ УЧАСТНИКАМИ ПОСЛЕ СОВЕЩАНИЯ\n(Бишкек, 4 мая 2024 г.)\n\n"
        + "1. Стороны развивают сотрудничество в области культуры.\n");
    // THEN no event is named by the bare head
    assertFalse(doc.events().stream().anyMatch(e -> e.name().equalsIgnoreCase("совещание")), () -> events(doc));
  }

  @Test
  void aNamedMeetingInAHeadingInCapitals_staysAnEvent() {
    // GIVEN a heading in capitals that names a numbered meeting
    Document doc = RUSSIAN.parse("t", "ЗАЯВЛЕНИЕ\nТРЕТЬЕГО СОВЕЩАНИЯ МИНИСТРОВ КУЛЬТУРЫ\n(Бишкек, 4 мая 2024 г.)\n\n"
        + "1. Стороны развивают сотрудничество в области культуры.\n");
    // THEN the meeting is an event
    assertTrue(events(doc).toLowerCase().contains("совещание министров"), () -> events(doc));
  }
}
