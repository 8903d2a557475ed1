package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A treaty collection or archive page cites where it took a text from («Источник: "Внешняя политика
 * России 1998", стр. 54»): the quoted title of a publication, with its page or volume, is no policy or
 * plan, while a policy named in the text itself stays. Sentences written for the test in the style of
 * such pages.
 */
final class CitedPublicationNotInitiativeTest {

  private static List<String> initiatives(String text) {
    Document doc = Parser.russian().parse("cited", text);
    return doc.initiatives().stream().map(Initiative::name).toList();
  }

  private static boolean any(List<String> names, String part) {
    return names.stream().anyMatch(n -> n.contains(part));
  }

  @Test
  void aSourceWithItsPageOrVolume_isNoPolicy_whileAPolicyInTheTextStays() {
    List<String> found = initiatives("Совместное заявление Российской Федерации и Республики Чили\n\n"
        + "Источник:\n\"Внешняя политика России 1998\", стр. 54\n\n"
        + "Российская Федерация и Республика Чили заявляют о поддержке Новой экономической политики "
        + "\"Нурлы жол\".\n\n"
        + "Москва, 12 марта 1998 года\n"
        + "Сборник документов \"Внешняя политика и безопасность современной России\", том 3.\n");
    assertFalse(any(found, "Внешняя политика России 1998"), found::toString);
    assertFalse(any(found, "безопасность современной России"), found::toString);
    assertTrue(any(found, "Новая экономическая политика"), found::toString);
  }
}
