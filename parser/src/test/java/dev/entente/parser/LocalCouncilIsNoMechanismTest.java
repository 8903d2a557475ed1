package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A council of a province, city or district, or a council of deputies, is a local authority or one place's
 * assembly (a newspaper's masthead, two cities' councils agreeing on contacts), no arrangement of cooperation;
 * a council between states keeps being a mechanism.
 */
final class LocalCouncilIsNoMechanismTest {

  /** The mechanisms of {@code doc} whose name holds {@code fragment}. */
  private static List<String> named(Document doc, String fragment) {
    return doc.mechanisms().stream().map(Mechanism::name)
        .filter(n -> n.toLowerCase(Locale.ROOT).contains(fragment)).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Газета издается как орган Тамбовского обкома партии и областного Совета депутатов трудящихся.
      Стороны поддерживают прямые контакты между аппаратами Новосибирского городского Совета депутатов и мэрии города Томска.
      Делегацию принял председатель Совета народных депутатов края.
      Районный Совет одобрил план обмена делегациями с соседней провинцией.
      """)
  void localCouncil_isNoMechanism(String sentence) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertTrue(named(doc, "совет").isEmpty(), "a local council taken for a mechanism: " + dump(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны высоко оценили работу Межгосударственного совета по торгово-экономическому сотрудничеству.
      Главы государств приняли участие в заседании Совета глав государств Содружества Независимых Государств.
      """)
  void councilBetweenStates_staysAMechanism(String sentence) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertEquals(1, named(doc, "совет").size(), "a council of states lost: " + dump(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны отметили работу Российско-китайской сельскохозяйственной подкомиссии. | подкомисси
      Стороны одобрили деятельность Совместного краеведческого центра. | центр
      """)
  void wordsThatOnlyStartLikeALocalAdjective_leaveTheMechanism(String sentence, String head) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertEquals(1, named(doc, head).size(), "a mechanism lost to a local adjective's prefix: " + dump(doc));
  }
}
