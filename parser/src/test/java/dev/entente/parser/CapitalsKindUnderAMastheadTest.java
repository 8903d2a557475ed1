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

  /** The body of a page run into one line longer than half a title's limit but no longer than the limit itself. */
  private static final String SHORT_PAGE = "%s Председатель Совета Министров СССР и Президент Республики Индонезии провели "
      + "переговоры в обстановке дружбы. Стороны обменялись мнениями по вопросам двусторонних отношений и выразили "
      + "удовлетворение развитием торговли. Стороны договорились расширять сотрудничество в области экономики, науки и "
      + "культуры и продолжать консультации по вопросам, представляющим взаимный интерес.\n";

  @Test
  void aRepeatedMasthead_overAShorterRunOnPage_stillGivesTheKindInCapitals() {
    // GIVEN an archive's masthead line written twice over a page run into a line shorter than a title's limit
    String text = "Заря Востока. 1962 г. (г. Тбилиси)\n\nЗаря Востока. 1962 г. (г. Тбилиси)\n\n"
        + "ОРГАН ОБЛАСТНОГО КОМИТЕТА З а р я В о с т о к а N 45 " + String.format(SHORT_PAGE, "СОВМЕСТНАЯ ДЕКЛАРАЦИЯ");
    // WHEN it is parsed THEN the kind in capitals is the document's
    assertEquals(DocumentKind.DECLARATION, Parser.russian().parse("masthead", text).kind());
  }

  @Test
  void aRegistersDateLine_isNoMasthead() {
    // GIVEN a date line that opens with the day, over a paragraph run into one line that names an agreement in capitals
    String text = "27 июня 2000 г. № 10\nВ соответствии с решением Совета министры рассмотрели итоги года и отметили рост"
        + " торговли между государствами, расширение связей в области культуры, науки и образования, а также"
        + " сотрудничество регионов. Они поручили правительствам подготовить СОГЛАШЕНИЕ о торговле и продолжить"
        + " консультации по вопросам, представляющим взаимный интерес, в том числе в области энергетики.\n";
    // WHEN it is parsed THEN the agreement the paragraph calls for does not make the text one
    assertEquals(DocumentKind.OTHER, Parser.russian().parse("register", text).kind());
  }

  @Test
  void aQuotedKindInsideTheRunOnPage_isNoTitle() {
    // GIVEN a run-on page whose prose quotes a treaty in lower case before the kind in capitals further on
    String prose = "Стороны напомнили, что державам навязали «мирный договор» и другие соглашения. ";
    String text = "Заря Востока. 1962 г.\n" + "ОРГАН ОБЛАСТНОГО КОМИТЕТА З а р я В о с т о к а N 45 " + prose
        + String.format(PAGE.substring(PAGE.indexOf("%s")), "СОВМЕСТНОЕ КОММЮНИКЕ");
    // WHEN it is parsed
    dev.entente.model.Document doc = Parser.russian().parse("masthead", text);
    // THEN the quoted treaty is no title, and the kind in capitals stands
    assertEquals(DocumentKind.COMMUNIQUE, doc.kind());
  }
}
