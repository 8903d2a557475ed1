package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «руководствуясь целями и принципами Устава ООН», "in accordance with the Charter of the United Nations":
 * a treaty invoked only as a source of the rules the sides follow is a document merely cited, no
 * initiative; one the sides prepare or adopt stays. Sentences written for the test, in the style of
 * joint statements, memoranda and ministerial communiqués.
 */
final class CitedTreatyNotInitiativeTest {

  private static List<String> initiatives(Parser parser, String text) {
    Document doc = parser.parse("cited", text);
    return doc.initiatives().stream().map(Initiative::name).toList();
  }

  @Test
  void theCharterInvokedForItsPrinciples_isCited() {
    List<String> found = initiatives(Parser.russian(), "Совместное заявление Республики Казахстан и Монголии\n\n"
        + "Республика Казахстан и Монголия, руководствуясь целями и принципами Устава Организации Объединенных Наций, "
        + "заявляют о следующем.\n\n"
        + "Стороны развивают отношения в соответствии с Уставом ООН и общепризнанными нормами международного права.\n\n"
        + "Стороны подтверждают приверженность принципам, закрепленным в Хельсинкском заключительном акте.\n\n"
        + "Астана, 4 июня 2024 года\n");
    assertFalse(found.stream().anyMatch(n -> n.startsWith("Устав")), found::toString);
    assertFalse(found.stream().anyMatch(n -> n.contains("аключительный акт")), found::toString);
  }

  @Test
  void aConventionNamedByItsArticleOrProvisions_isCited() {
    List<String> found = initiatives(Parser.russian(), "Заявление министров иностранных дел\n\n"
        + "Министры подчеркнули неотъемлемое право государств на самооборону по смыслу статьи 51 Устава ООН. "
        + "Министры призвали к выполнению обязательств, предусмотренных Конвенцией о запрещении химического оружия.\n\n"
        + "Москва, 5 апреля 2024 года\n");
    assertFalse(found.stream().anyMatch(n -> n.startsWith("Устав")), found::toString);
    assertFalse(found.stream().anyMatch(n -> n.startsWith("Конвенция")), found::toString);
  }

  @Test
  void aCharterTheSidesPrepare_staysWhileTheCitedOneGoes() {
    List<String> found = initiatives(Parser.russian(), "Решение Совета глав государств\n\n"
        + "Совет глав государств, следуя принципам, закрепленным в Уставе Организации Объединенных Наций, решил:\n"
        + "1. Министрам иностранных дел в трехмесячный срок подготовить проект Устава Евразийского форума безопасности.\n\n"
        + "Минск, 14 февраля 1995 года\n");
    assertFalse(found.stream().anyMatch(n -> n.contains("Объединенных Наций")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Устав Евразийского форума")), found::toString);
  }

  @Test
  void englishConventionInAccordance_isCited_whileATreatyToNegotiateStays() {
    List<String> found = initiatives(Parser.english(), "Joint Statement of the Foreign Ministers of Chile and Norway\n\n"
        + "The Ministers reaffirmed that maritime disputes shall be settled in accordance with the United Nations "
        + "Convention on the Law of the Sea. They welcomed the Ocean Partnership Programme launched by Norway in 2023 "
        + "and agreed to negotiate the draft Treaty on Antarctic Research Cooperation.\n\n"
        + "Santiago, 3 May 2024\n");
    assertFalse(found.stream().anyMatch(n -> n.contains("Law of the Sea")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.contains("Treaty on Antarctic Research")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.contains("Ocean Partnership Programme")), found::toString);
  }
}
