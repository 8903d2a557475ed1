package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Names whose surname comes first and whose given name is two syllables («Yoon Suk Yeol», «Moon
 * Jae-in», «Lee Hsien Loong») are taken whole after a title, and the party of a person the text
 * leaves without one comes from the directory of office-holders, where the document names that party,
 * before the host's guess. Sentences written for the test.
 */
final class SyllableNamesTest {
  private static final String HEAD =
      "Joint Statement of the United States and the Republic of Korea\n\nWashington, April 26, 2023\n\n";

  private static Map<String, String> participants(String body) {
    Document doc = Parser.english().parse("syllables", HEAD + body + "\n");
    Map<String, String> byName = new TreeMap<>();
    for (Participant participant : doc.participants()) {
      byName.put(participant.name(), participant.party().orElse("-"));
    }
    return byName;
  }

  @Test
  void syllablesWrittenApart_areOneName() {
    Map<String, String> found = participants("President Yoon Suk Yeol and Prime Minister Lee Hsien Loong met.\n"
        + "They spoke of Singapore.");
    assertEquals(Map.of("Yoon Suk Yeol", "KR", "Lee Hsien Loong", "SG"), found);
  }

  @Test
  void syllablesJoinedByAHyphen_areOneName() {
    assertEquals("[Moon Jae-in]", participants("President Moon Jae-in met them.").keySet().toString());
  }

  @Test
  void theDirectoryGoesBeforeTheHost() {
    Map<String, String> found = participants("President Yoon Suk Yeol met President Xi Jinping.\nThey spoke of China.");
    assertEquals("CN", found.get("Xi Jinping"), found::toString);
  }

  @Test
  void aPersonTheDirectoryKnowsForAnUnnamedParty_servesNoOne() {
    // GIVEN a guest whose state the text never names
    Map<String, String> found = participants("President Yoon Suk Yeol met President Xi Jinping.");
    // THEN he has no party: not his own (the document names no China), and not the host's either
    assertEquals("-", found.get("Xi Jinping"), found::toString);
  }

  @Test
  void aPersonNoDirectoryKnows_servesTheHost() {
    assertEquals(Map.of("Kim Min-jun", "US"), participants("Ambassador Kim Min-jun met them."));
  }

  @Test
  void aSurnameFirstBeforeAKnownWord_staysShort() {
    Map<String, String> found = participants("President Yoon Suk Yeol met Foreign Minister Park Jin in Washington.");
    assertEquals("[Park Jin, Yoon Suk Yeol]", found.keySet().toString());
  }
}
