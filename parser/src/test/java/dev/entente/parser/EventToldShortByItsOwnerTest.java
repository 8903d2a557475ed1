package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A heading that names the document's gathering by its head and its owner's acronym alone («саммит ОИК») names the
 * gathering the body tells in full, of the same kind at the same place; a gathering of another kind stays apart. On
 * texts written for these tests (none is taken from a real document).
 */
final class EventToldShortByItsOwnerTest {
  private static final Parser RUSSIAN = Parser.russian();

  @Test
  void aHeadingsSummitByItsOwnersAcronym_isTheSummitTheBodyNames() {
    // GIVEN a site's heading naming a summit by its head and the organisation's acronym, then the text's own heading
    Document doc = RUSSIAN.parse("t", "Коммюнике 7 саммита ОИК в Дакаре, 2020 г.\n\n"
        + "ЗАКЛЮЧИТЕЛЬНОЕ КОММЮНИКЕ 7-ГО ИСЛАМСКОГО САММИТА ГЛАВ ГОСУДАРСТВ/ПРАВИТЕЛЬСТВ\n"
        + "Дакар, Республика Сенегал\nмарт 2020 г.\n"
        + "1. Главы государств и правительств государств-членов Организации исламского сотрудничества провели"
        + " 7-й Исламский саммит в Дакаре, Республика Сенегал.\n2. Конференция выразила признательность.\n");
    // THEN the summit told by the acronym is no event of its own
    assertFalse(events(doc).contains("саммит ОИК"), () -> events(doc));
    assertTrue(events(doc).toLowerCase(java.util.Locale.ROOT).contains("исламск"), () -> events(doc));
  }

  @Test
  void aMeetingOfAnotherKind_staysApart() {
    // GIVEN a summit named by an acronym and a ministers' session held in the same city on the same days
    Document doc = RUSSIAN.parse("t", "Совместное заявление\n\n"
        + "1. Министры иностранных дел провели 4-е заседание Совета министров иностранных дел ГУАМ в Баку"
        + " 3 мая 2031 года, накануне открывшегося там же саммита ГУАМ.\n");
    // THEN the session and the summit stay two events
    assertEquals(2, doc.events().size(), () -> events(doc));
  }
}
