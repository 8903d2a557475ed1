package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «Мероприятие» names an event only with what names it right after it («Мероприятие по …», «мероприятие ЮНЕСКО»);
 * bare, or before a plain word («мероприятия визита», «мероприятия еще больше …»), it names none. Every text is
 * written for these tests.
 */
final class EventGenericNounTest {
  private static List<String> events(Document doc) {
    return doc.events().stream().map(e -> e.name()).toList();
  }

  @Test
  void thePartsOfAVisit_areNoEvent() {
    // GIVEN a page: the main parts of a visit took place on a day
    Document doc = Parser.russian().parse("t", "Президент Киргизской Республики посетил Казахстан.\n\n"
        + "Основные мероприятия программы прошли 5 марта в столице.\n");
    // THEN «мероприятия программы» is no event
    assertTrue(events(doc).stream().noneMatch(n -> n.toLowerCase().contains("мероприят")), () -> events(doc).toString());
  }

  @Test
  void aGenericNounBeforeAnAdverb_isNoEvent() {
    // GIVEN a sentence whose generic noun runs into an adverb
    Document doc = Parser.russian().parse("t", "Прошедшие в Бишкеке встречи и мероприятия заметно укрепили"
        + " дружбу двух народов.\n");
    // THEN no event named by «мероприятия»
    assertTrue(events(doc).stream().noneMatch(n -> n.toLowerCase().contains("мероприят")), () -> events(doc).toString());
  }

  @Test
  void aGenericNounNamedByAPreposition_staysAnEvent() {
    // GIVEN a joint statement that plans an occasion named after the generic noun
    Document doc = Parser.russian().parse("t", "Совместное заявление\n\n"
        + "Стороны проведут в Ташкенте в мае 2026 года Мероприятие по молодежному обмену \"Азия – Европа\".\n");
    // THEN it is an event
    assertEquals(1, events(doc).stream().filter(n -> n.startsWith("Мероприятие по молодежному обмену")).count(),
        () -> events(doc).toString());
  }
}
