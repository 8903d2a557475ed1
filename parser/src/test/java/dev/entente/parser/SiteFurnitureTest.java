package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.SegmentKind;
import org.junit.jupiter.api.Test;

/**
 * The site's furniture read from the shape of its lines, not from its words: a menu of countries or
 * sections, a caption or a photo credit, a time stamp, a Markdown image. None of it is the document's
 * body, so nothing in it is counted; the document's own short lines (a heading in capitals, a signature
 * block) stay the body's. Every text is written for these tests in the styles of news agencies and
 * ministries.
 */
final class SiteFurnitureTest {
  @Test
  void aMenuOfCountriesOverANewsStory_isNoBodyAndNamesNoState() {
    Document doc = Parser.russian().parse("ru-test", "Армения\nБеларусь\nМолдова\nЮжная Осетия\n\n"
        + "Главы МИД Казахстана и Китая провели переговоры в Пекине\n\n"
        + "Министры иностранных дел Казахстана и Китая обсудили вопросы торговли и транспорта.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Армения"));
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Южная Осетия"));
    assertFalse(doc.party("AM").isPresent(), "a menu item is no state of the body");
    assertFalse(doc.party("MD").isPresent(), "a menu item is no state of the body");
    assertTrue(doc.party("KZ").isPresent(), "the body's states stay");
  }

  @Test
  void aBulletedMenuUnderTheText_isNoBody() {
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление Республики Казахстан и Китайской Народной Республики\n\n"
        + "Стороны договорились расширять торговлю и инвестиции между двумя странами.\n\n"
        + "• Азербайджан\n• Армения\n• Грузия\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "• Армения"));
    assertFalse(doc.party("GE").isPresent(), "a menu item is no state of the body");
  }

  @Test
  void aPhotoCaptionAndACredit_areNoBody() {
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление Республики Казахстан и Республики Узбекистан\n\n"
        + "Президенты двух стран провели переговоры в Ташкенте.\n\n"
        + "Встреча президентов в Ташкенте (Фото: пресс-служба МИД Турции)\n\n"
        + "Фото: МИД Грузии\n\n"
        + "Стороны договорились расширять торговлю между двумя странами.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Встреча президентов в Ташкенте"));
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Фото: МИД Грузии"));
    assertFalse(doc.party("TR").isPresent(), "a caption names no state of the body");
    assertFalse(doc.party("GE").isPresent(), "a credit names no state of the body");
    assertTrue(doc.party("UZ").isPresent(), "the body's states stay");
  }

  @Test
  void aTimeStampUnderTheTitle_isNoBody_butADateLineIs() {
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление Республики Таджикистан и Республики Узбекистан\n"
        + "12.05.2024 14:30, Узбекистан\n"
        + "12 мая 2024 года\n"
        + "Президенты двух стран провели переговоры в Душанбе.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "12.05.2024 14:30"));
    assertTrue(Segments.kindOf(doc, "12 мая 2024 года") != SegmentKind.WRAPPER, "a date without a time is the document's");
  }

  @Test
  void anEnglishBannerAndCaption_areNoBody() {
    Document doc = Parser.english().parse("en-test", "An official website of the United States government\n"
        + "Here's how you know\n\n"
        + "Joint Statement of the United States and Kazakhstan\n\n"
        + "Secretary Blinken meets Foreign Minister of Kazakhstan (Photo: State Department of Georgia)\n\n"
        + "The United States and Kazakhstan reaffirmed their commitment to cooperation.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Secretary Blinken meets"));
    assertFalse(doc.party("GE").isPresent(), "a caption names no state of the body");
    assertTrue(doc.party("KZ").isPresent(), "the body's states stay");
  }

  @Test
  void aHeadingInCapitalsBrokenOverShortLines_staysTheDocuments() {
    Document doc = Parser.russian().parse("ru-test", "ЗАЯВЛЕНИЕ\nГЛАВ ГОСУДАРСТВ\nРЕСПУБЛИКИ КАЗАХСТАН\nИ КИРГИЗИИ\n\n"
        + "Главы государств обсудили вопросы сотрудничества.\n");
    assertTrue(Segments.kindOf(doc, "РЕСПУБЛИКИ КАЗАХСТАН") != SegmentKind.WRAPPER, "a heading is the document's");
    assertTrue(doc.party("KZ").isPresent());
  }

  @Test
  void aSignatureBlockUnderTheText_staysTheDocuments() {
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление\n\n"
        + "Президенты Республики Казахстан, Кыргызской Республики и Республики Таджикистан договорились о сотрудничестве.\n\n"
        + "Нурсултан Назарбаев\nАскар Акаев\nЭмомали Рахмон\n");
    assertTrue(Segments.kindOf(doc, "Аскар Акаев") != SegmentKind.WRAPPER, "a signature is the document's");
  }

  @Test
  void aMenuOnOneLine_isNoBody() {
    Document doc = Parser.russian().parse("ru-test", "Главная | Новости | В мире | Грузия\n"
        + "Россия Армения Беларусь Молдова Таджикистан\n\n"
        + "Главы МИД Казахстана и Китая провели переговоры в Пекине\n\n"
        + "Министры иностранных дел Казахстана и Китая обсудили вопросы торговли и транспорта.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Главная | Новости"));
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Россия Армения"));
    assertFalse(doc.party("GE").isPresent(), "a menu item is no state of the body");
    assertFalse(doc.party("AM").isPresent(), "a menu item is no state of the body");
    assertTrue(doc.party("CN").isPresent(), "the body's states stay");
  }

  @Test
  void aHeadingInCapitalsOnOneLine_staysTheDocuments() {
    Document doc = Parser.russian().parse("ru-test", "ДЕКЛАРАЦИЯ\nГЛАВ ГОСУДАРСТВ РЕСПУБЛИКИ КАЗАХСТАН И КИРГИЗСКОЙ РЕСПУБЛИКИ\n\n"
        + "Главы государств обсудили вопросы сотрудничества.\n");
    assertTrue(Segments.kindOf(doc, "ГЛАВ ГОСУДАРСТВ") != SegmentKind.WRAPPER, "a heading is the document's");
    assertTrue(doc.party("KG").isPresent());
  }

  @Test
  void shareButtonsAndARelatedNewsHeading_areNoBody() {
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление Республики Казахстан и Китайской Народной Республики\n\n"
        + "Стороны договорились расширять торговлю и инвестиции между двумя странами.\n\n"
        + "ВКонтакте\nTelegram\n\n"
        + "По теме\n\n"
        + "Президент Грузии посетил Армению с официальным визитом.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Telegram"));
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Президент Грузии"));
    assertFalse(doc.party("GE").isPresent(), "a related story names no state of the body");
  }

  @Test
  void aNewsReportThatOpensAsItWrites_isALeadIn() {
    Document doc = Parser.russian().parse("ru-test", "Как пишет издание из Грузии, лидеры подписали заявление.\n\n"
        + "Мы, президенты Республики Казахстан и Республики Узбекистан, заявляем о следующем.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Как пишет"));
    assertFalse(doc.party("GE").isPresent(), "the report's lead-in names no state of the body");
  }

  @Test
  void aMarkdownPagesEmphasisedSeeAlso_isATrailer_andALinkedPageIsNoTitle() {
    Document doc = Parser.english().parse("en-test", "**Canberra, 3 May 2024**\n\n"
        + "The leaders of Australia and Fiji reaffirmed their commitment to a peaceful and prosperous region.\n\n"
        + "**See Also:**\n"
        + "*[Joint Declaration of Australia and\n"
        + "Japan](https://example.org/joint-declaration-australia-japan/)*\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "**See Also:**"));
    assertTrue(Segments.kindOf(doc, "The leaders of Australia") != SegmentKind.WRAPPER, "the text before the link is the body");
    assertFalse(doc.party("JP").isPresent(), "a linked page names no state of the body");
    assertTrue(doc.party("FJ").isPresent(), "the body's states stay");
  }

  @Test
  void aLegalDatabasesNoteUnderTheTitle_isNoBody() {
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление Республики Казахстан и Китайской Народной Республики\n\n"
        + "(Вступило в силу для Республики Молдова 1 мая 2001 года)\n"
        + "Дата подписания: 20 апреля 2001 года\n\n"
        + "Стороны договорились расширять торговлю и инвестиции между двумя странами.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "(Вступило в силу"));
    assertFalse(doc.party("MD").isPresent(), "a database's note names no state of the body");
    assertTrue(doc.party("KZ").isPresent(), "the body's states stay");
  }
}
