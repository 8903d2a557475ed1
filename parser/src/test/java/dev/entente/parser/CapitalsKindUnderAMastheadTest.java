package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * A scanned newspaper page: its name on a line of its own, then the page run into one line longer than a title in which the
 * document's kind stands in capitals among the masthead's letter-spaced words. Texts written for these tests.
 */
final class CapitalsKindUnderAMastheadTest {
  private static final String PAGE = "Заря Востока. 1962 г.\n"
      + "ОРГАН ОБЛАСТНОГО КОМИТЕТА З а р я В о с т о к а Год издания 12-й N 45 СРЕДА 14 МАРТА 1962 г. Цена 2 коп. "
      + "%s Председатель Совета Министров СССР и Президент Республики Индонезии провели переговоры в обстановке "
      + "дружбы и взаимопонимания. Стороны обменялись мнениями по вопросам двусторонних отношений и международного "
      + "положения и выразили удовлетворение развитием торговли между двумя странами. Стороны договорились "
      + "расширять сотрудничество в области экономики, науки и культуры, содействовать обмену делегациями и "
      + "специалистами и продолжать консультации по вопросам, представляющим взаимный интерес. Президент "
      + "Республики Индонезии пригласил Председателя Совета Министров СССР посетить Индонезию с ответным визитом.\n";

  @Test
  void aKindInCapitalsUnderTheNewspapersName_isTheDocuments() {
    assertEquals(DocumentKind.COMMUNIQUE, Parser.russian().parse("masthead", String.format(PAGE, "СОВМЕСТНОЕ КОММЮНИКЕ")).kind());
  }

  @Test
  void noKindInCapitals_leavesTheKindOpen() {
    assertEquals(DocumentKind.OTHER, Parser.russian().parse("masthead", String.format(PAGE, "ВИЗИТ ДРУЖБЫ")).kind());
  }
}
