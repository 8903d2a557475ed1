package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A declaration a text only recalls is a document, at best an agreement GUIDELINES make optional, no initiative; one
 * the text adopts now, or one put forward as a draft, stays. Sentences written for the test.
 */
final class RecalledDeclarationNotInitiativeTest {
  private static List<String> initiatives(String sentence) {
    Document doc = Parser.russian().parse("recalled", "Совместное заявление\n\n" + sentence + "\n");
    return doc.initiatives().stream().map(Initiative::name).toList();
  }

  @Test
  void aDeclarationTheSidesRecall_isNoInitiative() {
    // GIVEN a declaration of an earlier year that the sides only remind of
    List<String> found = initiatives("Стороны напомнили о Венской декларации о добрососедстве 1998 года и договорились"
        + " развивать сотрудничество.");
    // WHEN it is parsed, THEN it is no initiative
    assertEquals(List.of(), found);
  }

  @Test
  void aDeclarationAdoptedNow_staysAnInitiative() {
    // GIVEN a declaration the speakers adopt today
    List<String> found = initiatives("Мы принимаем сегодня Венскую декларацию о добрососедстве и призываем другие"
        + " государства присоединиться к ней.");
    // WHEN it is parsed, THEN it stays
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Венская декларация")), found::toString);
  }

  @Test
  void aDraftDeclarationPutForward_staysAnInitiative() {
    // GIVEN the draft of a declaration one side presented
    List<String> found = initiatives("Стороны приветствуют представленный Австрией проект Декларации о добрососедстве"
        + " в Дунайском регионе и поручают экспертам доработать его.");
    // WHEN it is parsed, THEN it stays
    assertTrue(found.stream().anyMatch(n -> n.contains("Декларация о добрососедстве")), found::toString);
  }
}
