package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «о взаимных поездках граждан», «безвизовых поездок»: trips in the plural are travel as a kind, the subject of a visa
 * agreement, and no occasion; one trip in the singular («в ходе рабочей поездки Министра в Казань») is a visit.
 */
final class TravelAsAKindTest {

  private static boolean hasTrip(Document doc) {
    return doc.events().stream().anyMatch(e -> e.name().toLowerCase(Locale.ROOT).contains("поездк"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны упрощают порядок взаимных поездок граждан обоих государств.
      Настоящее Соглашение регулирует условия безвизовых поездок владельцев служебных паспортов.
      Стороны обмениваются сведениями о поездках граждан по туристическим путевкам.
      """)
  void tripsInThePluralAreNoEvent(String sentence) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertFalse(hasTrip(doc), "travel as a kind taken for an event: " + dump(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      В ходе рабочей поездки Министра иностранных дел Республики Казахстан в Ташкент стороны обсудили транзит.
      Стороны приветствовали предстоящую поездку делегации парламента Монголии в Пекин.
      """)
  void oneTripIsAnEvent(String sentence) {
    // GIVEN
    Document doc = parse(sentence);
    // THEN
    assertTrue(hasTrip(doc), "one trip lost: " + dump(doc));
  }
}
