package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An opening subject of an organisation's members and another state, after the date and place of
 * their meeting, where the members alone speak in a later paragraph. Every text is written for
 * these tests.
 */
final class RussianSubjectAfterAPlaceTest {
  private static final Parser RUSSIAN = Parser.russian();

  @Test
  void theMembersAndAStateThatMetAreTheSides_theStateThatPlacesTheCityIsNone() {
    // GIVEN a date, a city with its state in parentheses, then the subject and its verb
    Document doc = RUSSIAN.parse("Совместное заявление\n\n15 мая 2024 года в Астане (Казахстан) страны-члены ОДКБ и"
        + " Китайская Народная Республика провели встречу министров иностранных дел.\n\n"
        + "Государства-члены ОДКБ подтвердили свою приверженность сотрудничеству в регионе.\n\n"
        + "Китайская Народная Республика поддержала работу Организации.\n");
    // THEN the organisation and the state adopt it; the state of the city does not
    assertEquals(List.of("CN", "CSTO"), sorted(doc.signatories()));
  }
}
