package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A capital that shares its state's name, before a comma and a day and month in the heading («ТУНИС, 10 – 12 МАЯ»),
 * is the dateline's place, where the text was adopted; the state is no side. Every text is written for these tests.
 */
final class DatelineCapitalSignatoriesTest {
  @Test
  void aCapitalBeforeTheDaysOfASession_isNoSide() {
    // GIVEN an assembly's declaration whose title runs on into the place and days of its session
    Document doc = Parser.russian().parse("ДЕКЛАРАЦИЯ, ПРИНЯТАЯ ПАРЛАМЕНТСКОЙ АССАМБЛЕЕЙ ОБСЕ НА ЕЖЕГОДНОЙ СЕССИИ\n"
        + "ТУНИС, 10 – 12 МАЯ 2021 ГОДА\n\n"
        + "Мы, парламентарии государств — участников ОБСЕ, собравшись на ежегодную сессию, заявляем о поддержке"
        + " диалога по вопросам безопасности.\n\n"
        + "1. Призываем правительства укреплять доверие.\n");
    // THEN the organisation whose assembly adopted it is the side, not the state of the capital
    assertEquals(List.of("OSCE"), sorted(doc.signatories()));
  }

  @Test
  void theSameStateAmongTheTitlesAuthors_staysASide() {
    // GIVEN a joint statement whose title names that state among its authors, dated in its capital below
    Document doc = Parser.russian().parse("СОВМЕСТНОЕ ЗАЯВЛЕНИЕ ТУНИСА, ЕГИПТА И МАРОККО\n"
        + "ТУНИС, 10 МАЯ 2021 ГОДА\n\n"
        + "Стороны заявляют о поддержке диалога по вопросам безопасности в Средиземноморье.\n\n"
        + "1. Стороны создадут рабочую группу.\n");
    // THEN the three states of the title are the sides
    assertEquals(List.of("EG", "MA", "TN"), sorted(doc.signatories()));
  }
}
