package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A news page whose lead reports that a state and an organisation (or the organisation's «страны») sign or
 * adopt a joint text: the organisation in the same list as the state is a side beside it; one named apart from
 * the list, as the place where they met, is none. Every text is written for these tests.
 */
final class OrganisationInTheSigningListTest {
  @Test
  void russianNewsPage_stateAndOrganisationWillSign_bothAreSides() {
    // GIVEN a lead that a state and an organisation will sign a joint statement
    Document doc = Parser.russian().parse("ru-test", "Россия и Африканский союз подпишут совместное заявление о"
        + " сотрудничестве в области здравоохранения. Об этом сообщил источник в дипломатических кругах, добавив,"
        + " что документ согласован.\n\nПереговоры продлятся два дня.\n");
    // THEN the state and the organisation are the sides
    assertEquals(List.of("AFRICAN_UNION", "RU"), sorted(doc.signatories()));
  }

  @Test
  void russianNewsPage_stateAndTheOrganisationsCountriesSigned_theOrganisationIsASide() {
    // GIVEN «A и страны <organisation>» before the act
    Document doc = Parser.russian().parse("ru-test", "Япония и страны Европейского союза подписали совместную"
        + " декларацию о торговле. Церемония прошла в Брюсселе во вторник.\n\nДокумент вступит в силу летом.\n");
    // THEN the organisation stands for its countries
    assertEquals(List.of("EU", "JP"), sorted(doc.signatories()));
  }

  @Test
  void russianNewsPage_organisationOutsideTheList_isNoSide() {
    // GIVEN two states that sign with an organisation's help, named after their list
    Document doc = Parser.russian().parse("ru-test", "Вьетнам и Лаос при содействии АСЕАН подпишут совместное заявление"
        + " о демаркации границы. Об этом сообщили в МИД Вьетнама.\n\nСтороны договорились продолжить консультации.\n");
    // THEN only the two states sign it
    assertEquals(List.of("LA", "VN"), sorted(doc.signatories()));
  }
}
