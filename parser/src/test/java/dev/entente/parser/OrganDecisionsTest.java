package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A council's decision as a legal database prints it: the organs that adopt it spell their verb in
 * capitals («Совет глав государств и Совет глав правительств ⏎ РЕШИЛИ:»), or the heading block says
 * on a line of its own who adopted it («Принято ⏎ Советом глав государств СНГ»). The organisation is
 * the side. Texts written for these tests.
 */
final class OrganDecisionsTest {

  @Test
  void twoOrgansJoinedByAnd_decideInCapitals_theirOrganisationIsTheSide() {
    // GIVEN a decision whose clause of purpose runs into its two organs without a comma
    Document doc = Parser.russian().parse("ru-test", "РЕШЕНИЕ\nо порядке работы органов Содружества Независимых Государств\n\n"
        + "В целях повышения эффективности работы органов Содружества Независимых Государств"
        + " Совет глав государств и Совет глав правительств\nРЕШИЛИ:\n1. Утвердить порядок работы.\n"
        + "2. Настоящее Решение вступает в силу со дня подписания.\n");
    // THEN the organisation the organs belong to adopts it
    assertEquals(List.of("CIS"), sorted(doc.signatories()));
  }

  @Test
  void oneOrgan_decreesInCapitals_afterAClauseOfPurpose() {
    Document doc = Parser.russian().parse("ru-test", "РЕШЕНИЕ\nоб обмене информацией\n\n"
        + "Руководствуясь Уставом Содружества Независимых Государств и в целях развития сотрудничества"
        + " Совет министров иностранных дел\nПОСТАНОВИЛ:\n1. Одобрить порядок обмена информацией.\n"
        + "2. Поручить Исполнительному комитету Содружества подготовить доклад.\n");
    assertEquals(List.of("CIS"), sorted(doc.signatories()));
  }

  @Test
  void aHeadingBlock_adoptedByAnOrgan_namesItsOrganisation() {
    // GIVEN a legal database's heading block: kind and date, topic, then who adopted it
    Document doc = Parser.russian().parse("ru-test", "Решение от 10 мая 1995 года\n\nО составе миссии наблюдателей\n\n"
        + "Принято\nСоветом глав государств СНГ\n10 мая 1995 года\n\n"
        + "    Государства - участники Содружества, учитывая просьбу Республики Молдова,\n    решили:\n"
        + "1. Продлить срок работы миссии.\n");
    assertEquals(List.of("CIS"), sorted(doc.signatories()));
  }

  @Test
  void anOrganInLowerCaseProse_isNoDecreeInCapitals() {
    // GIVEN a news page where a council is only spoken of, with no verb in capitals after it
    Document doc = Parser.russian().parse("ru-test", "Новости\n\nЭксперты обсудили, как Совет глав государств и"
        + " Совет глав правительств Содружества Независимых Государств будут работать в следующем году.\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }
}
