package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.event;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.EventStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «задачи, поставленные на Встрече», «обязательства, взятые на саммите»: what was set, taken on, made, put forward,
 * proclaimed or concluded at a meeting was done there, so the meeting took place: it is a meeting held, no standing
 * mechanism.
 */
final class DoneAtAnEventTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Стороны подтверждают задачи, поставленные на Всемирной встрече на высшем уровне по вопросам воды. | Всемирн
      Стороны выполнят обязательства, взятые на Встрече на высшем уровне по продовольствию. | Встреч
      Стороны поддерживают инициативы, выдвинутые на Саммите лидеров по цифровой экономике. | Саммит
      """)
  void aMeetingSomethingWasDoneAt_isAMeetingHeld(String sentence, String name) {
    // GIVEN a meeting named only as where something was set, taken on or put forward
    Document doc = parse(sentence);
    // THEN it is a meeting held, and no mechanism
    assertTrue(event(doc, name).isPresent(), "meeting missed: " + dump(doc));
    assertEquals(EventStatus.HELD, event(doc, name).get().status(), dump(doc));
    assertTrue(doc.mechanisms().isEmpty(), "a meeting read as a standing body: " + dump(doc));
  }
}
