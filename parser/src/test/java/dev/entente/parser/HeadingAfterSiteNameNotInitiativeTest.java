package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «Совет … | Ашхабадская декларация о … (полный текст)»: a news page's heading line that gives the site's
 * name, a bar and the document's name, with no stop, heads the document printed below; it is the
 * document itself, not an initiative, while a programme the document supports stays. Text written for
 * the test, in the style of agency pages that print a declaration in full.
 */
final class HeadingAfterSiteNameNotInitiativeTest {

  @Test
  void theDocumentsNameAfterTheSitesBar_isTheDocument() {
    Document doc = Parser.russian().parse("bar", "Совет лидеров Центральной Азии | Принята Ашхабадская декларация о водном сотрудничестве!\n\n"
        + "14 мая была опубликована Ашхабадская декларация о водном сотрудничестве государств региона. "
        + "Документ посвящен вопросам рационального использования водных ресурсов.\n\n"
        + "Полный текст:\n\n"
        + "Совет лидеров Центральной Азии | Ашхабадская декларация о водном сотрудничестве государств Центральной Азии (полный текст)\n\n"
        + "Мы, главы государств Центральной Азии, собравшись в Ашхабаде, поддерживаем выдвинутую Туркменистаном "
        + "Программу действий «Вода для устойчивого будущего» и будем содействовать ее реализации.\n\n"
        + "Ашхабад, 14 мая 2024 года\n");
    List<String> found = doc.initiatives().stream().map(Initiative::name).toList();
    assertFalse(found.stream().anyMatch(n -> n.startsWith("Ашхабадская декларация")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Программа действий")), found::toString);
  }
}
