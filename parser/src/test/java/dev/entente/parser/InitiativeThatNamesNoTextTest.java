package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names that call a text by what any text of its kind is called name no initiative: the document's own title in
 * another case («принимает Рижскую декларацию министров» under the title «Рижская декларация министров»), a joint
 * text's kind alone («Совместное заявление»), and a resolution named by the numbered committee that drafted it
 * («Резолюция Второго комитета …»). A resolution with its own number keeps being one. Every text is written for
 * these tests.
 */
final class InitiativeThatNamesNoTextTest {

  /** The initiatives of {@code doc} whose name holds {@code fragment}. */
  private static List<String> named(Document doc, String fragment) {
    return doc.initiatives().stream().map(Initiative::name)
        .filter(n -> n.toLowerCase(Locale.ROOT).contains(fragment)).collect(Collectors.toList());
  }

  @Test
  void theTitleInAnotherCase_isTheDocument() {
    // GIVEN a page whose title is a declaration that its first line says the council adopts
    Document doc = Parser.russian().parse("t", "Рижская декларация министров\n\n"
        + "Совет управляющих принимает Рижскую декларацию министров, текст которой содержится в приложении.\n\n"
        + "1. Министры призывают укреплять сотрудничество в области охраны морской среды.\n");
    // WHEN it is parsed
    // THEN the declaration is the document itself, no initiative
    assertTrue(named(doc, "рижск").isEmpty(), "the document taken for an initiative: " + dump(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      По итогам встречи стороны опубликовали Совместное заявление.
      Резолюция Второго комитета по вопросам экологии и энергетики приводится ниже.
      Резолюция 3-го Комитета: права человека и гуманитарные вопросы.
      """)
  void aNameOfAKindAlone_isNoInitiative(String sentence) {
    // GIVEN a joint text called by its kind, or a resolution called by the numbered committee that drafted it
    // WHEN the sentence is parsed
    Document doc = parse(sentence);
    // THEN neither is an initiative
    assertTrue(named(doc, "совместн").isEmpty() && named(doc, "комитет").isEmpty(),
        "a kind of text taken for an initiative: " + dump(doc));
  }

  @Test
  void aNumberedResolutionOfACouncil_staysAnInitiative() {
    // GIVEN a resolution cited by its number and the council that adopted it
    // WHEN the sentence is parsed
    Document doc = parse("Стороны призывают выполнить резолюцию 2417 Совета Безопасности ООН.");
    // THEN it is an initiative
    assertEquals(1, named(doc, "2417").size(), "a numbered resolution lost: " + dump(doc));
  }
}
