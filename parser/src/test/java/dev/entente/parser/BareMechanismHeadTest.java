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
 * A mechanism named by a head alone that the same text names in full is that one, not a second mechanism; a meeting's
 * head alone in a heading in capitals names the meeting it reports, no mechanism.
 */
final class BareMechanismHeadTest {

  /** The mechanisms of {@code doc} whose name holds {@code fragment}. */
  private static List<String> named(Document doc, String fragment) {
    return doc.mechanisms().stream().map(Mechanism::name)
        .filter(n -> n.toLowerCase(Locale.ROOT).contains(fragment)).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Желая установить между собой практику регулярных консультаций, Стороны договорились о нижеследующем. | Стороны проводят ежегодные политические консультации по вопросам безопасности. | консультац
      Стороны договорились учредить консультации. | Стороны проводят ежегодные политические консультации по вопросам безопасности. | консультац
      Стороны договорились создать комиссию. | Стороны отметили итоги работы Казахстанско-узбекской межправительственной комиссии по торгово-экономическому сотрудничеству. | комисси
      """)
  void bareHeadIsTheFullName(String first, String second, String head) {
    // GIVEN
    Document doc = parse(first, second);
    // THEN
    assertEquals(1, named(doc, head).size(), "a bare head kept beside the full name: " + dump(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      МИНИСТР ПРИНЯЛ УЧАСТИЕ В 7-ОЙ МИНИСТЕРСКОЙ ВСТРЕЧЕ В ФОРМАТЕ «ЦЕНТРАЛЬНАЯ АЗИЯ – ЯПОНИЯ» | министерск
      ДЕЛЕГАЦИЯ ПРИБЫЛА НА САММИТ | саммит
      """)
  void meetingHeadInCapitalsIsNoMechanism(String heading, String head) {
    // GIVEN
    Document doc = OwnSentences.PARSER.parse(heading + "\n\n12 мая 2023 года в Бишкеке министры обсудили вопросы сотрудничества.\n");
    // THEN
    assertTrue(named(doc, head).isEmpty(), "a heading's meeting taken for a mechanism: " + dump(doc));
  }
}
