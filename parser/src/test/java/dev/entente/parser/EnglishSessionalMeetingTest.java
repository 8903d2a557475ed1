package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 23: «sessional» is no session. An «Inter-Sessional Meeting» is a meeting whose head is «Meeting», so
 * the body it is a meeting of, named after «of», is read as the body's sessions are. Sentences written for the test.
 */
final class EnglishSessionalMeetingTest {
  private static final Parser PARSER = Parser.english();

  private static List<String> mechanisms(String body) {
    Document doc = PARSER.parse("en-sessional", "Joint Press Statement\n\nOslo, 3 May 2024\n\n" + body + "\n");
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  @Test
  void anInterSessionalMeetingOfABody_namesTheBody() {
    assertEquals(List.of("Joint Commission of Norway and Chile"),
        mechanisms("The Seventh Inter-Sessional Meeting of the Joint Commission of Norway and Chile was held in Oslo."));
  }

  @Test
  void aSessionOfABody_stillNamesTheBody() {
    assertEquals(List.of("Joint Commission of Norway and Chile"),
        mechanisms("The Seventh Session of the Joint Commission of Norway and Chile was held in Oslo."));
  }
}
