package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A themed or cross year of two countries («Год науки и образования Россия – Индия 2025») is an initiative. */
final class ThemedYearTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Министры подписали Совместное заявление о проведении Года науки и образования Казахстан – Узбекистан 2026. | год науки
      Стороны договорились о проведении в 2027 году Года молодежи Россия – Вьетнам. | год молодежи
      Стороны высоко оценили итоги Года истории Беларусь – Китай 2025. | год истории
      """)
  void themedYearIsAnInitiative(String sentence, String name) {
    // GIVEN
    Document doc = OwnSentences.parse(sentence);
    // THEN
    assertTrue(doc.initiatives().stream().anyMatch(i -> i.name().toLowerCase(Locale.ROOT).startsWith(name)),
        "a themed year missed: " + dump(doc));
  }
}
