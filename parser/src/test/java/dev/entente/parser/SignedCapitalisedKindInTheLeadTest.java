package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * A news page with no title line whose lead says the sides signed a document named with a capital («подписали Декларацию о
 * …», «подписал в Казани Договор о …»): the finite verb of signing names the document the page reports. Texts written for
 * these tests.
 */
final class SignedCapitalisedKindInTheLeadTest {
  private static final String TAIL = " Стороны отметили рост товарооборота и договорились продолжить консультации.\n"
      + "Визит продлится три дня, сообщает пресс-служба.\n";

  @Test
  void signedADeclarationWithACapital_isADeclaration() {
    String page = "Президенты двух стран по итогам переговоров в Ереване подписали Декларацию о стратегическом партнерстве." + TAIL;
    assertEquals(DocumentKind.DECLARATION, Parser.russian().parse("lead", page).kind());
  }

  @Test
  void aPlaceBetweenTheVerbAndATreaty_isStillTheTreaty() {
    String page = "В пятницу президент подписал в Казани Договор о дружбе и сотрудничестве с соседней республикой." + TAIL;
    assertEquals(DocumentKind.AGREEMENT, Parser.russian().parse("lead", page).kind());
  }

  @Test
  void aVerbalNounOfSigning_namesNoDocument() {
    String page = "Министры обсудили ход выполнения Соглашения о свободной торговле и подготовку нового визита." + TAIL;
    assertEquals(DocumentKind.OTHER, Parser.russian().parse("lead", page).kind());
  }

  @Test
  void aLowerCaseKindNamedFirst_keepsItsKind() {
    String page = "Главы государств поставили подписи под совместным заявлением о региональной безопасности.\n"
        + "Министры подписали Соглашение о воздушном сообщении." + TAIL;
    assertEquals(DocumentKind.JOINT_STATEMENT, Parser.russian().parse("lead", page).kind());
  }

  @Test
  void aParliamentRatifiedATreaty_isTheTreaty() {
    String page = "Сейм на пленарном заседании ратифицировал Договор о добрососедстве между двумя государствами." + TAIL;
    assertEquals(DocumentKind.AGREEMENT, Parser.russian().parse("lead", page).kind());
  }

  @Test
  void theSidesConcludedAMemorandum_isTheMemorandum() {
    String page = "Университеты двух городов заключили меморандум о научном обмене на ближайшие пять лет." + TAIL;
    assertEquals(DocumentKind.MEMORANDUM, Parser.russian().parse("lead", page).kind());
  }
}
