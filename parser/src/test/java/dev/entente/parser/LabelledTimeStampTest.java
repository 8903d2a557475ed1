package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import dev.entente.model.SegmentKind;
import org.junit.jupiter.api.Test;

/**
 * A site's time stamp that opens with a word, a bracket or a bullet, not a figure: a short line that holds a
 * time of day, a date and at most two words besides («Last updated: 4 Mar. 2019 10:05», «Jun 3, 2021, 4:30 PM»,
 * «[03.04.2019 12:00:00]»), read by its shape; and a line that tells when the page was last changed, whose
 * day is not the page's. The texts are written for these tests.
 */
final class LabelledTimeStampTest {
  @Test
  void stampsThatOpenWithAWordOrABracket_areTheSites() {
    Document doc = Parser.english().parse("en-test", "Joint Statement of the Foreign Ministers of Chile and Peru\n"
        + "Jun 3, 2021, 4:30 PM\n"
        + "• Last updated: 4 Mar. 2019 10:05\n\n"
        + "The Foreign Ministers of Chile and Peru met in Lima and agreed to expand trade between the two countries.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Jun 3, 2021, 4:30 PM"));
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "• Last updated"));
    Document ru = Parser.russian().parse("ru-test", "[03.04.2019 12:00:00]\n\n"
        + "Совместное заявление министров иностранных дел Армении и Грузии\n\n"
        + "Министры иностранных дел двух стран провели переговоры в Ереване и договорились расширять торговлю.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(ru, "[03.04.2019 12:00:00]"));
  }

  @Test
  void aShortLineOfTheTextThatTellsATime_staysTheTexts() {
    Document doc = Parser.russian().parse("ru-test", "Программа визита Президента Республики Казахстан\n\n"
        + "Официальная церемония встречи 12 мая 10:00\n\n"
        + "Переговоры в узком составе начнутся в резиденции Президента 12 мая в 11:30.\n");
    assertNotEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Официальная церемония встречи"),
        "three words besides the date are the text's, not a stamp");
    assertNotEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Переговоры в узком составе"), "a sentence is the text's");
  }

  @Test
  void theDayAPageWasLastChanged_isNotTheDayItWasPublished() {
    Document doc = Parser.russian().parse("ru-test", "Последнее обновление: 14.02.2023 18:40\n\n"
        + "Заявление министров иностранных дел Армении и Грузии\n\n"
        + "Министры иностранных дел двух стран в пятницу провели переговоры и договорились расширять торговлю.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Последнее обновление"));
    assertFalse(doc.publicationDate().filter(d -> d.equals(EdtfDate.ofDay(2023, 2, 14))).isPresent(),
        "the day the page was changed does not date it");
    Document en = Parser.english().parse("en-test", "Updated: 09-Sep-2015\n\n"
        + "Joint Statement of the Foreign Ministers of Chile and Peru\n\n"
        + "The Foreign Ministers met on Friday and agreed to expand trade between the two countries.\n");
    assertFalse(en.date().filter(d -> d.toString().startsWith("2015")).isPresent(),
        "the day the page was changed does not date the document");
  }
}
