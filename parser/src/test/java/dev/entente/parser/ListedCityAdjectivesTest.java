package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * A city's adjective is read from the adjectives cities.tsv lists («рижский», «пражский», «уфимский»,
 * «нижегородский»), which the name alone does not give; a city with none listed keeps the adjective derived
 * from its name. Every text is written for these tests.
 */
final class ListedCityAdjectivesTest {
  private static final LanguageData RU = LanguageData.of("ru");

  private static String cityOf(String adjective) {
    City city = RU.cityOfAdjectiveWord(Tokenizer.keyOf(adjective));
    return city == null ? null : city.name;
  }

  private static String place(String text) {
    return Parser.russian().parse("listed-city-adjective", text).place().map(Place::name).orElse(null);
  }

  @Test
  void anIrregularAdjective_inAnyForm_namesItsCity() {
    assertEquals("Рига", cityOf("рижской"));
    assertEquals("Прага", cityOf("Пражском"));
    assertEquals("Уфа", cityOf("уфимская"));
    assertEquals("Нижний Новгород", cityOf("нижегородского"));
    assertEquals("Санкт-Петербург", cityOf("петербургские"));
    assertEquals("Хельсинки", cityOf("хельсинкскими"));
    assertEquals("Сочи", cityOf("сочинском"));
    assertEquals("Нью-Дели", cityOf("делийскую"));
  }

  @Test
  void theAdjectiveOfAnotherSpellingOrAFormerName_namesTheCity() {
    assertEquals("Ашхабад", cityOf("ашгабатской"));
    assertEquals("Санкт-Петербург", cityOf("ленинградского"));
    assertEquals("Тбилиси", cityOf("тифлисской"));
  }

  @Test
  void anAdjectiveInStressedSkoj_namesItsCity() {
    assertEquals("Тверь", cityOf("тверская"));
    assertEquals("Кострома", cityOf("костромском"));
  }

  @Test
  void aCityWithNoListedAdjective_keepsTheDerivedOne() {
    assertEquals("Бельмопан", cityOf("бельмопанской"));
  }

  @Test
  void aStatesAdjective_isNotTheAdjectiveOfACityItBeginsLike() {
    // «венесуэльская» begins as Vienna's name does; Vienna's adjective is «венский»
    assertNotEquals("Вена", cityOf("венесуэльская"));
  }

  @Test
  void aLeadThatRetellsADeclarationByAnIrregularAdjective_placesTheDocument() {
    assertEquals("Рига", place("Министры стран Балтии договорились о совместных учениях.\n\n"
        + "Как сообщает агентство, об этом говорится в итоговой Рижской декларации, принятой по итогам встречи.\n\n"
        + "\"Мы укрепим оборону региона\", - отмечается в документе.\n"));
  }

  @Test
  void aTitleThatOpensWithAnIrregularAdjective_placesTheDocument() {
    assertEquals("Уфа", place("Уфимская декларация глав государств – членов Шанхайской организации сотрудничества\n"
        + "Главы государств заявляют о следующем.\n"));
    assertEquals("Нижний Новгород", place("НИЖЕГОРОДСКАЯ ДЕКЛАРАЦИЯ\nГлавы государств заявляют о следующем.\n"));
  }

  @Test
  void aSummitNamedByAnIrregularAdjective_isPlacedInItsCity() {
    Document doc = DatedStatements.russian("1. Стороны высоко оценили итоги состоявшегося в 2024 году Пражского саммита.");
    Event summit = doc.events().stream().filter(e -> e.name().contains("саммит")).findFirst().orElseThrow();
    assertEquals("Прага", summit.place().map(Place::name).orElse("-"), doc.events()::toString);
  }
}
