package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 24: tables of contents in capitals, a theme of a meeting, a side's policy towards a party,
 * one meeting of a dialogue on a day, and a body's name that runs into a person's (sentences written for the test).
 */
final class MechanismsAndInitiativesSession24Test {
  private static final Parser ENGLISH = Parser.english();
  private static final Parser RUSSIAN = Parser.russian();

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  private static List<String> initiatives(Document doc) {
    return doc.initiatives().stream().map(Initiative::name).collect(Collectors.toList());
  }

  @Test
  void tableOfContentsInCapitals_namesNoInitiativeNorMechanism() {
    Document doc = ENGLISH.parse("en-s24", "Final Document\n\nContents I GENERAL PROVISIONS II REGIONAL ACTION "
        + "PROGRAMME OF JOINT MEASURES III STANDING FORUM FOR DIALOGUE IV FINAL CLAUSES\n\n"
        + "1. The Ministers met in Vienna and reviewed their cooperation.\n");
    assertTrue(initiatives(doc).stream().noneMatch(n -> n.contains("PROGRAMME")), () -> initiatives(doc).toString());
    assertTrue(mechanisms(doc).stream().noneMatch(n -> n.contains("FORUM")), () -> mechanisms(doc).toString());
  }

  @Test
  void romanNumeralEndingAName_stillNumbersTheBody() {
    Document doc = ENGLISH.parse("en-s24", "Joint Statement\n\n1. The sides welcomed the report of Working Group II "
        + "on trade and agreed to meet again.\n");
    assertTrue(mechanisms(doc).stream().anyMatch(n -> n.startsWith("Working Group II")), () -> mechanisms(doc).toString());
  }

  @Test
  void themeOfAMeeting_isNoInitiative() {
    Document doc = ENGLISH.parse("en-s24", "Joint Statement\n\n1. The Ministers welcomed the theme \"Building "
        + "Partnership for Common Growth\" chosen for the next meeting.\n");
    assertTrue(initiatives(doc).stream().noneMatch(n -> n.contains("Partnership")), () -> initiatives(doc).toString());
  }

  @Test
  void sloganOfAForum_isNoInitiative() {
    Document doc = RUSSIAN.parse("ru-s24", "Совместное заявление\n\n1. Стороны отметили, что форум прошёл под девизом "
        + "«Стратегия общего процветания».\n");
    assertTrue(initiatives(doc).stream().noneMatch(n -> n.contains("Стратеги")), () -> initiatives(doc).toString());
  }

  @Test
  void lowerCasePolicyNamedByAPartyAlone_isNoInitiative() {
    Document doc = ENGLISH.parse("en-s24", "Joint Statement\n\nThe national security advisors met for talks on April 2, "
        + "2021 in Oslo to consult on the United States' review of its South Sudan policy and to discuss issues of common "
        + "concern including Arctic security.\n");
    assertTrue(initiatives(doc).stream().noneMatch(n -> n.contains("policy")), () -> initiatives(doc).toString());
  }

  @Test
  void lowerCaseDialogueOnADay_isOneMeetingNoMechanism() {
    Document doc = ENGLISH.parse("en-s24", "Joint Statement\n\nAt their annual strategic dialogue on June 14, the two "
        + "Governments discussed the Arctic and climate action.\n");
    assertTrue(mechanisms(doc).stream().noneMatch(n -> n.contains("June 14")), () -> mechanisms(doc).toString());
  }

  @Test
  void capitalisedConsultationsOnADay_keepTheirSeries() {
    Document doc = ENGLISH.parse("en-s24", "Joint Statement\n\n1. The two governments held the 5th Annual Bilateral "
        + "Consultations on June 14 in Oslo.\n");
    assertTrue(mechanisms(doc).stream().anyMatch(n -> n.contains("Bilateral Consultations")), () -> mechanisms(doc).toString());
  }

  @Test
  void bodysNameEndsBeforeAPersonsName() {
    Document doc = RUSSIAN.parse("ru-s24", "Совместное заявление\n\nПрезидент России Владимир Путин, Почётный "
        + "Председатель Высшего Евразийского экономического совета Нурсултан Назарбаев, Президент Киргизии Сооронбай "
        + "Жээнбеков провели заседание Высшего Евразийского экономического совета.\n");
    assertTrue(mechanisms(doc).stream().noneMatch(n -> n.contains("Назарбаев")), () -> mechanisms(doc).toString());
    assertTrue(mechanisms(doc).stream().anyMatch(n -> n.startsWith("Высш")), () -> mechanisms(doc).toString());
  }
}
