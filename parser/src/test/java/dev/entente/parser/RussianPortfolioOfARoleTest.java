package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A minister's portfolio in lower case that no lexicon lists is part of the role: fields joined by «и»
 * («министр транспорта и коммуникаций»), a portfolio after «по» with fields joined by «и» or commas
 * («министр по делам семьи и молодежи»), one after the role's party («комиссар ЕС по …»). The person after
 * it keeps the role's party. Sentences written for the test.
 */
final class RussianPortfolioOfARoleTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      В заседании участвовал министр по делам семьи и молодежи Республики Казахстан Асет Исекешев. | Асет Исекешев | KZ
      В заседании участвовал министр по делам культуры, искусства и туризма Республики Узбекистан Бахтиёр Саидов. | Бахтиёр Саидов | UZ
      Во встрече участвовал комиссар Европейского союза по вопросам энергетики Кадри Симсон. | Кадри Симсон | EU
      """)
  void personAfterALowerCasePortfolio(String sentence, String name, String party) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertEquals(party, People.partyOf(doc, name), "person after a portfolio: " + sentence + dump(doc));
  }

  @Test
  void nameRightAfterAJoinedField_isFoundByItsRole() {
    // GIVEN a name no list of given names knows, after a second field joined by «и»
    Document doc = parse("Делегацию возглавил министр транспорта и коммуникаций Илхомжон Махкамбоев.");
    // THEN
    assertNotEquals("absent", People.partyOf(doc, "Илхомжон Махкамбоев"), People.listed(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны поручили министру по делам молодежи и спорта подготовить план мероприятий.
      Министр транспорта и связи выступил на заседании Совета.
      """)
  void portfolioWithNoOneAfterItNamesNoOne(String sentence) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertEquals("", People.listed(doc), "a person found after a bare portfolio: " + sentence + dump(doc));
  }
}
