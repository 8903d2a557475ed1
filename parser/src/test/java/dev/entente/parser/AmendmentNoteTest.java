package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.SegmentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A legal database's amendment note over the text it prints («Документ с изменениями, внесенными: ⏎ Протоколом от
 * …», «Список изменяющих документов») is the database's, not the document's, and does not make the page a report
 * that retells the document: the preamble under it keeps its states. A sentence of the document about amendments
 * stays the document's. The texts are written for these tests.
 */
final class AmendmentNoteTest {
  @Test
  void aDatabasesAmendmentNote_isTheDatabasesAndThePreambleKeepsItsStates() {
    Document doc = Parser.russian().parse("ru-test", "(с изменениями на 3 марта 2019 года)\n"
        + "Документ с изменениями, внесенными:\n"
        + "Протоколом от 3 марта 2019 года.\n"
        + "Правительство Республики Армения и Правительство Грузии, именуемые в дальнейшем Сторонами,\n"
        + "стремясь развивать сотрудничество в области транспорта,\n"
        + "согласились о нижеследующем:\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Документ с изменениями"));
    List<String> states = doc.parties().stream().map(p -> p.id()).toList();
    assertTrue(states.containsAll(List.of("AM", "GE")), states.toString());
  }

  @Test
  void anotherDatabasesHeading_isTheDatabases() {
    Document doc = Parser.russian().parse("ru-test", "Соглашение между Правительством Республики Армения и "
        + "Правительством Грузии о международном автомобильном сообщении\n\n"
        + "Список изменяющих документов\n\n"
        + "Правительство Республики Армения и Правительство Грузии, именуемые в дальнейшем Сторонами, согласились о "
        + "нижеследующем:\n");
    assertEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "Список изменяющих"));
  }

  @Test
  void aSentenceOfTheTextAboutAmendments_staysTheTexts() {
    Document doc = Parser.russian().parse("ru-test", "Соглашение между Правительством Республики Армения и "
        + "Правительством Грузии о международном автомобильном сообщении\n\n"
        + "Статья 12\n\n"
        + "В настоящее Соглашение могут вноситься изменения по взаимному согласию Сторон.\n");
    assertNotEquals(SegmentKind.WRAPPER, Segments.kindOf(doc, "В настоящее Соглашение могут"));
  }
}
