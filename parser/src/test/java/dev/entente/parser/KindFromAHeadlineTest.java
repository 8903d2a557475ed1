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
}
