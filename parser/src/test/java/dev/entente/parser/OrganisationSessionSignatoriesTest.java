package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text of an organisation's summit or session: those who only take part in it adopt nothing, and the
 * organisation's abbreviation in brackets does not hide the act that follows its name. Every text is written for
 * these tests.
 */
final class OrganisationSessionSignatoriesTest {
  @Test
  void ministersWhoOnlyTakePartInACouncilsSession_areNoSides() {
    // GIVEN a communiqué whose council holds a session that the ministers of four states and the EU take part in
    Document doc = Parser.russian().parse("Совместное коммюнике\n\n"
        + "Совет государств Балтийского моря провел 20-ю сессию 3 июня в Висби под председательством Швеции.\n\n"
        + "Министры иностранных дел и высокие представители Дании, Латвии, Норвегии и Эстонии, а также"
        + " Европейского союза приняли участие в сессии.\n\n"
        + "1. Совет подтверждает свою приверженность сотрудничеству в регионе.\n");
    // THEN the council's organisation is the side, not the states of those who took part
    assertEquals(List.of("CBSS"), sorted(doc.signatories()));
  }

  @Test
  void ministersWhoTakePartAndAdoptTheText_areTheSides() {
    // GIVEN the same ministers, who take part in the session and adopt the communiqué there
    Document doc = Parser.russian().parse("Совместное коммюнике\n\n"
        + "Совет государств Балтийского моря провел 20-ю сессию 3 июня в Висби под председательством Швеции.\n\n"
        + "Министры иностранных дел и высокие представители Дании, Латвии, Норвегии и Эстонии, а также"
        + " Европейского союза приняли участие в сессии и приняли настоящее коммюнике.\n\n"
        + "1. Совет подтверждает свою приверженность сотрудничеству в регионе.\n");
    // THEN those they speak for are the sides
    assertEquals(List.of("DK", "EE", "EU", "LV", "NO"), sorted(doc.signatories()));
  }

  @Test
  void aDeclarationAdoptedAtASummitOfAnOrganisationNamedWithItsAbbreviation_isTheOrganisations() {
    // GIVEN a news lead: a declaration adopted at a summit of an organisation whose abbreviation follows in brackets,
    // and then a head of state who tells of the next summit
    Document doc = Parser.russian().parse("Таджикистан, Душанбе, 16 сентября\n\n"
        + "По итогам прошедшего в Душанбе саммита Шанхайской организации сотрудничества (ШОС) принята"
        + " Душанбинская декларация.\n\n"
        + "Как сообщил Президент Таджикистана Эмомали Рахмон, следующий саммит пройдет в Китае.\n");
    // THEN the organisation is the side, not the head's state
    assertEquals(List.of("SCO"), sorted(doc.signatories()));
  }
}
