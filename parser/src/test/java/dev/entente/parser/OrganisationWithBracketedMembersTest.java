package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lead whose subject is an organisation's members, listed in a bracket after its name or the noun that stands for
 * it, right before the verb of adopting: the organisation is a side with those states. Every text is written for
 * these tests.
 */
final class OrganisationWithBracketedMembersTest {
  @Test
  void russianNewsPage_summitParticipantsBracketedBeforeSigning_organisationAndMembersAreSides() {
    // GIVEN «Участники саммита <организации> (A, B и C) сегодня в <городе> подписали …»
    Document doc = Parser.russian().parse("ru-test", "Новости\n\nУчастники саммита ОДКБ (Армения, Белоруссия и"
        + " Казахстан) сегодня в Минске подписали три документа, сообщила пресс-служба.\n\nВ документах отмечена"
        + " важность борьбы с наркотиками.\n");
    // THEN the organisation and the three states are the sides
    assertEquals(List.of("AM", "BY", "CSTO", "KZ"), sorted(doc.signatories()));
  }

  @Test
  void russianNewsPage_leadersOfTheBlocsMembersBracketedBeforeAdopting_organisationAndMembersAreSides() {
    // GIVEN the bracket after «лидеры стран-участниц этого блока», which stands for the organisation named before it
    Document doc = Parser.russian().parse("ru-test", "Президент провел переговоры\n\nНа прошедшем в Минске саммите"
        + " ОДКБ лидеры стран-участниц этого блока (Армении, Белоруссии и Казахстана) приняли декларацию о борьбе с"
        + " наркотиками.\n\nВ саммите приняли участие президент Армении, президент Белоруссии и президент"
        + " Казахстана.\n");
    // THEN the organisation and the three states are the sides
    assertEquals(List.of("AM", "BY", "CSTO", "KZ"), sorted(doc.signatories()));
  }

  @Test
  void russianNewsPage_bracketedMembersOfAPlannedSummit_addNoOrganisation() {
    // GIVEN a bracket of members after the name of a summit that will be held, no verb of adopting after it
    Document doc = Parser.russian().parse("ru-test", "Саммит ОДКБ пройдет осенью\n\nСледующий саммит ОДКБ (Армения,"
        + " Белоруссия и Казахстан) пройдет в Минске, говорится в принятом вчера заявлении.\n\nДокумент опубликован"
        + " на сайте организации.\n");
    // THEN the organisation is not added to the sides
    assertFalse(doc.signatories().contains("CSTO"));
  }
}
