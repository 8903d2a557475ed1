package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A council or commission of one state is no arrangement of cooperation between parties: one named by a
 * chamber or seat of that state alone (institutions.tsv: «Комитет Государственной Думы по …», «Комитет по
 * иностранным делам Мажилиса»), and one a word of a nation's own opens («Национальная комиссия … по делам
 * ЮНЕСКО», «Государственная комиссия по …»). Bodies of two sides stay. Every text is written for these tests.
 */
final class NationsOwnBodyNoMechanismTest {

  private static List<String> mechanisms(String body) {
    Document doc = Parser.russian().parse("nations-body", "Сообщение для печати\n\n10 марта 2024 года\n\n" + body + "\n");
    return doc.mechanisms().stream().map(Mechanism::name).sorted().collect(Collectors.toList());
  }

  @Test
  void aCommitteeOfOneStatesChamber_isNoMechanism() {
    // GIVEN a news item on talks with two parliamentary committees, each of one state's chamber
    List<String> found = mechanisms("Делегация Комитета Государственной Думы по международным делам провела"
        + " переговоры с Комитетом по иностранным делам Великого Государственного Хурала в Улан-Баторе.");
    // WHEN it is parsed
    // THEN neither committee is a mechanism
    assertEquals(List.of(), found);
  }

  @Test
  void aCommitteeOfAChamberAfterItsTopic_isNoMechanism() {
    // GIVEN a committee named by its topic first and its chamber after it
    List<String> found = mechanisms("Комитет по международным делам Мажилиса одобрил законопроект о ратификации"
        + " соглашения с Королевством Норвегия.");
    // WHEN it is parsed
    // THEN it is no mechanism
    assertEquals(List.of(), found);
  }

  @Test
  void aNationalCommissionServingAnOrganisation_isNoMechanism() {
    // GIVEN a state's national commission for a UN agency, and a state commission named by its task only
    List<String> found = mechanisms("Национальная комиссия Республики Казахстан по делам ЮНЕСКО провела семинар."
        + " Государственная комиссия по приемке объекта завершила работу.");
    // WHEN it is parsed
    // THEN neither is a mechanism
    assertEquals(List.of(), found);
  }

  @Test
  void aCommissionBetweenTwoChambers_staysAMechanism() {
    // GIVEN a commission of cooperation between the chambers of two states
    List<String> found = mechanisms("Стороны высоко оценили работу Комиссии по сотрудничеству между Государственной"
        + " Думой Федерального Собрания Российской Федерации и Мажилисом Парламента Республики Казахстан.");
    // WHEN it is parsed
    // THEN it is a mechanism
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Комиссия по сотрудничеству между")), found.toString());
  }

  @Test
  void aCommissionOfTwoChambersJoined_staysAMechanism() {
    // GIVEN a commission of two states' chambers joined by «и», with no «между»
    List<String> found = mechanisms("Стороны отметили работу Комиссии по сотрудничеству Совета Федерации и Мажилиса"
        + " Парламента Республики Казахстан.");
    // WHEN it is parsed
    // THEN it is a mechanism
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Комиссия по сотрудничеству")), found.toString());
  }

  @Test
  void aBilateralCommissionAndTheUnionStatesCouncil_stayMechanisms() {
    // GIVEN a bilateral intergovernmental commission and a body of a union of two states
    List<String> found = mechanisms("Стороны отметили работу Межправительственной российско-монгольской комиссии по"
        + " торгово-экономическому сотрудничеству. Заседание Высшего Государственного Совета Союзного государства"
        + " состоится в Минске.");
    // WHEN it is parsed
    // THEN both are mechanisms
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Межправительственная российско-монгольская комиссия")),
        found.toString());
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Высший Государственный Совет")), found.toString());
    assertFalse(found.isEmpty());
  }
}
