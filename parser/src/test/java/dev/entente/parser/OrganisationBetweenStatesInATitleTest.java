package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A title «между A и B» whose second (or third) member is an organisation names it as a side beside the state;
 * an organisation named in the title's topic, or past the comma that ends the list, is no side. Every text is
 * written for these tests.
 */
final class OrganisationBetweenStatesInATitleTest {
  private static final String BODY = "Стороны, стремясь развивать сотрудничество,\nсогласились о нижеследующем:\n"
      + "Статья 1\nСтороны обмениваются информацией.\n";

  @Test
  void anOrganisationAfterAStateInTheList_isASide() {
    Document doc = Parser.russian().parse("ru-test", "СОГЛАШЕНИЕ\nМЕЖДУ РЕСПУБЛИКОЙ КАЗАХСТАН И МЕЖДУНАРОДНЫМ АГЕНТСТВОМ ПО "
        + "АТОМНОЙ ЭНЕРГИИ О ПРИМЕНЕНИИ ГАРАНТИЙ\n" + BODY);
    assertEquals(List.of("KZ", "IAEA"), doc.signatories());
  }

  @Test
  void twoOrganisationsAfterAState_areBothSides() {
    Document doc = Parser.russian().parse("ru-test", "Соглашение\nмежду Республикой Армения и Европейским союзом и "
        + "Организацией Объединенных Наций о помощи\n" + BODY);
    assertEquals(List.of("AM", "EU", "UN"), doc.signatories());
  }

  @Test
  void anOrganisationInTheTopic_isNoSide() {
    Document doc = Parser.russian().parse("ru-test", "Соглашение\nмежду Российской Федерацией и Республикой Беларусь о "
        + "сотрудничестве в рамках Содружества Независимых Государств и Организации Объединенных Наций\n" + BODY);
    assertEquals(List.of("RU", "BY"), doc.signatories());
  }

  @Test
  void anOrganisationPastTheCommaThatEndsTheList_isNoSide() {
    Document doc = Parser.russian().parse("ru-test", "СОГЛАШЕНИЕ МЕЖДУ РЕСПУБЛИКОЙ МОЛДОВА И ЕВРОПЕЙСКИМ СОЮЗОМ, ДОПОЛНЯЮЩЕЕ "
        + "ДОГОВОРЫ РЕСПУБЛИКИ МОЛДОВА И ОРГАНИЗАЦИИ ОБЪЕДИНЕННЫХ НАЦИЙ\n" + BODY);
    assertEquals(List.of("MD", "EU"), doc.signatories());
  }
}
