package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A title that says what the text is about («Заявление по Ливии», «о ситуации в Сирии», "Statement
 * on Yemen") names its topic, never its author; a title that names two parties joined as a
 * relationship still names the sides. Every text is written for these tests.
 */
final class TopicOfATitleTest {
  @Test
  void aRussianStatementOnAState_makesThatStateNoSignatory() {
    // GIVEN a statement titled after the state it speaks of, in the first person plural of unnamed authors
    Document doc = Parser.russian().parse("Заявление по Ливии\n\n"
        + "Мы глубоко обеспокоены продолжающимся насилием в Ливии и призываем все стороны немедленно прекратить огонь.\n\n"
        + "Мы поддерживаем усилия Организации Объединенных Наций по содействию политическому урегулированию.\n");
    // THEN the state is the topic, not a side
    assertFalse(doc.signatories().contains("LY"), doc.signatories()::toString);
  }

  @Test
  void aRussianStatementOnTheSituationInAState_makesThatStateNoSignatory() {
    Document doc = Parser.russian().parse("Заявление о ситуации в Сирии\n\n"
        + "Государства-члены выражают серьезную озабоченность эскалацией насилия в Сирии.\n\n"
        + "Они призывают к возобновлению переговоров под эгидой ООН.\n");
    assertFalse(doc.signatories().contains("SY"), doc.signatories()::toString);
  }

  @Test
  void aSpokespersonsStatementInConnectionWithTheSituationAroundAState_makesThatStateNoSignatory() {
    // GIVEN a ministry site's statement «в связи с ситуацией вокруг» a state
    Document doc = Parser.russian().parse("Заявление официального представителя МИД России в связи с ситуацией вокруг Ирана\n\n"
        + "Мы с тревогой наблюдаем за эскалацией напряженности и призываем все стороны к сдержанности.\n");
    assertFalse(doc.signatories().contains("IR"), doc.signatories()::toString);
  }

  @Test
  void aMinistrysStatementOnAState_isTheMinistrysStateAlone() {
    // GIVEN a ministry's statement whose title names its state, then «по» and the state it is about
    Document doc = Parser.russian().parse("Заявление Министерства иностранных дел Российской Федерации по Сирии\n\n"
        + "Российская сторона с тревогой следит за развитием событий и призывает к сдержанности.\n");
    assertEquals(List.of("RU"), sorted(doc.signatories()));
  }

  @Test
  void aHeadingLineOnTheSettlementOfAConflict_makesTheConflictsStateNoSignatory() {
    // GIVEN a protocol's number as its title, then on its line a commission «по урегулированию» a conflict named
    // by a state's adjective joined to a region's
    Document doc = Parser.russian().parse("ПРОТОКОЛ № 14     ЗАСЕДАНИЯ СОВМЕСТНОЙ КОМИССИИ ПО УРЕГУЛИРОВАНИЮ"
        + " МОЛДАВСКО-ПРИДНЕСТРОВСКОГО КОНФЛИКТА\n\nЗаседание прошло в г. Бендеры.\n\n"
        + "Участники заседания решили провести следующее заседание в марте.\n");
    // THEN the state is the topic of the commission, not a side
    assertFalse(doc.signatories().contains("MD"), doc.signatories()::toString);
  }

  @Test
  void aHeadingLineOnTheSettlementInAState_makesThatStateNoSignatory() {
    Document doc = Parser.russian().parse("ПРОТОКОЛ № 14     ЗАСЕДАНИЯ СОВМЕСТНОЙ КОМИССИИ ПО УРЕГУЛИРОВАНИЮ"
        + " В ЮЖНОМ СУДАНЕ\n\nЗаседание прошло в г. Джуба.\n");
    assertFalse(doc.signatories().contains("SS"), doc.signatories()::toString);
  }

  @Test
  void aTitleOnThePrinciplesOfASettlement_makesTheConflictsStateNoSignatory() {
    // GIVEN a protocol that follows an agreement «о принципах урегулирования» a conflict named by a state's adjective
    Document doc = Parser.russian().parse("Протокол встречи представителей\n"
        + "сторон по выполнению Соглашения о принципах урегулирования\nмолдавско-приднестровского конфликта\n"
        + "Стремясь к урегулированию конфликта, стороны в составе:\n\n1. Решили продолжить работу.\n");
    assertFalse(doc.signatories().contains("MD"), doc.signatories()::toString);
  }

  @Test
  void anEnglishStatementOnAState_makesThatStateNoSignatory() {
    Document doc = Parser.english().parse("en-test", "Statement on Yemen\n\n"
        + "We are gravely concerned by the humanitarian crisis in Yemen and call on all parties to agree a"
        + " nationwide ceasefire.\n\n"
        + "We support the efforts of the United Nations Special Envoy.\n");
    assertFalse(doc.signatories().contains("YE"), doc.signatories()::toString);
  }

  @Test
  void anEnglishStatementOnTheSituationInAState_makesThatStateNoSignatory() {
    Document doc = Parser.english().parse("en-test", "Press Statement on the situation in Sudan\n\n"
        + "The members expressed deep concern at the fighting in Sudan and urged the parties to return to talks.\n");
    assertFalse(doc.signatories().contains("SD"), doc.signatories()::toString);
  }

  @Test
  void anEnglishJointStatementByTwoStatesOnAThird_isTheTwoStates() {
    Document doc = Parser.english().parse("en-test", "Joint Statement by Australia and New Zealand on Fiji\n\n"
        + "The two Governments welcomed the return to constitutional order and pledged continued support.\n");
    assertEquals(List.of("AU", "NZ"), sorted(doc.signatories()));
  }

  @Test
  void aTitleOnARelationshipOfTwoStates_stillNamesTheSides() {
    // GIVEN titles whose topic is the relationship of two states joined by a hyphen
    Document russian = Parser.russian().parse("Совместное заявление о российско-китайских отношениях\n\n"
        + "Стороны высоко оценивают уровень двустороннего сотрудничества и договорились продолжить регулярные консультации.\n");
    Document english = Parser.english().parse("en-test", "Joint Statement on India-Japan Partnership\n\n"
        + "The two sides reaffirmed their commitment to a free and open Indo-Pacific and agreed to expand cooperation.\n");
    // THEN the states joined are the sides
    assertEquals(List.of("CN", "RU"), sorted(russian.signatories()));
    assertEquals(List.of("IN", "JP"), sorted(english.signatories()));
  }
}
