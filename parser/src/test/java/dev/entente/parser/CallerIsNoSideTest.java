package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A news page that tells of a head who phones another or congratulates him on a document signed by others: the
 * caller's state is no side of the document, whose sides the page names after it («договора между A и B»); heads
 * who congratulate one another on their own signing stay its sides. Every text is written for these tests.
 */
final class CallerIsNoSideTest {
  @Test
  void russianNewsPage_headPhonesAnother_theDocumentsOwnSidesCount() {
    // GIVEN a call between two heads, then the treaty between another pair that one of them congratulates on
    Document doc = Parser.russian().parse("ru-test", "Президент Казахстана провёл телефонный разговор с Президентом"
        + " Киргизии.\nВ ходе беседы он поздравил собеседника с подписанием договора о границе между Киргизией и"
        + " Таджикистаном.\n\nСтороны обсудили вопросы торговли.\n");
    // THEN the treaty's sides are the pair it is between, not the caller's state
    assertEquals(List.of("KG", "TJ"), sorted(doc.signatories()));
  }

  @Test
  void russianNewsPage_headCongratulatesOnASigning_isNoSide() {
    // GIVEN a head of state who congratulates another on a declaration signed with a third state
    Document doc = Parser.russian().parse("ru-test", "Глава Туркменистана поздравил президента Грузии с подписанием"
        + " декларации о партнёрстве между Грузией и Арменией, сообщает пресс-служба.\n\nОн пожелал успехов.\n");
    // THEN the declaration's sides are the two states it is between
    assertEquals(List.of("AM", "GE"), sorted(doc.signatories()));
  }

  @Test
  void russianNewsPage_headsCongratulateOneAnother_remainSides() {
    // GIVEN heads who congratulate one another on the treaty they signed
    Document doc = Parser.russian().parse("ru-test", "Президенты России и Монголии поздравили друг друга с"
        + " подписанием Договора о дружбе.\n\nЦеремония прошла в Кремле.\n");
    // THEN their states are the sides
    assertEquals(List.of("MN", "RU"), sorted(doc.signatories()));
  }
}
