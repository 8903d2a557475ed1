package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A news page whose opening names a meeting of one organisation, or of an organ of it, and a text adopted or signed
 * at it: the organisation is the side. Every text is written for these tests.
 */
final class OrgansMeetingInTheLeadTest {
  @Test
  void aMinistersCouncilOfAnOrganisation_andAStatementAdoptedLater_givesTheOrganisation() {
    // GIVEN a report of a ministers' council of an organisation, the statement adopted two sentences later
    Document doc = Parser.russian().parse("СМИД ОДКБ\n\nВ столице Казахстана прошло заседание Совета министров"
        + " иностранных дел Организации договора о коллективной безопасности (СМИД ОДКБ). Главы ведомств обсудили"
        + " положение в регионе.\n\nВ ходе заседания принято заявление в связи с событиями в Афганистане.\n");
    // THEN the organisation is its side, not the state the statement is about
    assertEquals(List.of("CSTO"), sorted(doc.signatories()));
  }

  @Test
  void anInterstateCouncilsMeeting_andLeadersWhoSignedAnAgreement_givesTheOrganisation() {
    Document doc = Parser.russian().parse("Сообщество подвело итоги\n\n"
        + "В Астане состоялось заседание межгосударственного совета Евразийского экономического сообщества."
        + " Главы государств подписали соглашение о бюджете на следующий год.\n");
    assertEquals(List.of("EURASEC"), sorted(doc.signatories()));
  }

  @Test
  void aMeetingInTheFormatOfTwoParties_isNoOrganisationsMeeting() {
    // GIVEN a meeting «в формате «A – B»» at which a communiqué was adopted
    Document doc = Parser.russian().parse("Министры встретились\n\n"
        + "В Брюсселе состоялась министерская встреча в формате «Центральная Азия – Европейский союз». Стороны"
        + " обсудили сотрудничество.\n\nПо итогам встречи было принято совместное коммюнике.\n");
    // THEN the organisation of the format alone is not the side
    assertFalse(doc.signatories().equals(List.of("EU")), doc.signatories()::toString);
  }
}
