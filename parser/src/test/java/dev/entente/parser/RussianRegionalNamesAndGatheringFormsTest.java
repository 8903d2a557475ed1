package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Complete data of the Russian language seam: given names of the Caucasus (Armenian, Georgian), so a
 * person's name in the genitive after a body's head is no part of the body's name; «встреча в верхах»
 * as a summit's head; the forms of «собраться» (feminine and neuter past, participles) as verbs of a
 * gathering. Every text is written for these tests.
 */
final class RussianRegionalNamesAndGatheringFormsTest {
  private static final Parser RUSSIAN = Parser.russian();

  @Test
  void aCommissionOfAnArmenianPerson_isNoMechanism() {
    Document doc = RUSSIAN.parse("Совместное заявление\n\n12 марта 2024 года в Ереване Премьер-министр Республики"
        + " Армения Ашот Саргсян провел переговоры с Президентом Грузии Вахтангом Беридзе.\n\n"
        + "Стороны создали комиссию Ашота Петросяна по вопросам торговли.\n");
    assertTrue(doc.mechanisms().isEmpty(), "a person's name read as a mechanism: "
        + doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.joining("; ")));
    assertTrue(doc.participants().stream().anyMatch(p -> p.name().equals("Ашот Петросян")));
  }

  @Test
  void aGeorgianGivenName_opensAPersonsName() {
    Document doc = RUSSIAN.parse("Совместное заявление\n\n12 марта 2024 года в Тбилиси Президент Грузии"
        + " Тенгиз Абашидзе провел переговоры с Премьер-министром Республики Армения Тиграном Акопяном.\n\n"
        + "Стороны обсудили вопросы сотрудничества.\n");
    List<String> names = doc.participants().stream().map(p -> p.name()).sorted().toList();
    assertEquals(List.of("Тенгиз Абашидзе", "Тигран Акопян"), names);
  }

  @Test
  void aMeetingAtTheTop_isASummit() {
    Document doc = RUSSIAN.parse("Совместное заявление\n\nВ ходе встречи в верхах в Бишкеке 5 июня 2024 года"
        + " президенты Кыргызской Республики и Республики Таджикистан обсудили вопросы сотрудничества.\n");
    List<String> events = doc.events().stream().map(Event::name).toList();
    assertEquals(List.of("встреча в верхах в Бишкеке"), events);
  }

  @Test
  void aParticipleOfGathering_tellsTheMeetingItsSubjectHeld() {
    Document doc = RUSSIAN.parse("Декларация\n\nМинистры иностранных дел Республики Казахстан и Монголии,"
        + " собравшиеся в Улан-Баторе 4 октября 2023 года, заявляют о следующем.\n\n"
        + "Стороны подтверждают приверженность сотрудничеству.\n");
    List<String> events = doc.events().stream().map(Event::name).toList();
    assertEquals(List.of("встреча министров иностранных дел Республики Казахстан и Монголии в Улан-Баторе"), events);
  }

  @Test
  void aFemininePastOfGathering_tellsAMeeting() {
    Document doc = RUSSIAN.parse("Заявление\n\n4 октября 2023 года делегация Казахстана собралась в Улан-Баторе.\n\n"
        + "Стороны подтверждают приверженность сотрудничеству.\n");
    List<String> events = doc.events().stream().map(Event::name).toList();
    assertEquals(List.of("встреча в Улан-Баторе"), events);
  }
}
