package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * The kind of a document its title does not give in Russian: a Ukrainian heading over a Russian text
 * («Спільна заява …»), and, where nothing heads the text, the kind its closing lines name it by («this
 * Declaration», «настоящей Декларации»); the heading under a register's entry of a kind and a day. Every text is
 * written for these tests.
 */
final class KindNamedOutsideTheTitleTest {
  @Test
  void aUkrainianJointStatementHeading_isAJointStatement() {
    DocumentKind kind = Parser.russian().parse("uk-heading", "Спільна заява Республіки Польща та України\n"
        + "Президенты Польши и Украины приветствуют подписание соглашений о сотрудничестве в области энергетики.\n"
        + "Стороны будут развивать торговлю.\n").kind();
    assertEquals(DocumentKind.JOINT_STATEMENT, kind);
  }

  @Test
  void anEnglishTextWithoutTitle_isTheKindItsClosingLinesNameItself() {
    DocumentKind kind = Parser.english().parse("self-named", "RECOGNIZING the need to protect the marine environment;\n"
        + "HEREBY\n"
        + "1. AGREE to cooperate in the protection of the marine environment;\n"
        + "2. INVITE all states of the region to subscribe to this Declaration.\n"
        + "Signed in Suva, Fiji, on the fifth day of May.\n"
        + "John Smith\nMINISTER OF FOREIGN AFFAIRS\n").kind();
    assertEquals(DocumentKind.DECLARATION, kind);
  }

  @Test
  void aRussianTextWithoutTitle_isTheKindItsClosingLinesNameItself() {
    DocumentKind kind = Parser.russian().parse("self-named-ru", "Стороны, стремясь к укреплению сотрудничества,\n"
        + "1. Будут развивать торговлю и инвестиции.\n"
        + "2. Приглашают другие государства региона присоединиться к настоящей Декларации.\n"
        + "Подписано в городе Минске.\n").kind();
    assertEquals(DocumentKind.DECLARATION, kind);
  }

  @Test
  void aRegistersEntryWithItsDayOnTheNextLine_givesWayToTheHeadingUnderIt() {
    DocumentKind kind = Parser.russian().parse("register-entry", "Коммюнике от\n"
        + "14 апреля 2003 г.\n\n"
        + "Заявление для печати\n"
        + "по итогам заседания Совета министров\n\n"
        + "Министры обсудили положение в регионе и договорились продолжить консультации.\n\n"
        + "Следующее заседание пройдет осенью.\n").kind();
    assertEquals(DocumentKind.OTHER, kind);
  }
}
