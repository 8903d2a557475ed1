package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «Заявление о выполнении резолюций Совета Безопасности ООН № 1540 и 1977»: resolutions that a title cites by
 * number after words of its own are texts the document refers to, while a title that opens with a resolution
 * names the document itself. Texts written for the test, in the style of statements on non-proliferation.
 */
final class ResolutionCitedInTheTitleTest {

  private static List<String> initiatives(String text) {
    Document doc = Parser.russian().parse("title", text);
    return doc.initiatives().stream().map(Initiative::name).toList();
  }

  @Test
  void resolutionsTheTitleCitesByNumber_areInitiatives() {
    List<String> found = initiatives("Заявление министров иностранных дел о выполнении резолюций Совета Безопасности ООН "
        + "№ 1540, 1673 и 1977\n\n"
        + "Министры иностранных дел, встретившись в Вене, заявляют о следующем.\n\n"
        + "Стороны будут укреплять режим нераспространения и обмениваться опытом национального контроля.\n\n"
        + "Вена, 3 марта 2012 года\n");
    assertTrue(found.stream().anyMatch(n -> n.endsWith("1540")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.endsWith("1673")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.endsWith("1977")), found::toString);
  }

  @Test
  void aResolutionThatOpensTheTitle_isTheDocument() {
    List<String> found = initiatives("Резолюция 1540 Совета Безопасности ООН о нераспространении оружия массового уничтожения\n\n"
        + "Совет Безопасности, подтверждая свою приверженность нераспространению, постановляет следующее.\n\n"
        + "Государства будут воздерживаться от любой поддержки негосударственных субъектов.\n\n"
        + "Нью-Йорк, 28 апреля 2004 года\n");
    assertFalse(found.stream().anyMatch(n -> n.contains("1540")), found::toString);
  }
}
