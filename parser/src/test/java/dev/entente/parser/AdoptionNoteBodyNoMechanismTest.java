package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A register of acts notes who adopted the text on lines of their own over it («Принято ⏎ Советом … ⏎ date»): a body
 * named only there is the note's adopter, no arrangement the document tells of; named in the text's own words too, it
 * stays. Pages written for the test in the style of Russian-language registers of acts.
 */
final class AdoptionNoteBodyNoMechanismTest {
  private static final String NOTE = "Содружество Независимых Государств\n"
      + "Решение от 12 марта 1999 года\n\n"
      + "О сотрудничестве в области миграции\n\n"
      + "Принято\n"
      + "Советом глав правительств СНГ\n"
      + "12 марта 1999 года\n";

  private static List<String> mechanisms(String text) {
    Document doc = Parser.russian().parse("note", text);
    return doc.mechanisms().stream().map(Mechanism::name).toList();
  }

  @Test
  void aCouncilNamedOnlyInTheNote_isNoMechanism() {
    // GIVEN the note over a decision whose own words name another body only
    List<String> found = mechanisms(NOTE
        + "Государства - участники Содружества решили:\n"
        + "1. Создать Рабочую группу по вопросам трудовой миграции.\n");
    // WHEN it is parsed, THEN the note's council is no mechanism and the body the decision creates is one
    assertFalse(found.stream().anyMatch(n -> n.startsWith("Совет глав правительств")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.contains("Рабочая группа")), found::toString);
  }

  @Test
  void aCouncilTheTextNamesToo_staysAMechanism() {
    // GIVEN the same note over a decision that names the council in a point of its own
    List<String> found = mechanisms(NOTE
        + "Государства - участники Содружества решили:\n"
        + "1. Поручить Совету глав правительств СНГ ежегодно рассматривать вопросы трудовой миграции.\n");
    // WHEN it is parsed, THEN the council stays a mechanism
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Совет глав правительств")), found::toString);
  }

  @Test
  void anAssemblyInATitleInCapitals_staysAMechanism() {
    // GIVEN a declaration's own title in capitals, broken into lines, that names the assembly adopting it
    List<String> found = mechanisms("ДЕКЛАРАЦИЯ\n"
        + "О СОТРУДНИЧЕСТВЕ В ОБЛАСТИ КУЛЬТУРЫ,\n"
        + "ПРИНЯТАЯ\n"
        + "ПАРЛАМЕНТСКОЙ АССАМБЛЕЕЙ ОДКБ\n"
        + "НА ПЯТНАДЦАТОМ ПЛЕНАРНОМ ЗАСЕДАНИИ\n\n"
        + "Мы, парламентарии государств - членов Организации, заявляем о поддержке культурных обменов.\n");
    // WHEN it is parsed, THEN the assembly stays a mechanism
    assertTrue(found.stream().anyMatch(n -> n.equalsIgnoreCase("Парламентская ассамблея ОДКБ")), found::toString);
  }
}
