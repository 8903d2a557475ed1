package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.initiative;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where initiatives' heads are not capitalised (Russian), a name in lower case but for the party in it
 * («повестка дня ООН», «уставные органы СНГ») is that party's business in general, no named document;
 * a capital, a quote or a number in the name still names one.
 */
final class OwnersBusinessNotInitiativesTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Министры обсудили актуальные вопросы повестки дня ООН в области безопасности, экономики и развития.
      Стороны обменялись мнениями о повестке дня ШОС и СНГ на предстоящий период.
      Стороны продолжат взаимодействие в уставных органах СНГ и органах отраслевого сотрудничества.
      Стороны поддерживают политику ЕАЭС в области цифровой торговли.
      """)
  void lowerCaseNameWithOnlyAPartyNamesNoInitiative(String sentence) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertTrue(doc.initiatives().isEmpty(), "a party's business taken for an initiative: " + sentence + dump(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны подтверждают приверженность Повестке дня ООН в области устойчивого развития. | Повестка дня ООН
      Стороны выступают за выполнение резолюции Совета Безопасности ООН 2231. | резолюция Совета Безопасности ООН 2231
      Стороны поддерживают инициативу ООН "Вода для жизни". | инициатива ООН "Вода для жизни"
      """)
  void capitalQuoteOrNumberStillNamesOne(String sentence, String name) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertTrue(initiative(doc, name).isPresent(), "named initiative lost: " + sentence + dump(doc));
  }
}
