package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Session 21b: one body named bare in capitals and in full in one document, on sentences written for the test. */
final class MechanismSession21bTest {
  private static final Parser RUSSIAN = Parser.russian();

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  @Test
  void bareCapitalTitleOfABody_isTheBodyNamedInFull() {
    Document doc = RUSSIAN.parse("ru-s21b", "ПОЛОЖЕНИЕ\nО РАБОТЕ СОВЕТА МИНИСТРОВ ОБОРОНЫ\nСОДРУЖЕСТВА НЕЗАВИСИМЫХ ГОСУДАРСТВ\n"
        + "(Бишкек, 9 октября 2007 года)\n\n"
        + "1. Совет министров обороны Содружества Независимых Государств собирается дважды в год.\n"
        + "2. Заседания Совета министров обороны Содружества Независимых Государств готовит секретариат.\n");
    assertEquals(1, doc.mechanisms().size(), () -> mechanisms(doc).toString());
  }

  @Test
  void bareCapitalBodyBeforeALineBreak_isTheBodyWithTheOrganisationAfterIt() {
    // A second, longer name running on past the organisation leaves the bare name two to choose from.
    Document doc = RUSSIAN.parse("ru-s21b", "РЕШЕНИЕ Совета глав государств СНГ\n\n"
        + "РЕШЕНИЕ\nОБ ОТЧЕТЕ В СОВЕТЕ ГЛАВ ГОСУДАРСТВ\nСОДРУЖЕСТВА НЕЗАВИСИМЫХ ГОСУДАРСТВ\n(Душанбе, 5 мая 2005 года)\n"
        + "1. Поручить Совету глав государств Содружества Независимых Государств Президента Республики заслушать отчет.\n");
    assertTrue(mechanisms(doc).stream().noneMatch(n -> n.equals("СОВЕТ ГЛАВ ГОСУДАРСТВ")), () -> mechanisms(doc).toString());
    Mechanism council = doc.mechanisms().stream().filter(m -> m.name().equals("Совет глав государств СНГ")).findFirst().orElseThrow();
    assertTrue(council.mentions().stream().anyMatch(r -> r.text().equals("СОВЕТЕ ГЛАВ ГОСУДАРСТВ")), () -> council.mentions().toString());
  }
}
