package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «резолюций Совета Безопасности ООН 1540 и 1977»: numbers written right after the issuer's name, with no number
 * sign, name one resolution each, as they do after «№»; a year after the issuer dates resolutions and numbers none;
 * the day of adoption may stand between the issuer and «№».
 * Texts written for the test, in the style of joint statements.
 */
final class ResolutionNumbersAfterTheIssuerTest {

  private static List<String> initiatives(String text) {
    Document doc = Parser.russian().parse("ru-test", text);
    return doc.initiatives().stream().map(Initiative::name).toList();
  }

  private static String statement(String clause) {
    return "Совместное заявление\n\n1. " + clause + "\n\n2. Стороны продолжат консультации по вопросам безопасности.\n";
  }

  @Test
  void numbersListedAfterThePluralIssuersName_nameOneResolutionEach() {
    List<String> found = initiatives(statement(
        "Стороны призывают к полному выполнению резолюций Совета Безопасности ООН 1540 и 1977 всеми государствами."));
    assertTrue(found.stream().anyMatch(n -> n.endsWith("1540")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.contains("Совета Безопасности") && n.endsWith("1977")), found::toString);
  }

  @Test
  void numbersWithYearsListedAfterTheIssuer_nameOneResolutionEach() {
    List<String> found = initiatives(statement(
        "Стороны поддерживают резолюции Совета Безопасности 2417 (2018), 2573 (2021) и 2601 (2021) о защите гражданских лиц."));
    assertTrue(found.stream().anyMatch(n -> n.endsWith("2573")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.endsWith("2601")), found::toString);
  }

  @Test
  void aYearAfterThePluralIssuer_numbersNoResolution() {
    List<String> found = initiatives(statement(
        "Стороны учитывают резолюции Генеральной Ассамблеи 2019 года и доклады экспертов по климату."));
    assertFalse(found.stream().anyMatch(n -> n.contains("2019")), found::toString);
  }

  @Test
  void theDayOfAdoptionBeforeTheSign_staysInTheResolutionsName() {
    List<String> found = initiatives(statement(
        "Стороны выступают за выполнение резолюции Совета Безопасности ООН от 17 июля 2019 года № 2479 всеми сторонами."));
    assertTrue(found.stream().anyMatch(n -> n.contains("Совета Безопасности") && n.endsWith("2479")), found::toString);
  }
}
