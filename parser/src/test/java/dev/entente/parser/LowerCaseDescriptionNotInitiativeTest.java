package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Russian capitalises the names of plans and programmes («План действий …»); «план реформирования
 * органов Содружества» in lower case, with no quote, number or period, describes a plan and names none,
 * while a capitalised plan, a quoted programme and a strategy with its period stay. Sentences written
 * for the test, in the style of ministries' news items.
 */
final class LowerCaseDescriptionNotInitiativeTest {

  private static List<String> initiatives(String text) {
    Document doc = Parser.russian().parse("lower", text);
    return doc.initiatives().stream().map(Initiative::name).toList();
  }

  @Test
  void aLowerCasePlan_describes_whileNamedOnesStay() {
    List<String> found = initiatives("Совместное коммюнике Совета министров иностранных дел\n\n"
        + "1. Министры одобрили план реформирования органов управления Содружества. \"Реформа назрела\", — отметил министр.\n"
        + "2. Министры утвердили План действий Содружества в области миграции.\n"
        + "3. Стороны продолжат сотрудничество в рамках программы «Приоритет-2030».\n"
        + "4. Стороны поддерживают стратегию развития Содружества до 2035 года.\n\n"
        + "Минск, 12 марта 2024 года\n");
    assertFalse(found.stream().anyMatch(n -> n.startsWith("план реформирования")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.startsWith("План действий")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.contains("Приоритет-2030")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.startsWith("стратегия развития")), found::toString);
  }
}
