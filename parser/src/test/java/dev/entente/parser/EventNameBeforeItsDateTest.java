package dev.entente.parser;

import static dev.entente.parser.DatedStatements.event;
import static dev.entente.parser.DatedStatements.events;
import static dev.entente.parser.DatedStatements.russian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A date of a day or a month that closes an event's name («сессию сего пятого мая») is no word of the name; a year
 * in the name, or a date with the name going on after it, stays where it is. Sentences written for these tests (none
 * is taken from a real document).
 */
final class EventNameBeforeItsDateTest {

  @Test
  void dayAfterTheHeadWithAnOldDemonstrative_endsTheName() {
    // GIVEN a session whose head is followed by «сего» and a day written in words
    Document doc = russian("Ассамблея, собравшаяся в Вене на свою девятую сессию сего пятого мая 2024 года,"
        + " приняла настоящее заявление.");
    // THEN the session's name ends before the date, and the date is the event's
    assertEquals("девятая сессия", event(doc, "сесси").name(), () -> events(doc));
    assertTrue(events(doc).contains("2024-05-05"), () -> events(doc));
  }

  @Test
  void dateInsideTheName_leavesTheNameWhole() {
    // GIVEN a signing dated between its head and the document it signs
    Document doc = russian("Стороны отметили значение подписания 3 марта 2020 года Договора о дружбе между"
        + " Казахстаном и Узбекистаном.");
    // THEN the signing keeps the document in its name
    assertTrue(event(doc, "подписани").name().contains("Договора о дружбе"), () -> events(doc));
  }
}
