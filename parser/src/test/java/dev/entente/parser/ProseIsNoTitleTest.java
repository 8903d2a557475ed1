package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * A quotation or a line of prose that opens with or names a treaty runs on past a sentence end: it is no
 * title, and the kind the lead names gives the document's. Every text is written for these tests.
 */
final class ProseIsNoTitleTest {
  @Test
  void aQuotationThatOpensWithATreaty_isNoTitle() {
    Document doc = Parser.russian().parse("quoted-prose", "Договор о дружбе укрепит связи двух стран. Об этом говорится "
        + "в совместном заявлении министров иностранных дел Чили и Перу.\n"
        + "\"Договор о дружбе и сотрудничестве откроет новые возможности для торговли. - говорится в заявлении. - "
        + "Стороны начали подготовку к его подписанию\", - отмечается в документе.\n"
        + "Министры обсудили также положение в регионе.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
    assertEquals("", doc.title());
  }

  @Test
  void aLineOfProseThatNamesAConvention_isNoTitle() {
    Document doc = Parser.russian().parse("contained-prose", "Встреча министров прошла в Лиме в среду.\n"
        + "Министр Чили сказал, что главный итог встречи - работа над Конвенцией о рыболовстве. Министр добавил, "
        + "что стороны договорились о сроках:\n"
        + "Текст будет готов к осени.\n");
    assertEquals("", doc.title());
  }

  @Test
  void aQuotedTitle_isStillTheTitle() {
    Document doc = Parser.russian().parse("quoted-title", "Министры подписали \"Договор о дружбе между Чили и Перу\"\n"
        + "Стороны будут развивать торговлю.\n");
    assertEquals(DocumentKind.AGREEMENT, doc.kind());
  }
}
