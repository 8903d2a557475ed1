package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Session 21: forces the sides keep together, and bodies a charter sets up, each on sentences written for the test. */
final class MechanismSession21Test {
  private static final Parser RUSSIAN = Parser.russian();
  private static final Parser ENGLISH = Parser.english();

  private static final String DECISION = "Решение\n\nг. Минск, 12 марта 2004 года\n\n";
  private static final String COMMUNIQUE = "Joint Communique\n\nLusaka, 4 March 2023\n\n";

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  private static List<String> initiatives(Document doc) {
    return doc.initiatives().stream().map(Initiative::name).collect(Collectors.toList());
  }

  @Test
  void capitalisedPeacekeepingForcesInThePlural_areOneMechanism() {
    Document doc = RUSSIAN.parse("ru-s21", DECISION
        + "1. Продлить мандат Коллективных миротворческих сил в зоне конфликта до конца года.\n");
    assertEquals(List.of("Коллективные миротворческие силы"), mechanisms(doc));
  }

  @Test
  void forcesForKeepingThePeace_areAMechanism() {
    Document doc = RUSSIAN.parse("ru-s21", DECISION
        + "1. Государства поддерживают деятельность Коллективных сил по поддержанию мира в регионе.\n");
    assertEquals(1, doc.mechanisms().size(), () -> mechanisms(doc).toString());
    assertTrue(mechanisms(doc).get(0).startsWith("Коллективные силы"), () -> mechanisms(doc).toString());
  }

  @Test
  void capitalisedBodiesInThePlural_stayEachSidesOwn() {
    Document doc = RUSSIAN.parse("ru-s21", DECISION
        + "1. Председатели Национальных Советов государств обменялись мнениями о бюджете.\n");
    assertTrue(doc.mechanisms().isEmpty(), () -> mechanisms(doc).toString());
  }

  @Test
  void bodiesACharterSetsUp_areNoCharter() {
    Document doc = RUSSIAN.parse("ru-s21", DECISION
        + "1. Председательство в уставных органах Содружества Независимых Государств переходит поочередно."
        + " Стороны уважают Устав Содружества.\n");
    // the charter itself is a legal instrument, no initiative either
    assertEquals(List.of(), initiatives(doc));
  }

  @Test
  void aPeacekeepingForceOrAnInterventionBrigade_isAMechanism() {
    Document doc = ENGLISH.parse("en-s21", COMMUNIQUE
        + "1. The Ministers welcomed the deployment of the Regional Intervention Brigade and thanked the Joint"
        + " Peacekeeping Force for its work in the border areas.\n");
    assertEquals(List.of("Regional Intervention Brigade", "Joint Peacekeeping Force"), mechanisms(doc));
  }

  @Test
  void aGroupNamedByACapitalisedAdjective_isAMechanism() {
    Document doc = RUSSIAN.parse("ru-s21", DECISION
        + "1. Стороны высоко оценили посредничество Венской группы ООН в переговорах.\n");
    assertEquals(1, doc.mechanisms().size(), () -> mechanisms(doc).toString());
    assertTrue(mechanisms(doc).get(0).startsWith("Венская группа"), () -> mechanisms(doc).toString());
  }

  @Test
  void aBareGroup_isNoMechanism() {
    Document doc = RUSSIAN.parse("ru-s21", DECISION
        + "1. Группа государств поддержала проект, а стороны создали группу по вопросам туризма и группу государств Юга.\n");
    assertTrue(doc.mechanisms().isEmpty(), () -> mechanisms(doc).toString());
  }

  @Test
  void anAdjectiveAfterAnOrdinalInDigits_staysInTheEventsName() {
    Document doc = RUSSIAN.parse("ru-s21", DECISION
        + "1. Министры обсудили подготовку к участию в 9-м Балтийском форуме в будущем году.\n");
    assertEquals(List.of("9-й Балтийский форум"),
        doc.events().stream().map(dev.entente.model.Event::name).collect(Collectors.toList()));
  }

  @Test
  void aNumberedSummitNamedByACapitalisedAdjective_isOneOfASeries() {
    Document doc = RUSSIAN.parse("ru-s21", DECISION
        + "1. Министры подвели итоги 5-го Каспийского саммита и работы министров.\n");
    assertEquals(List.of("Каспийский саммит"), mechanisms(doc));
  }

  @Test
  void aNumberedSummitOfAnOrganisation_opensNoSeries() {
    Document doc = RUSSIAN.parse("ru-s21", DECISION
        + "1. Министры подвели итоги пятого саммита СВМДА и работы министров.\n");
    assertTrue(doc.mechanisms().isEmpty(), () -> mechanisms(doc).toString());
  }
}
