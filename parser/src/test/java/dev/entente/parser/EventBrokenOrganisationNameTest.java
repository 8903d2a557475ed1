package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static dev.entente.parser.DatedStatements.russian;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * An organisation whose listed name opens with an event's head («Совещание по безопасности и сотрудничеству в
 * Европе»), its name cut short by a line break, a hyphen or a slip, is no event; a meeting whose name only shares the
 * first words stays one. Sentences written for these tests (none is taken from a real document).
 */
final class EventBrokenOrganisationNameTest {

  @Test
  void nameBrokenAtAHyphenatedLineEnd_isNoEvent() {
    // GIVEN the CSCE's name broken by a hyphen at a line's end
    Document doc = russian("Стороны, руководствуясь положениями Заключительного акта Совещания по безопасности и"
        + " сотрудничест-\nву в Европе, договорились развивать торговлю.");
    // THEN no meeting is read from the broken name
    assertFalse(events(doc).contains("Совещани"), () -> events(doc));
  }

  @Test
  void nameWithASlip_isNoEvent() {
    // GIVEN the CSCE's name with a slip of the pen in its last words
    Document doc = russian("Стороны подтверждают обязательства, взятые ими в рамках Совещания по безопасности и"
        + " сотрудничеству и Европы.");
    // THEN no meeting is read from it
    assertFalse(events(doc).contains("Совещани"), () -> events(doc));
  }

  @Test
  void aMeetingSharingTheOpeningWords_staysAnEvent() {
    // GIVEN a dated meeting whose name opens as the organisation's does and then goes its own way
    Document doc = russian("Стороны приветствовали проведение в Минске 5 мая 2025 года Совещания по безопасности"
        + " на транспорте.");
    // THEN it is an event
    assertTrue(events(doc).contains("Совещани"), () -> events(doc));
  }

  @Test
  void nameWrappedAfterItsPreposition_isNoEvent() {
    // GIVEN a hard-wrapped paragraph whose line breaks the CSCE's whole name right after «по»
    Document doc = russian("Стороны,\nруководствуясь целями\nи нормами принятого в Хельсинки\nЗаключительного акта"
        + " Совещания по\nбезопасности и сотрудничеству в Европе,\nдоговорились развивать\nторговлю.");
    // THEN the organisation's name yields no meeting
    assertFalse(events(doc).contains("Совещани"), () -> events(doc));
  }

  @Test
  void aConferenceNamedOnPastAListedNamesOpening_staysAnEvent() {
    // GIVEN a UN conference whose name opens as UNCTAD's listed name does and goes on with another subject
    Document doc = russian("Стороны отметили прогресс, достигнутый со времени проведения Конференции Организации"
        + " Объединенных Наций по окружающей среде и развитию.");
    // THEN the conference is an event
    assertTrue(events(doc).contains("Конференция Организации Объединенных Наций"), () -> events(doc));
  }

  @Test
  void theListedOrganisationItself_isNoEvent() {
    // GIVEN UNCTAD named in full
    Document doc = russian("Стороны поддержали работу Конференции Организации Объединенных Наций по торговле и"
        + " развитию.");
    // THEN no conference is read from it
    assertFalse(events(doc).contains("Конференци"), () -> events(doc));
  }
}
