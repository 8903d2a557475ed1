package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A news page that says the sides agreed on a joint text («согласовали совместное заявление») names its
 * sides in the subject of that verb, even under a site's one-word lines the segmenter keeps as text.
 * Every text is written for these tests.
 */
final class SidesOfAnAgreedTextTest {
  private static final Parser RUSSIAN = Parser.russian();

  @Test
  void aLeadUnderSiteLinesSayingMinistersAgreedOnAJointStatement_namesTheSides() {
    Document doc = RUSSIAN.parse("ru-test", "Навигация\n\nРубрики\nпоиск открыть\n\nВыход\n\nРубрики\n\n"
        + "Грузия, Армения и Азербайджан согласовали заявление о транзите\n\n"
        + "Министры транспорта Грузии, Армении и Азербайджана в ходе сегодняшней встречи согласовали совместное"
        + " заявление о грузовом транзите, сообщает агентство.\n\n"
        + "\"Мы согласовали текст\", - сказал министр.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
    assertEquals(List.of("GE", "AM", "AZ"), doc.signatories());
  }
}
