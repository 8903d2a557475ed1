package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Session 25: a heading in capitals names a field of policy («… В ОБЛАСТИ ТОРГОВОЙ ПОЛИТИКИ СОЮЗА») whose case tells
 * nothing of a name; the programme it heads is still found (sentences written for the test).
 */
final class HeadingInCapitalsSession25Test {

  private static final String TEXT = "РЕШЕНИЕ\nО ПРОГРАММЕ СОВМЕСТНЫХ МЕР НА 2026 ГОД В ОБЛАСТИ ТОРГОВОЙ ПОЛИТИКИ СОЮЗА\n\n"
      + "Высший совет Союза решил:\n\n1. Утвердить Программу совместных мер на 2026 год (прилагается).\n";

  @Test
  void policyInACapitalHeading_isNoInitiative() {
    Document doc = Parser.russian().parse(TEXT);
    assertTrue(doc.initiatives().stream().map(Initiative::name)
        .noneMatch(n -> n.toLowerCase(Locale.ROOT).contains("политик")), () -> doc.initiatives().toString());
  }

  @Test
  void programmeTheHeadingNames_isStillAnInitiative() {
    Document doc = Parser.russian().parse(TEXT);
    assertTrue(doc.initiatives().stream().map(Initiative::name)
        .anyMatch(n -> n.toLowerCase(Locale.ROOT).startsWith("программа совместных мер")), () -> doc.initiatives().toString());
  }
}
