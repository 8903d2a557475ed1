package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.SegmentKind;
import org.junit.jupiter.api.Test;

/**
 * A news page's furniture told by its words, on a site no list names: a rubric or a breadcrumb, a counter of views,
 * a call to follow the site on a platform, a link's arrow, a calendar's days run together. The document's own short
 * lines (a heading, a dateline, a title) stay the body's. Every text is written for these tests.
 */
final class FurnitureWordsTest {
  private static final FurnitureWords WORDS = new FurnitureWords(LanguageData.of("ru").wrapperMarkers);

  private static boolean furniture(String line) {
    return WORDS.isFurniture(line, 0, line.length());
  }

  @Test
  void aRubricOrABreadcrumbOfSectionWords_isFurniture() {
    assertTrue(furniture("Новости Мира"));
    assertTrue(furniture("Домой / Новости / В мире"));
    assertTrue(furniture("Видео дня"));
    assertTrue(furniture("Политика и общество — Новости"));
  }

  @Test
  void aCounterOrACallToFollowTheSite_isFurniture() {
    assertTrue(furniture("Комментариев 3   Просмотров 1250"));
    assertTrue(furniture("Заходите на наш канал в Telegram!"));
    assertTrue(furniture("Следите за новостями региона во ВКонтакте @region_news"));
  }

  @Test
  void aLinksArrowOrACalendarsRow_isFurniture() {
    assertTrue(furniture("Читать полностью →"));
    assertTrue(furniture("<Март 2019"));
    assertTrue(furniture("Апрель 2019>"));
    assertTrue(furniture("1234567891011"));
  }

  @Test
  void theDocumentsShortLines_areNoFurniture() {
    assertFalse(furniture("Совместное заявление"), "a title");
    assertFalse(furniture("Москва, 14 марта 2019 года"), "a dateline");
    assertFalse(furniture("Политика и безопасность"), "a section heading names no rubric of a site");
    assertFalse(furniture("Экономика и культура"), "topics without a rubric word");
    assertFalse(furniture("Новости"), "a rubric alone is a MENU row's, not this class's");
    assertFalse(furniture("Статья 12"), "a clause number");
    assertFalse(furniture("2019"), "a year");
    assertFalse(furniture("Стороны подчеркнули роль социальных сетей, таких как Telegram."), "no call to the reader");
  }

  @Test
  void aBreadcrumbAndACounterOverANewsStory_areNoBody() {
    Document doc = Parser.russian().parse("ru-test", "Главная / Новости / В мире\n"
        + "Отзывов 0   Просмотров 312\n\n"
        + "Казахстан и Узбекистан подписали совместное заявление\n\n"
        + "Президенты Казахстана и Узбекистана подписали в Ташкенте совместное заявление о стратегическом партнерстве.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Главная / Новости"));
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Отзывов 0"));
    assertNotEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Президенты Казахстана"), "the story stays");
  }
}
