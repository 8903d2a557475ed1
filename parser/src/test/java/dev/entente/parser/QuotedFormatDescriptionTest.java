package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A lower-case quoted complement of a format («в формате "рабочего завтрака"», «назвал формат «эффективной
 * площадкой»») says how the sides sat or what the format is like: no mechanism, neither the format nor a head
 * inside the quotation; a format named by its members or a number stays one.
 */
final class QuotedFormatDescriptionTest {

  /** Whether {@code doc} has a mechanism whose name holds {@code fragment}. */
  private static boolean has(Document doc, String fragment) {
    return doc.mechanisms().stream().map(Mechanism::name).anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(fragment));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Министры провели беседу в формате «рабочего завтрака».
      Вначале лидеры побеседовали в формате "с глазу на глаз", затем к ним присоединились делегации.
      Министр назвал четырехсторонний формат «эффективной площадкой для обмена мнениями».
      """)
  void lowerCaseQuotedComplement_namesNoMechanism(String sentence) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertFalse(has(doc, "формат") || has(doc, "площадк"), "a description of a format taken for a mechanism: " + dump(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны высоко оценили сотрудничество в формате «Центральная Азия – Япония».
      Участники переговоров в формате "5+2" согласовали повестку дня.
      """)
  void formatNamedByMembersOrNumber_staysAMechanism(String sentence) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertTrue(has(doc, "формат") || doc.mechanisms().stream().anyMatch(m -> m.name().contains("5+2")),
        "a format named by its members lost: " + dump(doc));
  }
}
