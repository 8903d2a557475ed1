package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A legal database's heading glues the title of a decision onto its author with a quote and no space
 * («Совета глав государств СНГ"О …"»): the body's name ends before the quote. Sentence written for the test.
 */
final class GluedQuoteNameTest {

  @Test
  void aQuoteGluedAfterABodysName_endsTheName() {
    Document doc = Parser.russian().parse("glued",
        "РЕШЕНИЕ Совета глав государств СНГ\"О ЗАЯВЛЕНИИ ГЛАВ ГОСУДАРСТВ О БОРЬБЕ С ТЕРРОРИЗМОМ\"\n\n"
            + "Совет глав государств СНГ решил принять текст Заявления.\n\nМосква, 30 ноября 2001 года\n");
    List<String> names = doc.mechanisms().stream().map(Mechanism::name).toList();
    assertTrue(names.contains("Совет глав государств СНГ"), names::toString);
    assertTrue(names.stream().noneMatch(n -> n.contains("ЗАЯВЛЕНИИ")), names::toString);
  }
}
