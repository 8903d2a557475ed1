package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A Russian ordinal whose ending is written onto its digits with no hyphen («7й», «5го»), on sentences written
 * for these tests (none is taken from a real document).
 */
final class EventOrdinalWrittenOnDigitsTest {

  @Test
  void anEndingWrittenOntoTheDigits_numbersTheGathering() {
    // GIVEN two summits numbered «7й» and «6го», no hyphen before the ending
    Document doc = DatedStatements.russian("Лидеры приняли участие в 7й Встрече на высшем уровне в Бишкеке и"
        + " поблагодарили Киргизию за председательство на 6го Форуме Сотрудничества.");
    // THEN each is numbered by its digits
    assertEquals(Integer.valueOf(7), DatedStatements.event(doc, "Встреч").ordinal().orElse(null), () -> events(doc));
    assertEquals(Integer.valueOf(6), DatedStatements.event(doc, "Форум").ordinal().orElse(null), () -> events(doc));
  }
}
