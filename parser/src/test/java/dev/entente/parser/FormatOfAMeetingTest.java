package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** «формат встречи»: the form a meeting takes is no standing format; a format of meetings at a level is one. */
final class FormatOfAMeetingTest {
  private static final Parser PARSER = Parser.russian();

  private static List<String> mechanisms(String clause) {
    Document doc = PARSER.parse("ru-format-of-a-meeting", "Совместное заявление\n\n1. " + clause + "\n");
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  /** The sides discuss how a meeting will be held. */
  @Test
  void theFormOfAMeetingIsNoMechanism() {
    // GIVEN
    List<String> names = mechanisms("Стороны обсудили формат встречи и договорились о формате консультаций.");
    // THEN
    assertTrue(names.isEmpty(), names.toString());
  }

  /** Meetings of ministers in a format are the standing format still. */
  @Test
  void aFormatOfMinistersMeetingsStays() {
    // GIVEN
    List<String> names = mechanisms("Стороны высоко оценивают формат встреч министров иностранных дел.");
    // THEN
    assertEquals(List.of("формат встреч министров иностранных дел"), names);
  }

  /** A generic «механизм» with meetings after it still names the series. */
  @Test
  void aMechanismOfMeetingsStays() {
    // GIVEN
    List<String> names = mechanisms("Стороны поддерживают механизм встреч министров транспорта.");
    // THEN
    assertEquals(List.of("механизм встреч министров транспорта"), names);
  }
}
