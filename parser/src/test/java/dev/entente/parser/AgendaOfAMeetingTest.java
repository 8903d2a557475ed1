package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «включить в повестку дня Саммита …»: an agenda's head right before a meeting's head is the business of that
 * meeting, no programme of the parties; an agenda named by its own field stays. Text written for the test, in
 * the style of ministers' statements.
 */
final class AgendaOfAMeetingTest {

  @Test
  void theAgendaOfASummit_isNoInitiative_whileTheAgendaForDevelopmentStays() {
    // GIVEN a statement that puts a question on a summit's agenda and supports an agenda for development
    List<String> found = Parser.russian().parse("agenda", "Заявление министров энергетики\n\n"
        + "1. Мы приветствуем решение включить в повестку дня Саммита лидеров стран Центральной Азии вопрос "
        + "энергетической безопасности.\n\n"
        + "2. Мы поддерживаем Повестку дня в области устойчивого развития на период до 2030 года.\n\n"
        + "Астана, 3 июня 2024 года\n").initiatives().stream().map(Initiative::name).toList();
    // THEN only the agenda for development is an initiative
    assertEquals(List.of("Повестка дня в области устойчивого развития на период до 2030 года"), found);
  }
}
