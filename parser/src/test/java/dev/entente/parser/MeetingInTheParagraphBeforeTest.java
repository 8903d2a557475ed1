package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «… состоялся саммит A. Мероприятие прошло … ⏎ Во встрече приняли участие Президент B, Председатель C …»: heads
 * who take part in an organisation's meeting named anywhere in the paragraph before theirs attend that
 * organisation's meeting, whose side is the organisation. Every text is written for these tests.
 */
final class MeetingInTheParagraphBeforeTest {
  private static final String ATTENDEES = "Во встрече приняли участие Президент Республики Казахстан Касым-Жомарт Токаев,"
      + " Председатель КНР Си Цзиньпин, Президент Кыргызской Республики Садыр Жапаров и Президент Республики"
      + " Таджикистан Эмомали Рахмон.\nПо итогам встречи лидеры приняли Астанинскую декларацию.\n";

  @Test
  void headsAttendingASummitNamedTwoSentencesBefore_giveTheOrganisation() {
    // GIVEN a paragraph that opens with an organisation's summit and says two more things of it, then the attendees
    Document doc = Parser.russian().parse("Итоги саммита\n\n15 июня в Астане состоялся саммит Шанхайской"
        + " организации сотрудничества. Мероприятие прошло в режиме видеоконференции. Переводчики работали на двух"
        + " языках.\n" + ATTENDEES);
    // THEN the organisation is the side, not the attendees' states
    assertEquals(List.of("SCO"), sorted(doc.signatories()));
  }

  @Test
  void headsAttendingTalksOfNoOrganisation_areTheSides() {
    // GIVEN the same paragraphs about talks that no organisation holds
    Document doc = Parser.russian().parse("Итоги переговоров\n\n15 июня в Астане состоялись переговоры."
        + " Мероприятие прошло в режиме видеоконференции. Переводчики работали на двух языках.\n" + ATTENDEES);
    // THEN the heads' states remain the sides
    assertEquals(List.of("CN", "KG", "KZ", "TJ"), sorted(doc.signatories()));
  }
}
