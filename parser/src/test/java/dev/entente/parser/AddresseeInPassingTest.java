package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A body named only among those a text is sent or addressed to («Направить настоящее Заявление в …, Парламентскую
 * ассамблею ОБСЕ»; «Обращение … к …») is mentioned in passing, no mechanism; a body named as where the sides act stays.
 */
final class AddresseeInPassingTest {

  private static boolean hasBody(Document doc, String fragment) {
    return doc.mechanisms().stream().anyMatch(m -> m.name().toLowerCase(Locale.ROOT).contains(fragment));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Направить настоящее Заявление в Организацию Объединенных Наций, Межпарламентский союз, Парламентскую ассамблею Организации по безопасности и сотрудничеству в Европе. | ассамбле
      Направить текст Заявления в Государственную Думу, Парламентскую ассамблею Совета Европы и Европейский парламент. | ассамбле
      """)
  void addresseeIsNoMechanism(String sentence, String fragment) {
    // GIVEN
    Document doc = OwnSentences.parse(sentence);
    // THEN
    assertFalse(hasBody(doc, fragment), "an addressee taken for a mechanism: " + dump(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны договорились направить предложения в рамках Межправительственной комиссии по торгово-экономическому сотрудничеству. | комисси
      """)
  void bodyOfTheSidesStays(String sentence, String fragment) {
    // GIVEN
    Document doc = OwnSentences.parse(sentence);
    // THEN
    assertTrue(hasBody(doc, fragment), "a body of the sides dropped: " + dump(doc));
  }
}
