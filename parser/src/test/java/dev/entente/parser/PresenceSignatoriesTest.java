package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports of a signing that a head of state only witnesses («в присутствии Президента A», «присутствовал
 * Президент A»): the head's state is not a side of the text. Every page is written for these tests.
 */
final class PresenceSignatoriesTest {
  private static final String LEAD = "В Ташкенте по итогам третьего заседания Совета транспортных коридоров"
      + " участники встречи подписали совместную декларацию.\n";
  private static final String BODY = "В декларации отмечается намерение развивать перевозки грузов между портами"
      + " и расширять цифровые сервисы для экспедиторов.\n";

  @Test
  void aTextSignedInThePresenceOfAHead_doesNotMakeTheHeadsStateASide() {
    // GIVEN a report that ministers signed the declaration «в присутствии» a president
    Document doc = Parser.russian().parse("ru-test", LEAD
        + "Документ в присутствии Президента Республики Казахстан Касым-Жомарта Токаева подписали министры"
        + " транспорта и представители железнодорожных компаний.\n" + BODY);
    // THEN the president's state is no side
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void aHeadWhoWasPresentAtTheSigning_doesNotMakeHisStateASide() {
    // GIVEN a report that a president «присутствовал» at the signing ceremony
    Document doc = Parser.russian().parse("ru-test", LEAD
        + "На церемонии подписания присутствовал Президент Республики Казахстан Касым-Жомарт Токаев.\n" + BODY);
    // THEN his state is no side
    assertEquals(List.of(), sorted(doc.signatories()));
  }

  @Test
  void headsWhoSignTheText_remainItsSides() {
    // GIVEN a report that two presidents signed the declaration themselves
    Document doc = Parser.russian().parse("ru-test", LEAD
        + "Документ подписали Президент Республики Казахстан Касым-Жомарт Токаев и Президент Кыргызской Республики"
        + " Садыр Жапаров.\n" + BODY);
    // THEN their states are the sides
    assertEquals(List.of("KG", "KZ"), sorted(doc.signatories()));
  }
}
