package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A political party's Central Committee is that party's own organ, no standing arrangement of cooperation
 * between parties (GUIDELINES, Mechanisms); a committee the sides hold together stays one. Sentences written
 * for the test in both languages.
 */
final class PartyOrganMechanismTest {

  private static List<String> mechanisms(Parser parser, String text) {
    Document doc = parser.parse("organ", text);
    return doc.mechanisms().stream().map(Mechanism::name).toList();
  }

  @Test
  void aRussianPartysCentralCommittee_isNoMechanism() {
    List<String> found = mechanisms(Parser.russian(),
        "Совместное заявление Социалистической Республики Вьетнам и Китайской Народной Республики\n\n"
            + "По приглашению Генерального секретаря Центрального Комитета Коммунистической партии Китая "
            + "Генеральный секретарь Центрального Комитета Коммунистической партии Вьетнама посетил Китай.\n"
            + "Стороны высоко оценили работу Межправительственного комитета по сотрудничеству.\n\n"
            + "Пекин, 10 апреля 2025 года\n");
    assertFalse(found.stream().anyMatch(n -> n.startsWith("Центральный")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Межправительственный комитет")), found::toString);
  }

  @Test
  void anEnglishPartysCentralCommittee_isNoMechanism() {
    List<String> found = mechanisms(Parser.english(),
        "Joint Statement between the People's Republic of China and the Lao People's Democratic Republic\n\n"
            + "Beijing, 10 April 2025\n\n"
            + "1. At the invitation of the General Secretary of the Central Committee of the Communist Party of "
            + "China, the General Secretary of the Central Committee of the Lao People's Revolutionary Party "
            + "paid a state visit.\n"
            + "2. The two sides praised the Intergovernmental Committee on Bilateral Cooperation.\n");
    assertFalse(found.stream().anyMatch(n -> n.startsWith("Central Committee")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Intergovernmental Committee")), found::toString);
  }
}
