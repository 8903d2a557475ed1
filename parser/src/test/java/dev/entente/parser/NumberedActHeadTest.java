package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The head of an act other than a resolution (a recommendation, decree, decision, directive, order) names an
 * initiative only by the number after it, and in capitals it heads the page's own text. Texts written for the test.
 */
final class NumberedActHeadTest {

  private static List<String> names(String text) {
    return Parser.russian().parse("numbered", text).initiatives().stream().map(Initiative::name).toList();
  }

  @Test
  void aRecommendationByItsNumber_isAnInitiative_whileARecommendationOfExpertsIsNone() {
    // GIVEN a statement that cites a recommendation by its number and mentions experts' recommendations
    String text = "Заявление Парламентской ассамблеи\n\n"
        + "Ассамблея напоминает о предложениях, изложенных в ее рекомендации 2045 (2019), "
        + "и учитывает рекомендации экспертов по вопросам миграции.\n\n"
        + "Страсбург, 3 октября 2019 года\n";
    // WHEN it is parsed
    List<String> found = names(text);
    // THEN the numbered recommendation is an initiative and the experts' ones are not
    assertTrue(found.stream().anyMatch(n -> n.contains("2045")), found::toString);
    assertFalse(found.stream().anyMatch(n -> n.contains("экспертов")), found::toString);
  }

  @Test
  void aDecreeAfterANumberSign_isAnInitiative() {
    // GIVEN a statement that cites a decree by a number sign and its number
    String text = "Заявление Государственного собрания\n\n"
        + "Собрание подтверждает, что постановление № 318 о поддержке соотечественников остается в силе.\n\n"
        + "Москва, 14 мая 2003 года\n";
    // WHEN it is parsed
    List<String> found = names(text);
    // THEN the decree is an initiative named with its number
    assertTrue(found.stream().anyMatch(n -> n.contains("318")), found::toString);
  }

  @Test
  void aNumberedRecommendationInCapitals_headsThePage_andIsNoInitiative() {
    // GIVEN a page whose own heading is a numbered recommendation in capitals
    String text = "Парламентская ассамблея\n\nОфициальный текст РЕКОМЕНДАЦИЯ 1804 (2007) О сотрудничестве в области культуры\n\n"
        + "1. Ассамблея призывает правительства поддержать обмены между музеями.\n";
    // WHEN it is parsed
    List<String> found = names(text);
    // THEN the heading names no initiative
    assertFalse(found.stream().anyMatch(n -> n.contains("1804")), found::toString);
  }
}
