package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «Обновленная Стратегия отражает …» after «Стратегии развития … до 2030 года», «указанной Межгосударственной
 * программы», «упомянутой Межгосударственной программы»: a name opened by a word that points back, or right after
 * one, names nothing of its own, while the text named in full stays. Sentences written for the test, in the style
 * of joint statements, ministries' reviews and decisions of a council of heads of government.
 */
final class PointingBackNotInitiativeTest {

  private static List<String> initiatives(String text) {
    Document doc = Parser.russian().parse("back", text);
    return doc.initiatives().stream().map(Initiative::name).toList();
  }

  @Test
  void anUpdatedStrategy_pointsBack_whileTheNamedStrategyStays() {
    List<String> found = initiatives("Совместное заявление Республики Казахстан и Республики Узбекистан\n\n"
        + "Стороны приветствуют утверждение Стратегии развития Центральной Азии до 2030 года. "
        + "Обновленная Стратегия отражает общие приоритеты региона.\n\n"
        + "Ташкент, 12 марта 2024 года\n");
    assertFalse(found.stream().anyMatch(n -> n.startsWith("Обновленная")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Стратегия развития Центральной Азии")), found::toString);
  }

  /** A decision that approves a programme in its first point and refers back to it in its second, by {@code pointer}. */
  private static String decisionReferringBackBy(String pointer) {
    return "Решение Совета глав правительств\n\n"
        + "Совет глав правительств Содружества Независимых Государств решил:\n\n"
        + "1. Утвердить Межгосударственную программу сотрудничества в области образования на 2025-2027 годы.\n\n"
        + "2. Исполнительному комитету внести предложения по финансированию " + pointer + " Межгосударственной программы.\n\n"
        + "Совершено в городе Минске 10 октября 2024 года.\n";
  }

  @Test
  void aPointerOpeningALongerName_pointsBack_whileTheProgrammeNamedInFullStays() {
    // GIVEN a programme approved by name, WHEN a later point speaks of «указанной Межгосударственной программы»
    List<String> found = initiatives(decisionReferringBackBy("указанной"));
    // THEN only the programme named in full is an initiative
    assertEquals(List.of("Межгосударственная программа сотрудничества в области образования"), found);
  }

  @Test
  void aPointerRightBeforeAName_pointsBack_whileTheProgrammeNamedInFullStays() {
    // GIVEN a programme approved by name, WHEN a later point speaks of «упомянутой Межгосударственной программы»
    List<String> found = initiatives(decisionReferringBackBy("упомянутой"));
    // THEN only the programme named in full is an initiative
    assertEquals(List.of("Межгосударственная программа сотрудничества в области образования"), found);
  }
}
