package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «Обновленная Стратегия отражает …» after «Стратегии развития … до 2030 года»: a head with only a word
 * that points back names nothing of its own, while the strategy named in full stays. Sentences written
 * for the test, in the style of joint statements and ministries' reviews.
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
}
