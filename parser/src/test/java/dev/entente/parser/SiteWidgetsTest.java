package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.SegmentKind;
import org.junit.jupiter.api.Test;

/**
 * The widgets of a news or ministry site around a document (its weather, today's date), its lists after a story,
 * its notice of cookies and its stamps of publication, in Russian and English. Every text is written for these tests.
 */
final class SiteWidgetsTest {
  @Test
  void aWeatherWidget_isTheSites() {
    Document doc = Parser.russian().parse("ru-test", "Новости\n\nАстана Переменная облачность -12°C\n\n"
        + "Совместное заявление Республики Казахстан и Республики Узбекистан\n\n"
        + "Стороны договорились расширять торговлю и инвестиции между двумя странами.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Астана Переменная"));
    assertFalse(doc.place().isPresent() && doc.place().get().name().equals("Астана"), "the widget's city is no place");
  }

  @Test
  void aWeatherWidgetInEnglish_isTheSites_butATemperatureInASentenceIsNot() {
    Document doc = Parser.english().parse("en-test", "Hanoi 31°C Light rain\n\n"
        + "Joint Statement between Viet Nam and Japan\n\n"
        + "The two sides reaffirmed their commitment to holding warming to 1.5°C\n"
        + "above pre-industrial levels and to the goals of the Paris Agreement.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Hanoi 31°C"));
    assertNotEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "The two sides reaffirmed"));
  }

  @Test
  void todaysDateWithoutAYear_isTheSites() {
    Document doc = Parser.russian().parse("ru-test", "Среда, 14 мая\n\n"
        + "Заявление Министерства иностранных дел Российской Федерации\n\n"
        + "Российская сторона приветствует договоренность, достигнутую сторонами 10 мая 2025 года.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Среда, 14 мая"));
  }

  @Test
  void todaysDateBesideAWeatherWidget_isTheSites_butAWeekdayDateUnderATitleIsTheStamp() {
    Document doc = Parser.russian().parse("ru-test", "Четверг, 5 июня 2025\nБишкек Ясно +21°C\n\n"
        + "Совместное заявление Кыргызской Республики и Республики Таджикистан\n\n"
        + "Стороны подтвердили приверженность добрососедству.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Четверг, 5 июня 2025"));
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Бишкек Ясно"));
    Document stamp = Parser.english().parse("en-test", "Joint Communique of Chile and Peru\n\n"
        + "Friday, 14 March 2025\n\nThe Presidents of Chile and Peru met in Lima and agreed as follows.\n");
    assertNotEquals(SegmentKind.WRAPPER, Segments.kindOf(stamp, "Friday, 14 March 2025"));
  }

  @Test
  void aSitesListsAfterAStoryAndItsCookieNotice_areNoBody() {
    Document doc = Parser.russian().parse("ru-test", "Совместное заявление Республики Армения и Грузии\n\n"
        + "Стороны договорились расширять торговлю между Арменией и Грузией.\n\n"
        + "Вам может быть интересно\n\nПрезидент Турции посетит Азербайджан\n\n"
        + "Мы используем файлы cookie для улучшения работы сайта\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Президент Турции"));
    assertFalse(doc.party("TR").isPresent(), "a list after the story names no state of the body");
    assertTrue(doc.party("GE").isPresent());
    Document en = Parser.english().parse("en-test", "Joint Statement of Kenya and Ghana\n\n"
        + "Kenya and Ghana agreed to deepen trade and investment between the two countries.\n\n"
        + "Distributed by APO Group on behalf of Ministry of Foreign Affairs, Republic of Kenya.\n\n"
        + "Media files\n\nYou may also like\n\nNigeria and Senegal sign trade accord\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(en, "Distributed by APO Group"));
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(en, "Nigeria and Senegal"));
    assertFalse(en.party("NG").isPresent(), "a list after the story names no state of the body");
  }

  @Test
  void aStampOfPublication_isTheSites() {
    Document doc = Parser.russian().parse("ru-test", "Опубликовано в 14:22\n\n"
        + "Совместное заявление Республики Беларусь и Республики Казахстан\n\n"
        + "Стороны подтвердили стремление развивать сотрудничество.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Опубликовано в 14:22"));
    Document en = Parser.english().parse("en-test", "Joint Statement of Chile and Peru\n\nPublished on 3 April 2025\n\n"
        + "The Presidents of Chile and Peru met in Lima and agreed as follows.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(en, "Published on 3 April 2025"));
  }

  @Test
  void aMenuScrapedWithNoSpaceBetweenItsItems_isTheSites_butANameWithACapitalInsideIsNot() {
    Document doc = Parser.russian().parse("ru-test", "ПолитикаВ миреЭкономикаОбновлено в 09:15\n\n"
        + "Совместное заявление Республики Армения и Грузии\n\n"
        + "Стороны договорились расширять торговлю между Арменией и Грузией.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "ПолитикаВ мире"));
    Document en = Parser.english().parse("en-test", "Joint Statement of Ireland and Scotland\n\n"
        + "Minister McEntee and Minister MacLeod\n\n"
        + "The two Governments agreed to deepen cooperation on energy and trade.\n");
    assertNotEquals(SegmentKind.WRAPPER, Segments.kindOf(en, "Minister McEntee"));
    assertNotEquals(SegmentKind.WRAPPER, Segments.kindOf(en, "The two Governments"));
  }

  @Test
  void aLanguageSwitcher_isTheSites_butALineThatNamesALanguageIsNot() {
    Document doc = Parser.russian().parse("ru-test", "Рус | Қаз | Eng\n\n"
        + "Совместное заявление Республики Казахстан и Республики Корея\n\n"
        + "Русский язык\n\nСтороны договорились расширять торговлю и инвестиции.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Рус | Қаз"));
    Document en = Parser.english().parse("en-test", "EN FR ES AR\n\nJoint Statement of Chile and Peru\n\n"
        + "The Presidents of Chile and Peru met in Lima and agreed as follows.\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(en, "EN FR ES AR"));
  }
}
