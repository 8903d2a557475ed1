package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * A news page without a title whose lead says a kind of several words was adopted («было принято Совместное
 * заявление») is a text of that kind, capitalised or not; a treaty the lead names («подписано Соглашение о …»)
 * gives no kind. Texts written for these tests.
 */
final class LeadAdoptsAGenericKindTest {
  private static final Parser PARSER = Parser.russian();

  @Test
  void aCapitalisedJointStatementAdoptedInTheLead_isTheKind() {
    // GIVEN a report whose third line says a joint statement, capitalised, was adopted
    Document doc = PARSER.parse("t", "12 мая 2022 года в Бишкеке прошла встреча министров иностранных дел"
        + " Кыргызстана и Монголии.\nМинистры обсудили вопросы торговли и транспорта.\nПо итогам встречи было"
        + " принято Совместное заявление.\n\nСтороны подтвердили приверженность дружбе.\n");
    // THEN the document is a joint statement
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }

  @Test
  void aCapitalisedTreatySignedInTheLead_givesNoKind() {
    // GIVEN a report whose lead says a treaty, capitalised, was signed
    Document doc = PARSER.parse("t", "12 мая 2022 года в Бишкеке прошла встреча министров иностранных дел"
        + " Кыргызстана и Монголии.\nМинистры обсудили вопросы торговли и транспорта.\nПо итогам встречи было"
        + " подписано Соглашение о сотрудничестве в области туризма.\n\nСтороны подтвердили приверженность дружбе.\n");
    // THEN the kind stays OTHER
    assertEquals(DocumentKind.OTHER, doc.kind());
  }
}
