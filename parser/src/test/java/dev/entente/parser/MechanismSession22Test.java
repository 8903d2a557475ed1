package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Session 22: a state's chamber is no mechanism; an organisation's assembly of parliaments is, on sentences written for the test. */
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
}
