package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Heads of three states or more named as those who take part in a meeting of one organisation are the
 * organisation's meeting, not the sides of a text of their own: the organisation is the side. Every text
 * is written for these tests.
 */
final class AttendedMeetingOfAnOrganisationTest {
  @Test
  void russianOpening_headsTakePartInAnOrgansSession_givesTheOrganisation() {
    // GIVEN a session of a council of heads of state of an organisation, and a sentence listing the heads who took part
    Document doc = Parser.russian().parse("ru-test", "Информационное сообщение\n\n"
        + "20 ноября 2023 года в Минске состоялась сессия Совета коллективной безопасности Организации Договора"
        + " о коллективной безопасности. В ней приняли участие Президент Республики Армения Н.Пашинян,"
        + " Президент Республики Беларусь А.Г.Лукашенко, Президент Республики Казахстан К.К.Токаев и"
        + " Президент Российской Федерации В.В.Путин.\n\n"
        + "Главы государств обсудили вопросы коллективной безопасности.\n");
    // THEN the organisation is the side, not the four states
    assertEquals(List.of("CSTO"), sorted(doc.signatories()));
  }

  @Test
  void englishOpening_aSummitAttendedByHeads_givesTheOrganisation() {
    // GIVEN a summit of an organisation "attended by" the heads of three states
    Document doc = Parser.english().parse("en-test", "Final Communique\n\n"
        + "The Extraordinary Summit of the Economic Community of West African States was held in Abuja on"
        + " 10 August 2023 and was attended by President Bola Tinubu of Nigeria, President Patrice Talon of Benin"
        + " and President Umaro Sissoco Embalo of Guinea-Bissau.\n\n"
        + "The Summit reviewed the political situation in the region.\n");
    // THEN the organisation is the side
    assertEquals(List.of("ECOWAS"), sorted(doc.signatories()));
  }

  @Test
  void russianOpening_twoHeadsOfAVisitTakePartInAnOrganisationsMeeting_keepTheirStates() {
    // GIVEN a visit by one head who also took part in an organisation's meeting, and talks with the host
    Document doc = Parser.russian().parse("ru-test", "Совместное коммюнике\n\n"
        + "По приглашению Президента Республики Таджикистан Эмомали Рахмона Президент Республики Узбекистан"
        + " Шавкат Мирзиёев посетил Таджикистан с государственным визитом и принял участие в заседании Совета"
        + " глав государств – членов Шанхайской организации сотрудничества.\n\n"
        + "Стороны обсудили вопросы двустороннего сотрудничества.\n");
    // THEN the two heads' states stay the sides
    assertEquals(List.of("TJ", "UZ"), sorted(doc.signatories()));
  }
}
