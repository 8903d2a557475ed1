package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Session 34: a legal database notes the day a text took force under its title or after its articles («Соглашение
 * вступило в силу 3 октября 1972 г.», "Entry into force: 9 February 2011"); that day is not the day the text was
 * made, which its title or closing formula gives.
 */
final class DayOfEntryIntoForceTest {
  @Test
  void date_noteOfForceUnderTheTitle_theTitlesDay() {
    String text = "СОГЛАШЕНИЕ МЕЖДУ РЕСПУБЛИКОЙ КАЗАХСТАН И КЫРГЫЗСКОЙ РЕСПУБЛИКОЙ О ВОДНЫХ РЕСУРСАХ 12 МАРТА 1996 Г.\n"
        + "Соглашение вступило в силу 1 июня 1997 г.\n\n"
        + "Республика Казахстан и Кыргызская Республика, ниже именуемые Сторонами,\n"
        + "согласились о нижеследующем:\n\n"
        + "Статья 1\nСтороны сотрудничают в использовании водных ресурсов.\n";
    assertEquals("1996-03-12", String.valueOf(Seeds.PARSER.parse("kz_kg.txt", text).date().orElse(null)));
  }

  @Test
  void date_noteOfForceOverTheClosingFormula_theDayItWasDone() {
    String text = "Статья 9\nНастоящее Соглашение вступает в силу с даты получения последнего уведомления.\n"
        + "Соглашение вступило в силу с 5 мая 2012 г.\n"
        + "Совершено в г. Ереване 20 октября 2011 года в двух экземплярах на русском языке.\n";
    assertEquals("2011-10-20", String.valueOf(Seeds.PARSER.parse("am_ru.txt", text).date().orElse(null)));
  }

  @Test
  void date_englishNoteOfForce_theDayOfSigning() {
    String text = "Agreement between Canada and Chile on Air Transport\n"
        + "Entered into force on 14 February 2000\n\n"
        + "Done at Santiago on 2 May 1999, in duplicate, in the English, French and Spanish languages.\n";
    assertEquals("1999-05-02", String.valueOf(Parser.english().parse("ca_cl.txt", text).date().orElse(null)));
  }
}
