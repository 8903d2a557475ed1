package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.SegmentKind;
import org.junit.jupiter.api.Test;

/**
 * The furniture of big news sites on a page that retells or prints a document: their banners that invite the reader
 * to follow them, a caption with its credit at the end, a long paragraph scraped from a table's cell, an ordinal in
 * Roman numerals at the start of a wrapped line. Every text is written for these tests.
 */
final class NewsSiteFurnitureTest {
  @Test
  void aNewsSitesBannersOverTheText_areNoBody() {
    Document doc = Parser.russian().parse("ru-test", "Главы МИД Казахстана и Китая подписали совместное заявление\n\n"
        + "Министры обсудили торговлю и транспорт между двумя странами.\n\n"
        + "Перейти в Дзен Следите за нашими новостями\nв удобном формате\nЕсть новость? Присылайте »\n\n"
        + "Подпишитесь на наш канал в Telegram Грузии\n\n"
        + "Стороны договорились расширять торговлю и инвестиции между Казахстаном и Китаем.\n\n"
        + "Ошибка в тексте? Выделите её и нажмите Ctrl+Enter\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Перейти в Дзен"));
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "в удобном формате"));
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Есть новость?"));
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Подпишитесь на наш канал"));
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Ошибка в тексте?"));
    assertNotEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Стороны договорились"), "the text under the banner stays");
    assertFalse(doc.party("GE").isPresent(), "a banner names no state of the body");
  }

  @Test
  void aCaptionThatEndsInItsCredit_isNoBody() {
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление Республики Казахстан и Республики Узбекистан\n\n"
        + "Президенты двух стран провели переговоры в Ташкенте.\n\n"
        + "Президенты Казахстана и Турции на церемонии в Анкаре. Фото: пресс-служба президента\n\n"
        + "Стороны договорились расширять торговлю между двумя странами.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Президенты Казахстана и Турции"));
    assertFalse(doc.party("TR").isPresent(), "a caption names no state of the body");
    assertTrue(doc.party("UZ").isPresent(), "the body's states stay");
  }

  @Test
  void aLongParagraphScrapedFromATablesCell_isTheDocuments_butAShortCellIsNot() {
    String opening = "Президент Республики Казахстан и Президент Республики Узбекистан, встретившиеся в Ташкенте 12 мая"
        + " 2024 года, признавая значительный прогресс, достигнутый обеими странами в политической, экономической,"
        + " социальной и культурной сферах, и выражая удовлетворение тем, что их отношения достигли уровня"
        + " стратегического партнерства, основанного на общности истории, языка и культуры двух народов; |";
    Document doc = Parser.russian().parse("ru-test", "Грузия и Армения на встрече |\n" + opening + "\n"
        + "Вновь подтверждая намерение развивать отношения добрососедства;\n"
        + "заявляют о нижеследующем.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Грузия и Армения на встрече"));
    assertNotEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Президент Республики Казахстан"));
    assertTrue(doc.party("KZ").isPresent(), "the long cell's states are the body's");
    assertFalse(doc.party("GE").isPresent(), "a short cell names no state of the body");
  }

  @Test
  void aRomanOrdinalOpeningAWrappedLine_isNoPoint() {
    Document doc = Parser.russian().parse("ru-test", "Главы государств подписали Бишкекскую декларацию\n"
        + "Сегодня по итогам\n"
        + "XII Саммита Совета сотрудничества, прошедшего в\n"
        + "Бишкеке, главы государств подписали декларацию.\n");
    assertEquals(0, doc.clauses().size(), "an ordinal inside a sentence numbers no point");
  }

  @Test
  void aRomanHeadingAfterASentence_staysAPoint() {
    Document doc = Parser.russian().parse("ru-test", "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ\n"
        + "Стороны заявляют о нижеследующем.\n"
        + "I. Политическое сотрудничество\n"
        + "Стороны будут проводить регулярные консультации.\n"
        + "II. Экономическое сотрудничество\n"
        + "Стороны будут расширять торговлю.\n");
    assertEquals(2, doc.clauses().size(), "points numbered «I.» and «II.» stay points");
  }

  @Test
  void aWebAddressAloneOnItsLine_isNoBody() {
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление Республики Казахстан и Китайской Народной Республики\n"
        + "https://www.example.ru/news/2024/05/12/kazakhstan-georgia-armenia.html\n"
        + "Стороны договорились расширять торговлю и инвестиции между двумя странами.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "https://www.example.ru"));
  }

  @Test
  void aRowOfShareButtonsAndASitesName_areNoBody_butALineNamingAPlatformIsText() {
    Document doc = Parser.russian().parse("ru-test", "Министерство иностранных дел — официальный сайт\n"
        + "Совместное заявление Республики Казахстан и Китайской Народной Республики\n"
        + "ВКонтакте Telegram Одноклассники +\n"
        + "Стороны договорились расширять торговлю и инвестиции между двумя странами.\n"
        + "Стороны будут вести страницы в Telegram и ВКонтакте.\n"
        + "Редакция сайта\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "ВКонтакте Telegram"));
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Министерство иностранных дел — официальный сайт"));
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Редакция сайта"));
    assertNotEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Стороны будут вести"), "a sentence that names platforms is text");
  }
}
