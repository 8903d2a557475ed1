package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * The kind of a text with neither title nor lead-in, read from a news agency's first lines that say
 * it was adopted («… issued a joint statement», «… одобрили совместное заявление»). Every text is
 * written for these tests.
 */
final class KindFromAHeadlineTest {
  @Test
  void anEnglishHeadlineSayingTheSidesIssuedAJointStatement_givesItsKind() {
    Document doc = Parser.english().parse("en-test", "Ghana, Kenya deepen partnership\n\n"
        + "Ghana and Kenya on March 3 issued a joint statement on trade and investment during the visit of the"
        + " Kenyan President to Accra.\n\n"
        + "1. The two sides agreed to expand trade between the two countries.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }

  @Test
  void aRussianHeadlineSayingTheLeadersApprovedAJointStatement_givesItsKind() {
    Document doc = Parser.russian().parse("ru-test", "Президент России и президент Казахстана одобрили совместное"
        + " заявление по торговле после переговоров в Астане\n\n"
        + "Стороны договорились расширять торговлю между двумя странами.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }

  @Test
  void aTreatyNamedInTheFirstLines_isNotTheKindOfTheText() {
    Document doc = Parser.russian().parse("ru-test", "«О парламентском сотрудничестве»\n\n"
        + "При подписании Соглашения о создании Содружества стороны договорились о сотрудничестве парламентов.\n\n"
        + "Председатели парламентов обращаются к главам государств с просьбой поддержать это сотрудничество.\n");
    assertEquals(DocumentKind.OTHER, doc.kind());
  }

  @Test
  void aLeadInThatGivesTheFullTextOfAJointStatement_givesItsKind() {
    Document doc = Parser.russian().parse("ru-test", "Полный текст совместного заявления Казахстана и Кыргызстана\n"
        + "Президенты двух стран провели переговоры в Бишкеке.\n"
        + "ПОЛНЫЙ ТЕКСТ ЗАЯВЛЕНИЯ\n"
        + "Стороны договорились расширять торговлю между двумя странами.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }

  @Test
  void aFirstLineThatNamesTheTextOfAJointStatement_givesItsKind() {
    Document doc = Parser.russian().parse("ru-test", "Текст совместного заявления, принятого по итогам встречи министров"
        + " иностранных дел Казахстана и Монголии, опубликован на сайте министерства.\n\n"
        + "Министры обсудили вопросы торговли и транспорта.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }

  @Test
  void aTreatyQuotedInAClauseOfThePreamble_isNoTitle() {
    Document doc = Parser.russian().parse("ru-test", "Ташкентская декларация о дружбе между Республикой Узбекистан и Монголией\n\n"
        + "Республика Узбекистан и Монголия,\n\n"
        + "руководствуясь подписанным 5 мая 1995 года \u00abДоговором о дружбе и сотрудничестве\u00bb,\n\n"
        + "заявляют о следующем.\n");
    assertEquals(DocumentKind.DECLARATION, doc.kind());
  }

  @Test
  void anInformationMessage_isOfNoKindOfItsOwn() {
    Document doc = Parser.russian().parse("ru-test", "Информационное сообщение по итогам заседания Совета министров иностранных дел\n\n"
        + "Министры обсудили вопросы сотрудничества.\n");
    assertEquals(DocumentKind.OTHER, doc.kind());
    assertEquals("Информационное сообщение по итогам заседания Совета министров иностранных дел", doc.title());
  }

  @Test
  void aHeadlineSayingAJointStatementWasPublished_givesItsKind() {
    Document doc = Parser.russian().parse("ru-test", "Опубликовано совместное заявление министров иностранных дел"
        + " Казахстана и Монголии\n\n"
        + "Министры обсудили вопросы торговли и транспорта.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }

  @Test
  void aHeadlineSayingTheLeadersSignedANamedDeclaration_givesItsKind() {
    Document doc = Parser.russian().parse("ru-test", "Лидеры Казахстана и Монголии подписали Астанинскую декларацию"
        + " о стратегическом партнерстве\n\n"
        + "Стороны договорились расширять торговлю между двумя странами.\n");
    assertEquals(DocumentKind.DECLARATION, doc.kind());
  }

  @Test
  void aLeadThatSaysWhereTheWordsStand_givesTheKindItNamesInLowerCase() {
    Document doc = Parser.russian().parse("ru-test", "Астана и Бишкек выступают за расширение торговли. Об этом говорится"
        + " в совместном заявлении министров иностранных дел двух стран по итогам переговоров.\n\n"
        + "Министры обсудили вопросы транспорта.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
    Document communique = Parser.russian().parse("ru-test", "Саммит осудил удары по мирным жителям\n\n12 мая 2024 г.\n\n"
        + "В заключительном коммюнике саммита, состоявшегося в Каире, осуждаются удары по мирным жителям.\n");
    assertEquals(DocumentKind.COMMUNIQUE, communique.kind());
  }

  @Test
  void aDocumentNamingItselfInTheFirstLines_givesNoKindThatWay() {
    Document doc = Parser.russian().parse("ru-test", "Казахстан и Кыргызстан,\n\n"
        + "руководствуясь положениями, изложенными в настоящем заявлении, договорились расширять торговлю.\n");
    assertEquals(DocumentKind.OTHER, doc.kind());
  }

  @Test
  void aPageRunIntoOneLongLine_givesTheKindItsLeadSaysWasAdopted() {
    String tail = " Переговоры продолжались несколько часов и касались торговли, транспорта и энергетики.".repeat(10);
    Document doc = Parser.russian().parse("ru-test", "В Астане принята декларация о дружбе и сотрудничестве двух стран."
        + tail + "\n");
    assertEquals(DocumentKind.DECLARATION, doc.kind());
  }

  @Test
  void aTickerAboveTheHeadline_isNoLineOfWords() {
    Document doc = Parser.russian().parse("ru-test", "Меню\n  • $ 93.26 -0.52\n  • 99.39 -0.58\n  • BR 90.06 +0.64%\n\n"
        + "Главы МИД Казахстана и Киргизии подписали совместную декларацию\n\n"
        + "Министры обсудили вопросы торговли и транспорта.\n");
    assertEquals(DocumentKind.DECLARATION, doc.kind());
  }

  @Test
  void aGeneralStatement_isAJointOne() {
    Document doc = Parser.russian().parse("ru-test", "Общее заявление глав делегаций Казахстана и Киргизии\n\n"
        + "Стороны договорились расширять торговлю между двумя странами.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }

  @Test
  void aLeadSayingTheMinistersAgreedOnAJointStatement_givesItsKind() {
    Document doc = Parser.russian().parse("ru-test", "Армения и Грузия договорились о транзите\n\n"
        + "Министры транспорта Армении и Грузии на встрече в Тбилиси согласовали совместное заявление о грузовом"
        + " транзите, сообщает агентство.\n\n"
        + "Стороны намерены увеличить перевозки по железной дороге.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }

  @Test
  void aHeadlineSayingTheMinistersCameOutWithAJointStatement_givesItsKind() {
    Document doc = Parser.russian().parse("ru-test", "Главы МИД Монголии и Казахстана выступили с совместным заявлением"
        + " после переговоров\n\n"
        + "Стороны подтвердили стремление расширять торговлю между двумя странами.\n");
    assertEquals(DocumentKind.JOINT_STATEMENT, doc.kind());
  }
}
