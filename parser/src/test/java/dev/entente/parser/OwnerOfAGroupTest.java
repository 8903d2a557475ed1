package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A group of states within an organisation (the co-chairs of its Minsk Group) speaks for its states: the organisation
 * that owns the group is no side beside them. Every text is written for these tests.
 */
final class OwnerOfAGroupTest {
  @Test
  void coChairsOfAnOrganisationsGroup_areTheirStates() {
    // GIVEN a statement by the presidents of the states that co-chair the OSCE's Minsk Group
    Document doc = Parser.russian().parse("Совместное заявление по нагорно-карабахскому урегулированию\n\n"
        + "Мы, президенты стран — сопредседателей Минской группы ОБСЕ — Российской Федерации, Соединенных Штатов "
        + "Америки и Французской Республики, призываем стороны конфликта к сдержанности.\n");
    // THEN the three states are the sides and the OSCE is not
    assertEquals(List.of("FR", "RU", "US"), sorted(doc.signatories()));
  }

  @Test
  void englishCoChairsOfTheGroup_leaveTheOrganisationOut() {
    // GIVEN a press statement of the co-chairs of the OSCE Minsk Group, each named with his state
    Document doc = Parser.english().parse("Press Statement by the Co-Chairs of the OSCE Minsk Group\n\n"
        + "The Co-Chairs of the OSCE Minsk Group (Ambassadors of the Russian Federation, France and the United States "
        + "of America) issued the following statement today in Vienna.\n\n"
        + "The Co-Chairs call on the sides to refrain from any steps that raise tension.\n");
    // THEN the OSCE, which only owns the group, is no side
    assertEquals(false, doc.signatories().contains("OSCE"));
  }

  @Test
  void organisationThatAdoptsWithItsMembers_staysASide() {
    // GIVEN heads of states named beside the organisation they adopt a text of, no group of it named
    Document doc = Parser.russian().parse("Декларация глав государств — членов ОДКБ\n\n"
        + "Мы, главы государств — членов Организации Договора о коллективной безопасности, Республики Армения, "
        + "Республики Беларусь и Российской Федерации, заявляем о приверженности коллективной безопасности.\n");
    // THEN the organisation stays among the sides
    assertEquals(true, doc.signatories().contains("CSTO"));
  }
}
