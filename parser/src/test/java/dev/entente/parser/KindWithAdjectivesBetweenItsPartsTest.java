package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * A kind of two words whose parts stand apart by adjectives («Совместное казахстанско-монгольское
 * заявление») is that kind, not the bare word's. Every text is written for these tests.
 */
final class KindWithAdjectivesBetweenItsPartsTest {
  private static final Parser RUSSIAN = Parser.russian();

  @Test
  void aJointStatementWithAHyphenatedAdjectiveInside_isAJointStatement() {
    Document doc = RUSSIAN.parse("ru-test", "Совместное казахстанско-монгольское заявление\n\n"
        + "Республика Казахстан и Монголия подтверждают стремление развивать торговлю.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }

  @Test
  void aRegistersEntryOverAJointStatementWithAdjectivesInside_givesTheJointKind() {
    Document doc = RUSSIAN.parse("ru-test", "Заявление от 3 марта 2005 года\n\n"
        + "Совместное политическое казахстанско-монгольское заявление\n\n"
        + "Республика Казахстан и Монголия подтверждают стремление развивать торговлю.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }

  @Test
  void aStatementWithoutTheJointWord_staysOfNoKind() {
    Document doc = RUSSIAN.parse("ru-test", "Казахстанско-монгольское заявление\n\n"
        + "Республика Казахстан и Монголия подтверждают стремление развивать торговлю.\n");
    assertEquals(DocumentKind.OTHER, doc.kind());
  }
}
