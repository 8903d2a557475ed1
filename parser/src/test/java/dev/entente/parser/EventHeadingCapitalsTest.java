package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A heading in capitals: its lettering is no proper name, so a bare head word in it names no event, while a head
 * with words of a name does; a Roman numeral opening its line numbers the meeting after it. Sentences written for these tests (none is taken from a real document).
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

  @Test
  void aRomanNumeralOpeningAHeadingsLine_numbersTheMeetingAfterIt() {
    // GIVEN a heading line «V МИНИСТЕРСКОЙ СЕССИИ …» and the same session named in the body
    Document doc = RUSSIAN.parse("t", "КОММЮНИКЕ\nV МИНИСТЕРСКОЙ СЕССИИ СГБМ\n\n(Рига, 7 июня 2024 года)\n\n"
        + "Совет государств Балтийского моря провел V министерскую сессию в Риге.\n");
    // THEN the heading's session is numbered and is one event with the body's
    assertEquals(1, doc.events().size(), () -> events(doc));
    assertEquals(5, doc.events().get(0).ordinal().orElse(0), () -> events(doc));
  }
}
