package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A Russian state after «в» right behind a person's name is where the person goes or is
 * («визит Президента A в Республику B», «принимать A в B»), not the party the person serves.
 */
final class PlaceAfterNameRussianTest {
  private static final Parser PARSER = Parser.russian();

  private static Document parse(String point) {
    return PARSER.parse("ru-test", "Совместное заявление\n\n"
        + "Астана, 3 марта 2021 года\n\n1. " + point + "\n");
  }

  @Test
  void aVisitsDestinationAfterARoleAndName_isNotThePersonsParty() {
    // GIVEN a president's visit whose destination follows his name after «в»
    Document doc = parse("Официальный визит Президента Давида Саркисова в Республику Казахстан прошел в дружественной атмосфере.");
    // THEN the destination is not his party: the text says none
    assertEquals("-", People.partyOf(doc, "Давид Саркисов"), () -> People.listed(doc));
  }

  @Test
  void aHostsCountryAfterTheGuestsName_isNotTheGuestsParty() {
    // GIVEN a host who welcomes a guest named without a role, the host's country after «в»
    Document doc = parse("Нам приятно принимать Игоря Кравца в Казахстане, сказал министр.");
    // THEN the guest does not serve the host's country
    assertEquals("-", People.partyOf(doc, "Игорь Кравец"), () -> People.listed(doc));
  }
}
