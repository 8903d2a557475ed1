package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «on the occasion of», «on the sidelines of», «on the margins of», «on the basis of» say when, where or on what a
 * thing is done: a name ends before them, where «on» otherwise carries it on («Working Group on Trade»). On texts
 * written for these tests.
 */
final class EnglishCircumstanceStopTest {
  private static final Parser PARSER = Parser.english();

  @Test
  void aNameEndsBefore_onTheSidelinesOf_andOnTheBasisOf() {
    Document doc = PARSER.parse("en-circumstance", "Joint Statement of the Ministers\n\n"
        + "The ministers convened the Joint Working Group on the sidelines of the General Assembly. "
        + "The Council for Cooperation on the basis of the Treaty met in May. "
        + "The Leaders launched the Coastal Partnership Initiative on the occasion of the Summit.\n");
    List<String> mechanisms = doc.mechanisms().stream().map(Mechanism::name).toList();
    List<String> initiatives = doc.initiatives().stream().map(Initiative::name).toList();
    assertTrue(mechanisms.contains("Joint Working Group"), mechanisms.toString());
    assertTrue(mechanisms.contains("Council for Cooperation"), mechanisms.toString());
    assertTrue(initiatives.contains("Coastal Partnership Initiative"), initiatives.toString());
  }

  @Test
  void onWithoutACircumstance_stillCarriesTheName() {
    Document doc = PARSER.parse("en-circumstance", "Joint Statement of the Ministers\n\n"
        + "The ministers convened the Joint Working Group on the Basin of the River.\n");
    List<String> mechanisms = doc.mechanisms().stream().map(Mechanism::name).toList();
    assertTrue(mechanisms.contains("Joint Working Group on the Basin of the River"), mechanisms.toString());
  }
}
