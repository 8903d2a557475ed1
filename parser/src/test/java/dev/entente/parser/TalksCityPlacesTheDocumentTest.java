package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * Session 40: a report that places nothing else names where the document was made in a sentence that names the
 * document and the talks that made it («… говорится в заявлении, подписанном по итогам переговоров в Киеве»): the
 * city right after (or right before) a noun of a meeting is the document's place, unless the meeting is the next
 * one. Every text is written for these tests.
 */
final class TalksCityPlacesTheDocumentTest {
  private static String place(String text) {
    Document doc = Parser.russian().parse("talks-city", text);
    return doc.place().map(Place::name).orElse(null);
  }

  @Test
  void cityAfterTheNounOfTalks_inASentenceThatNamesTheDocument_placesIt() {
    assertEquals("Минск", place("Министры договорились расширить сотрудничество в области связи.\n"
        + "Об этом говорится в заявлении, принятом министрами по итогам переговоров в Минске.\n"));
  }

  @Test
  void cityBeforeTheNounOfTalks_placesIt() {
    assertEquals("Ереван", place("На проходящих в Ереване переговорах министров обороны Армении и Греции"
        + " подписан протокол о военном сотрудничестве.\n"));
  }

  @Test
  void theNextMeetingsCity_placesNothing() {
    assertNotEquals("Баку", place("Министры обсудили вопросы транспорта.\n"
        + "Следующая встреча министров пройдет в Баку, говорится в коммюнике.\n"));
  }

  @Test
  void meetingsInAListOfCities_placeNothing() {
    assertNotEquals("Минск", place("Стороны подписали декларацию, развивая договоренности, достигнутые на встречах в Минске"
        + " и Ереване.\n"));
  }
}
