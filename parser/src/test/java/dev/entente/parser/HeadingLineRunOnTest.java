package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Initiative;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A line that opens with a kind of text and runs on with no stop («Декларация Президента …, Президента … в
 * поддержку …») is the heading of the document a page prints, not an initiative, however early its name is cut
 * off; a programme the heading or a sentence names still is one. Every text is written for these tests.
 */
final class HeadingLineRunOnTest {

  private static List<String> initiatives(String text) {
    return Parser.russian().parse("ru-test", text).initiatives().stream().map(Initiative::name).collect(Collectors.toList());
  }

  @Test
  void aLongHeadingLineOfTheDocument_isNoInitiative() {
    // GIVEN a news page that prints a declaration under its long heading, whose words run over commas with no stop,
    // with the page's own headline, stamp and lead above it
    List<String> found = initiatives(PAGE);
    // WHEN it is parsed
    // THEN the heading gives no initiative
    assertFalse(found.stream().anyMatch(n -> n.startsWith("Декларация Президента")), found::toString);
  }

  @Test
  void programmesNamedInTheHeadingAndInASentence_areStillInitiatives() {
    // GIVEN the same page, whose heading names a programme and whose text names another one in a sentence
    List<String> found = initiatives(PAGE);
    // WHEN it is parsed
    // THEN both programmes are initiatives
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Программа рационального использования")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Программа экономического сотрудничества")), found::toString);
  }

  private static final String PAGE = "Полный текст договоренностей о воде\n\n"
      + "05.03.2023 / 11:20\n\n"
      + "На сайте правительства опубликован текст документа, принятого в Астане по итогам встречи глав государств.\n\n"
      + "Декларация Президента Республики Казахстан, Президента Кыргызской Республики и Президента Республики"
      + " Таджикистан в поддержку Программы рационального использования водных ресурсов, принятой 3 марта 2023 года\n\n"
      + "(Источник gov.example)\n\n"
      + "3 марта 2023 года\n\n"
      + "Главы государств подтверждают стремление к рациональному использованию водных ресурсов региона. Они"
      + " договорились разработать Программу экономического сотрудничества на 2024-2026 годы.\n";
}
