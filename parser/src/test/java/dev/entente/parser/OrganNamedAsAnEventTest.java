package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An organ of the UN system or of a convention named with an event's head («Генеральная конференция ЮНЕСКО», «Шестой
 * комитет», "the Conference of the Parties", "the Third Committee") is the organ, no occasion; its session is the
 * event. Sentences written for these tests.
 */
final class OrganNamedAsAnEventTest {
  private static final Parser RU = Parser.russian();
  private static final Parser EN = Parser.english();

  private static String events(Document doc) {
    return doc.events().stream().map(Event::name).collect(Collectors.joining("; "));
  }

  @Test
  void theGeneralConferenceMeetingInSession_isOnlyItsSession() {
    Document doc = RU.parse("ru-organ", "Декларация\n\nГенеральная конференция Организации Объединенных Наций по вопросам "
        + "образования, науки и культуры, собравшаяся в Женеве на свою двадцатую сессию 5 октября 1978 года, провозглашает "
        + "настоящую Декларацию.\n");
    assertEquals("двадцатая сессия", events(doc));
  }

  @Test
  void aMainCommitteesReport_namesNoEvent() {
    Document doc = RU.parse("ru-committee", "Резолюция, принятая Генеральной Ассамблеей 10 декабря 2019 года "
        + "[по докладу Шестого комитета (A/74/500)]\n\nГенеральная Ассамблея,\n\nссылаясь на свои предыдущие резолюции,\n\n"
        + "1. принимает к сведению доклад.\n");
    assertEquals("", events(doc));
  }

  @Test
  void theConferenceOfTheParties_isAnOrganAndItsSessionTheEvent() {
    Document doc = EN.parse("en-cop", "Declaration\n\nThe States Parties welcome the outcome of the twentieth session of the "
        + "Conference of the Parties and note that the Conference of the Parties will review progress at its next session "
        + "in Bonn in 2026.\n");
    assertEquals("twentieth session of the Conference of the Parties", events(doc));
  }

  @Test
  void theThirdCommittee_namesNoEvent() {
    Document doc = EN.parse("en-committee", "Resolution adopted by the General Assembly on 12 December 2019 [on the report "
        + "of the Third Committee (A/74/400)]\n\nThe General Assembly,\n\nRecalling its previous resolutions,\n\n"
        + "1. Welcomes the report.\n");
    assertEquals("", events(doc));
  }
}
