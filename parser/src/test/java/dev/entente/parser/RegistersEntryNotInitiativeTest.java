package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A register of legal acts heads the act it holds with a line of its own that names it by its kind, its issuer, its
 * day in figures and its number: that line is the page's own document, no act the document cites; an act the text
 * cites in a sentence stays. Pages written for the test in the style of Russian-language registers of acts.
 */
final class RegistersEntryNotInitiativeTest {
  private static List<String> initiatives(String text) {
    Document doc = Parser.russian().parse("register", text);
    return doc.initiatives().stream().map(Initiative::name).toList();
  }

  @Test
  void anActsEntryOverThePage_isTheDocumentItself() {
    // GIVEN a register's line over a chamber's resolution, after the site's search link
    List<String> found = initiatives("Поиск по базе\n\n"
        + "Постановление Совета Федерации Федерального Собрания Российской Федерации от 14.03.2001 № 61-СФ\n\n"
        + "ПОСТАНОВЛЕНИЕ СОВЕТА ФЕДЕРАЦИИ\n\n"
        + "Совет Федерации Федерального Собрания Российской Федерации постановляет:\n"
        + "1. Одобрить обращение к парламентам государств - участников Содружества Независимых Государств.\n"
        + "2. Настоящее постановление вступает в силу со дня его принятия.\n");
    // WHEN it is parsed, THEN the entry's act is no initiative
    assertFalse(found.stream().anyMatch(n -> n.startsWith("Постановление Совета Федерации")), found::toString);
  }

  @Test
  void anActCitedInASentence_staysAnInitiative() {
    // GIVEN a resolution the text cites by its issuer, day and number inside a sentence
    List<String> found = initiatives("Заявление Совета Федерации\n\n"
        + "Совет Федерации напоминает, что резолюция Совета Безопасности ООН от 12.02.2015 № 2202 остается основой"
        + " урегулирования, и призывает стороны выполнять ее.\n");
    // WHEN it is parsed, THEN the cited resolution stays
    assertTrue(found.stream().anyMatch(n -> n.contains("2202")), found::toString);
  }
}
