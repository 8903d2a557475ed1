package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «резолюцию A/RES/75/1», «резолюцией Генеральной Ассамблеи ООН (A/Res/73/284)»: a resolution named by its UN
 * document symbol, right after its head or in brackets after its issuer, is one resolution named by that whole
 * symbol. Texts written for the test, in the style of joint statements.
 */
final class ResolutionBySymbolTest {

  private static List<String> initiatives(String text) {
    Document doc = Parser.russian().parse("ru-test", text);
    return doc.initiatives().stream().map(Initiative::name).toList();
  }

  private static String statement(String clause) {
    return "Совместное заявление\n\n1. " + clause + "\n\n2. Стороны продолжат консультации по вопросам экологии.\n";
  }

  @Test
  void aSymbolRightAfterTheHead_namesTheResolutionWhole() {
    List<String> found = initiatives(statement("Стороны подтверждают приверженность резолюции A/RES/75/1 о юбилее Организации."));
    assertTrue(found.stream().anyMatch(n -> n.contains("A/RES/75/1")), found::toString);
    assertFalse(found.stream().anyMatch(n -> n.endsWith(" A")), found::toString);
  }

  @Test
  void aSymbolInBracketsAfterTheIssuer_namesTheResolution() {
    List<String> found = initiatives(statement(
        "Стороны отмечают Десятилетие восстановления экосистем, объявленное резолюцией Генеральной Ассамблеи "
            + "Организации Объединенных Наций (A/Res/73/284), и будут содействовать его целям."));
    assertTrue(found.stream().anyMatch(n -> n.contains("A/Res/73/284")), found::toString);
  }
}
