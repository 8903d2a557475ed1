package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «a six-point peace plan», «the 12-point plan»: a plan whose points a hyphened number counts is one plan, named
 * in lower case, where a lower-case plan otherwise only describes. On texts written for these tests.
 */
final class EnglishPointPlanTest {
  private static final Parser PARSER = Parser.english();

  private static List<String> initiatives(String text) {
    return PARSER.parse("en-point-plan", "Joint Statement\n\n" + text + "\n").initiatives().stream()
        .map(Initiative::name).toList();
  }

  @Test
  void aPlanCountedByAWordOrADigit_isNamed() {
    List<String> words = initiatives("The sides welcomed the seven-point water plan and will carry it out.");
    assertTrue(words.contains("seven-point water plan"), words.toString());
    List<String> digits = initiatives("The Ministers discussed a 14-point plan that the Chair tabled.");
    assertTrue(digits.contains("14-point plan"), digits.toString());
  }

  @Test
  void aLowerCasePlanWithoutPoints_isStillNone() {
    List<String> names = initiatives("The Ministers discussed a water plan that the Chair tabled.");
    assertTrue(names.isEmpty(), names.toString());
  }
}
