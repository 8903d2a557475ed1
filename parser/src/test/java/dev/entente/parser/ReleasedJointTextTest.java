package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page whose lead says that parties released a joint text («опубликовали совместное заявление», «обнародовали
 * совместное коммюнике»), as «выпустили» and «распространили» say: the subject's parties are its sides. Every text
 * is written for these tests.
 */
final class ReleasedJointTextTest {
  @Test
  void russianPressNote_governmentsPublishedTheFollowingStatement_areSides() {
    // GIVEN a ministry's note that the governments of three states published the following joint statement
    Document doc = Parser.russian().parse("ru-test", "Министерство иностранных дел\nСообщение для печати\n\n"
        + "Правительства Австрии, Чехии и Словакии опубликовали следующее совместное заявление.\n\n"
        + "Мы намерены расширять сотрудничество в области энергетики.\n");
    // THEN the three states are its sides
    assertEquals(List.of("AT", "CZ", "SK"), sorted(doc.signatories()));
  }

  @Test
  void russianNewsPage_statesMadePublicAJointCommunique_areSides() {
    // GIVEN a lead that two states made public a joint communique
    Document doc = Parser.russian().parse("ru-test", "Министерство иностранных дел\nСообщение для печати\n\n"
        + "Франция и Германия обнародовали совместное коммюнике о границе.\n\nСтороны договорились продолжить"
        + " консультации.\n");
    // THEN the two states are its sides
    assertEquals(List.of("DE", "FR"), sorted(doc.signatories()));
  }

  @Test
  void russianNewsPage_statesPublishedData_haveNoSides() {
    // GIVEN a lead that two states published statistics, no joint text
    Document doc = Parser.russian().parse("ru-test", "Министерство иностранных дел\nСообщение для печати\n\n"
        + "Франция и Германия опубликовали данные о торговле за прошлый год.\n\nОбъем торговли вырос.\n");
    // THEN no one is a side
    assertEquals(List.of(), sorted(doc.signatories()));
  }
}
