package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * A news page with no title line whose lead names the document it reports by a finite verb of making other than the past
 * of signing or adopting ({@link WordClass#MAKING_VERB}): the future («подпишут меморандум»), the short passive of
 * ratifying («Ратифицирован Договор …»), making a statement («сделали совместное заявление»). Texts written for these
 * tests.
 */
final class OtherVerbsOfMakingInTheLeadTest {
  private static final String TAIL = " Стороны отметили рост товарооборота и договорились продолжить консультации.\n"
      + "Визит продлится три дня, сообщает пресс-служба.\n";

  @Test
  void givenAHeadlineInTheFuture_whenParsed_thenTheMemorandumIsTheKind() {
    String page = "Две комиссии подпишут меморандум о взаимопонимании на следующей неделе.\n" + TAIL;
    assertEquals(DocumentKind.MEMORANDUM, Parser.russian().parse("lead", page).kind());
  }

  @Test
  void givenATreatyRatifiedInTheShortPassive_whenParsed_thenTheTreatyIsTheKind() {
    String page = "Ратифицирован Договор о добрососедстве между двумя соседними республиками." + TAIL;
    assertEquals(DocumentKind.AGREEMENT, Parser.russian().parse("lead", page).kind());
  }

  @Test
  void givenLeadersWhoMadeAJointStatement_whenParsed_thenAJointStatementIsTheKind() {
    String page = "По итогам переговоров лидеры двух стран сделали совместное заявление о развитии торговли." + TAIL;
    assertEquals(DocumentKind.JOINT_STATEMENT, Parser.russian().parse("lead", page).kind());
  }

  @Test
  void givenStatementsForThePressBeforeASignedDeclaration_whenParsed_thenTheDeclarationIsTheKind() {
    String page = "Президенты сделали заявления для прессы.\n"
        + "По итогам встречи они подписали Декларацию о стратегическом партнерстве." + TAIL;
    assertEquals(DocumentKind.DECLARATION, Parser.russian().parse("lead", page).kind());
  }

  @Test
  void givenAnInfinitiveOfSigning_whenParsed_thenNoKindIsTold() {
    String page = "Министры договорились подписать меморандум о сотрудничестве в будущем году." + TAIL;
    assertEquals(DocumentKind.OTHER, Parser.russian().parse("lead", page).kind());
  }
}
