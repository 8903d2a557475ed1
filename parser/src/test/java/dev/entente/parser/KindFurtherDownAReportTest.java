package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * A news page with no title whose headlines and lead name no kind may say further down, in lower case right after a
 * verb of adoption, or capitalised right after a finite verb of signing, which document the talks produced; a city's
 * adjective there names an older document. Every text is written for these tests.
 */
final class KindFurtherDownAReportTest {
  private static final String HEAD = "Лидеры обсудили торговлю и транспорт\n\n"
      + "Президенты двух стран встретились в столице\n\n"
      + "Переговоры прошли в узком и расширенном составах\n\n"
      + "Фото: агентство\n\n"
      + "Стороны обсудили вопросы торговли, энергетики и транспорта, а также гуманитарные связи.\n\n"
      + "Министры отдельно рассмотрели планы по строительству новой железной дороги.\n\n"
      + "Президенты также обсудили региональную безопасность и положение на границе.\n\n";

  private static DocumentKind kind(String text) {
    Document doc = Parser.russian().parse("kind-further-down", text);
    return doc.kind();
  }

  @Test
  void signedJointStatementInTheEighthLine_isThePagesKind() {
    // GIVEN a report whose eighth line of words says the presidents signed a joint statement
    String text = HEAD + "По итогам переговоров президенты подписали совместное заявление о развитии торговли.\n\n"
        + "Следующая встреча пройдет в будущем году.\n";
    // WHEN its kind is read THEN it is the joint statement's
    assertEquals(DocumentKind.JOINT_STATEMENT, kind(text));
  }

  @Test
  void declarationNamedByACitysAdjective_isNoKindOfThePage() {
    // GIVEN the same report whose eighth line recalls a declaration named after a city
    String text = HEAD + "Министры напомнили, что товарооборот включен в Ташкентскую декларацию о торговле.\n\n"
        + "Следующая встреча пройдет в будущем году.\n";
    // WHEN its kind is read THEN the older declaration gives none
    assertEquals(DocumentKind.OTHER, kind(text));
  }

  @Test
  void signedACapitalisedAgreementInTheEighthLine_isThePagesKind() {
    // GIVEN the same report whose eighth line says the ministers signed an agreement named with a capital
    String text = HEAD + "После переговоров министры подписали Соглашение о воздушном сообщении между странами.\n\n"
        + "Следующая встреча пройдет в будущем году.\n";
    // WHEN its kind is read THEN it is the agreement's
    assertEquals(DocumentKind.AGREEMENT, kind(text));
  }

  @Test
  void aVerbalNounOfSigningInTheEighthLine_namesNoKind() {
    // GIVEN the same report whose eighth line recalls the signing of an agreement by the verbal noun
    String text = HEAD + "Министры вспомнили о подписании Соглашения о воздушном сообщении между странами.\n\n"
        + "Следующая встреча пройдет в будущем году.\n";
    // WHEN its kind is read THEN the signing recalled gives none
    assertEquals(DocumentKind.OTHER, kind(text));
  }
}
