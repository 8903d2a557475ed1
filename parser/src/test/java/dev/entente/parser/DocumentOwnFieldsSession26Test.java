package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * The document's own kind, date and place as a ministry's or a register's page frames them: a release's
 * rubric under its heading, a register's field of the day of signing. Every text is written for these tests.
 */
final class DocumentOwnFieldsSession26Test {
  @Test
  void aReleasesRubricUnderItsHeading_givesTheKindAndIsNoTitle() {
    Document doc = Parser.russian().parse("rubric", "Королевство Нидерландов\n"
        + "О встрече заместителя Министра иностранных дел России с Министром внешней торговли Нидерландов\n"
        + "СООБЩЕНИЕ ДЛЯ СМИ\n"
        + "14 марта в Гааге состоялась встреча заместителя Министра иностранных дел России с Министром внешней"
        + " торговли Нидерландов.\n"
        + "Обсуждены вопросы двусторонней повестки дня.\n");
    assertEquals(DocumentKind.PRESS_RELEASE, doc.kind(), "the rubric tells the kind");
    assertEquals("", doc.title(), "the rubric is no title");
  }

  @Test
  void aRubricOverAStatementsOwnHeading_givesWayToTheHeading() {
    Document doc = Parser.russian().parse("rubric-over-heading", "Новости\n"
        + "О совместном заявлении министров\n"
        + "Сообщение для печати\n"
        + "Совместное заявление министров иностранных дел Армении и Грузии\n"
        + "Министры иностранных дел встретились в Ереване 3 апреля 2019 года и заявили о следующем.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }
}
