package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages that report a meeting and name no document its sides adopted: the sides met, but signed
 * nothing there. Every text is written for these tests.
 */
final class TalksReportSignatoriesTest {
  private static final String TALKS = "20 мая 2015 года президент Казахстана Нурсултан Назарбаев и президент"
      + " Монголии Цахиагийн Элбэгдорж провели в Астане переговоры. ";

  @Test
  void aRussianReportOfTalksOnly_givesNoSignatories() {
    // GIVEN a page on talks whose sides only exchanged views and found them shared
    Document doc = Parser.russian().parse(TALKS + "Стороны обменялись мнениями по вопросам торговли и транспорта"
        + " и сошлись во мнении по ряду региональных проблем.\n");
    // THEN the two heads who met are no signatories
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aRussianReportOfAVisitToTakePart_givesNoSignatories() {
    // GIVEN a visit whose purpose, an infinitive, is to take part in a session
    Document doc = Parser.russian().parse("Президент Казахстана Нурсултан Назарбаев прибыл с рабочим визитом в"
        + " Монголию, чтобы принять участие в переговорах с президентом Монголии Цахиагийном Элбэгдоржем.\n"
        + "Президенты обсудят торговлю и транспорт.\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aRussianTextWhoseSidesStateAPosition_keepsTheSides() {
    // GIVEN the same opening, then the sides reaffirm a commitment, as a joint text without its title does
    Document doc = Parser.russian().parse(TALKS + "Стороны подтвердили приверженность расширению торговли и"
        + " транспортных связей.\n");
    // THEN the two states are its sides
    assertEquals(List.of("KZ", "MN"), sorted(doc.signatories()));
  }

  @Test
  void aRussianReportNamingASignedText_keepsTheSides() {
    // GIVEN talks after which the heads signed a document a kind names
    Document doc = Parser.russian().parse(TALKS + "По итогам переговоров главы государств подписали совместную"
        + " декларацию.\n");
    assertEquals(List.of("KZ", "MN"), sorted(doc.signatories()));
  }
}
