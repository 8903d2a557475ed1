package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A news page's lead names a document of a kind whose topic is the relations of two states in the genitive («соглашение
 * о принципах сотрудничества A и B», «декларация о переходе отношений A и B»): those states are its sides, as «между A
 * и B» names them. A headline that names the kind but no party («Что означает Декларация, подписанная в …?») leaves
 * the sides to the lead. Every text is written for these tests.
 */
final class RelationsOfInTheLeadTest {
  @Test
  void aLeadNamingAnAgreementOnTheCooperationOfTwoStates_givesBothStates() {
    // GIVEN a page with no title of a kind; its lead names the agreement and the two states after «сотрудничества»
    Document doc = Parser.russian().parse("Ташкент, 14 апреля. Сегодня подписано межправительственное соглашение"
        + " о принципах торгового сотрудничества Узбекистана и Вьетнама на 2026 год. Документ предусматривает"
        + " рост товарооборота.\n");
    // THEN both states are the sides
    assertEquals(sorted(List.of("UZ", "VN")), sorted(doc.signatories()));
  }

  @Test
  void aHeadlineNamingTheKindButNoParty_leavesTheSidesToTheLead() {
    // GIVEN a headline with the kind and a city, and a lead naming the relations of two states
    Document doc = Parser.russian().parse("Что означает Декларация, подписанная в Улан-Баторе?\n\n"
        + "Главным итогом визита стало подписание Декларации о переходе отношений Казахстана и Монголии на уровень"
        + " стратегического партнёрства. Документ состоит из 30 пунктов.\n");
    // THEN the states the lead names are the sides
    assertEquals(sorted(List.of("KZ", "MN")), sorted(doc.signatories()));
  }

  @Test
  void aHeadlineNamingTheKindButNoParty_leavesTheSidesToTheBetweenOfTheLead() {
    Document doc = Parser.russian().parse("Зачем нужен новый договор?\n\n"
        + "Вчера в Минске подписан договор между Республикой Беларусь и Республикой Сербия о взаимной правовой"
        + " помощи. Он вступит в силу после ратификации.\n");
    assertEquals(sorted(List.of("BY", "RS")), sorted(doc.signatories()));
  }
}
