package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * An undated event after a masculine verb in the past and «на» («выступил на заседании …») took place; a
 * noun in «-л» («посол», «генерал») is no such verb. A range whose first day carries an ordinal's ending
 * («с 4-го по 5 ноября», «со 2-го по 3-е декабря») spans both days. Sentences written for these tests.
 */
final class PastActAndSuffixedRangeTest {
  private static final Parser RUSSIAN = Parser.russian();
  private static final LanguageData RU = LanguageData.of("ru");

  private static Document russian(String body) {
    return RUSSIAN.parse("ru-past-act", "Совместное заявление Республики Казахстан и Республики Узбекистан\n\n"
        + "Ташкент, 12 марта 2025 года\n\n" + body + "\n");
  }

  private static Event event(Document doc, String start) {
    return doc.events().stream().filter(e -> e.name().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("events " + doc.events()));
  }

  @Test
  void theMasculinePast_isAVerbOnlyWhereTheDictionarySaysSo() {
    assertTrue(RU.language.isPastAct("выступил"));
    assertTrue(RU.language.isPastAct("состоялся"));
    assertTrue(RU.language.isPastAct("провели"));
    assertFalse(RU.language.isPastAct("посол"));
    assertFalse(RU.language.isPastAct("генерал"));
    assertFalse(RU.language.isPastAct("протокол"));
  }

  @Test
  void anUndatedSitting_aSpeakerAddressedInThePast_tookPlace() {
    Document doc = russian("Президент Республики Казахстан выступил на пленарном заседании Совета глав государств"
        + " Содружества Независимых Государств.");
    assertEquals(EventStatus.HELD, event(doc, "пленарное заседание").status());
  }

  @Test
  void anUndatedSitting_aSpeakerWillAddress_isPlanned() {
    Document doc = russian("Министр иностранных дел выступит на заседании Совета министров иностранных дел"
        + " Шанхайской организации сотрудничества.");
    assertEquals(EventStatus.PLANNED, event(doc, "заседание Совета").status());
  }

  @Test
  void aRangeFromASuffixedDay_spansBothDays() {
    Document doc = russian("С 4-го по 5 ноября 2024 года в Астане состоялся саммит Организации тюркских государств.");
    assertEquals("2024-11-04/2024-11-05", event(doc, "саммит").date().map(Object::toString).orElse(null));
  }

  @Test
  void aRangeOfTwoSuffixedDays_afterCo_spansBothDays() {
    Document doc = russian("Со 2-го по 3-е декабря 2024 года состоялся официальный визит Президента Республики"
        + " Узбекистан в Республику Казахстан.");
    assertEquals("2024-12-02/2024-12-03", event(doc, "официальный визит").date().map(Object::toString).orElse(null));
  }
}
