package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Political parties sign agreements of their own («протокол о межпартийном сотрудничестве между A и B»): the parties
 * named after «между» are its sides, as organisations are when no state is named there. Every text is written for
 * these tests.
 */
final class PoliticalPartiesBetweenTest {
  @Test
  void aNewsLead_namingAnInterPartyProtocolBetweenTwoParties_givesBothParties() {
    // GIVEN a news page with no title of a kind, whose lead names the protocol and the two parties after «между»
    Document doc = Parser.russian().parse("Партии договорились о сотрудничестве\n\n"
        + "УЛАН-БАТОР, 3 марта. Делегации провели встречу в столице Монголии. Меморандум о межпартийном"
        + " сотрудничестве был подписан между Коммунистической партией Российской Федерации и Монгольской народной"
        + " партией. Стороны намерены проводить совместные семинары.\n");
    // THEN the two parties are the sides
    assertEquals(sorted(List.of("KPRF", "MPP")), sorted(doc.signatories()));
  }

  @Test
  void aTitle_namingAnAgreementBetweenTwoParties_givesBothParties() {
    Document doc = Parser.russian().parse("СОГЛАШЕНИЕ\nо сотрудничестве между Коммунистической партией Вьетнама"
        + " и Всероссийской политической партией «Единая Россия»\n\n"
        + "Коммунистическая партия Вьетнама и Всероссийская политическая партия «Единая Россия»,"
        + " стремясь развивать связи, договорились о нижеследующем:\n"
        + "1. Стороны обмениваются делегациями.\n");
    assertEquals(sorted(List.of("CPV", "UR")), sorted(doc.signatories()));
  }

  @Test
  void aTitle_namingAnAgreementBetweenGovernments_stillGivesTheStates() {
    Document doc = Parser.russian().parse("СОГЛАШЕНИЕ\nмежду Правительством Монголии и Правительством Республики"
        + " Корея о сотрудничестве в области культуры\n\n"
        + "Стороны будут развивать обмены, в том числе между партиями двух стран.\n");
    assertEquals(sorted(List.of("KR", "MN")), sorted(doc.signatories()));
  }
}
