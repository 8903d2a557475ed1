package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * Where the text itself names no place, the lines before its body may: an act's header («г. Казань»), a
 * site's headline over a text it found no title for («Опубликована Казанская декларация»), an agency's
 * dateline («КАЗАНЬ (Россия), 3 мар – …»). Every text is written for these tests.
 */
final class DocumentPlaceBeforeTheBodyTest {
  private static final Parser PARSER = Parser.russian();

  private static String place(String text) {
    Document doc = PARSER.parse("place-before-body", text);
    return doc.place().map(Place::name).orElse(null);
  }

  @Test
  void aCityLineOfAnActsHeader_placesTheAct() {
    assertEquals("Казань", place("ПОСТАНОВЛЕНИЕ СОВЕТА МИНИСТРОВ ОБОРОНЫ ГОСУДАРСТВ - УЧАСТНИКОВ\n"
        + "СОДРУЖЕСТВА\n"
        + "12 мая 2003 г. № 4-7\n"
        + "г.Казань\n"
        + "О ЗАЯВЛЕНИИ СОВЕТА МИНИСТРОВ ОБОРОНЫ О ПОЛОЖЕНИИ\n"
        + "НА ГРАНИЦАХ ГОСУДАРСТВ СОДРУЖЕСТВА\n"
        + "Совет министров обороны постановляет:\n"
        + "1. Принять Заявление Совета министров обороны о положении на границах.\n"
        + "2. Направить текст данного Заявления в Организацию Объединенных Наций.\n"));
  }

  @Test
  void theAdjectiveOfACityBeforeTheDocumentsKindInTheSitesHeadline_placesIt() {
    assertEquals("Казань", place("Форум регионов | Опубликована Казанская декларация о партнерстве регионов\n\n"
        + "3 марта была опубликована Казанская декларация о партнерстве регионов, одобренная участниками форума.\n\n"
        + "Полный текст:\n\n"
        + "Форум регионов | Казанская декларация о партнерстве регионов\n\n"
        + "Мы, главы регионов, участники форума, заявляем о намерении расширять торговлю и обмены.\n\n"
        + "Мы будем развивать связи между университетами.\n"));
  }

  @Test
  void anAgencysDatelineWithTheStateInBrackets_placesTheReport() {
    assertEquals("Казань", place("Страны форума привержены развитию торговли\n\n"
        + "КАЗАНЬ (Россия), 3 мар – РИА Новости. Страны форума привержены развитию торговли, говорится в "
        + "декларации, принятой по итогам встречи глав регионов.\n\n"
        + "Участники намерены расширять обмены между университетами.\n"));
  }

  @Test
  void aFederalTerritoryInTheTitlesBracket_placesTheStatement() {
    assertEquals("Сириус", place("Совместное заявление участников конференции партнерства (федеральная "
        + "территория «Сириус», Российская Федерация, 10 ноября 2024 года)\n\n"
        + "Мы, министры иностранных дел, собрались на первую конференцию партнерства.\n\n"
        + "Мы будем расширять торговлю.\n"));
  }

  @Test
  void aCitySpelledTheOtherWay_isStillKnown() {
    assertEquals("антал", place("Министры трех стран подписали декларацию\n\n"
        + "По итогам встречи министров иностранных дел трех стран, состоявшейся в Анталии, подписана "
        + "декларация, сообщили в пресс-службе министерства.\n\n"
        + "Министры обсудили развитие транспортных коридоров.\n").substring(0, 5).toLowerCase(java.util.Locale.ROOT));
  }
}
