package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Session 22: a state's chamber and a bare council or summit are no mechanisms; an organisation's assembly of parliaments is one (sentences written for the test). */
final class MechanismSession22Test {
  private static final Parser RUSSIAN = Parser.russian();

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  @Test
  void chamberThatStandsForItsState_isNoMechanism() {
    Document doc = RUSSIAN.parse("ru-s22", "Заявление\n\n"
        + "Совет Федерации Федерального Собрания Российской Федерации решительно осуждает обстрел, который был совершен "
        + "в этот день по мирным кварталам, и призывает все стороны к сдержанности.\n");
    assertTrue(mechanisms(doc).isEmpty(), () -> mechanisms(doc).toString());
  }

  @Test
  void chamberByItsShortName_isNoMechanism() {
    Document doc = RUSSIAN.parse("ru-s22", "Заявление\n\nСовет Федерации единогласно одобрил обращение к парламентам стран Европы.\n");
    assertTrue(mechanisms(doc).isEmpty(), () -> mechanisms(doc).toString());
  }

  @Test
  void interParliamentaryAssemblyOfAnOrganisation_isAMechanism() {
    Document doc = RUSSIAN.parse("ru-s22", "Соглашение\n\n"
        + "Межпарламентская Ассамблея государств — участников Содружества Независимых Государств будет обмениваться "
        + "делегациями наблюдателей.\n");
    assertTrue(mechanisms(doc).stream().anyMatch(n -> n.startsWith("Межпарламентская Ассамблея")), () -> mechanisms(doc).toString());
  }

  @Test
  void bareCouncilThatStandsForAnOrganisation_isNoMechanism() {
    Document doc = RUSSIAN.parse("ru-s22", "Заявление\n\nМинистры иностранных дел государств — членов Совета Европы провели "
        + "встречу в Страсбурге. Они подтвердили, что все решения Совета, которые были приняты ранее, остаются в силе.\n");
    assertTrue(mechanisms(doc).stream().noneMatch(n -> n.equals("Совет")), () -> mechanisms(doc).toString());
  }

  @Test
  void bareSummitThatWasHeld_isNoMechanism() {
    Document doc = RUSSIAN.parse("ru-s22", "Коммюнике\n\nГлавы государств и правительств провели Саммит в Анкаре. Они "
        + "отметили, что на Саммите были рассмотрены все вопросы, которые стоят перед регионом.\n");
    assertTrue(mechanisms(doc).stream().noneMatch(n -> n.equals("Саммит")), () -> mechanisms(doc).toString());
  }
}
