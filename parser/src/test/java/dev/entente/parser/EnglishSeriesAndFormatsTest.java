package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * English standing series and formats by general constructions: a word of regularity before a lower-case head of
 * consultations or meetings, «plus» between the members a format is named after, and a verb of holding that takes a
 * name without being part of it. The sentences are written for these tests, none taken from a real document.
 */
final class EnglishSeriesAndFormatsTest {
  private static final Parser PARSER = Parser.english();

  private static List<String> mechanisms(String title, String body) {
    Document doc = PARSER.parse("en-series", title + "\n\nOttawa, 5 June 2023\n\n" + body + "\n");
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  @Test
  void aWordOfRegularity_namesConsultationsInLowerCase() {
    assertEquals(List.of("regular consultations on maritime security"), mechanisms("Joint Statement of Canada and Chile",
        "1. The foreign ministries agreed to hold regular consultations on maritime security."));
    assertEquals(List.of("periodic consultations on consular affairs"), mechanisms("Joint Communique of Peru and Korea",
        "The two Governments will hold periodic consultations on consular affairs."));
    assertEquals(List.of("biennial consultations between the two Ministries of Defence"),
        mechanisms("Joint Statement of Norway and Poland",
            "3. The Ministers decided to institute biennial consultations between the two Ministries of Defence."));
  }

  @Test
  void aWordOfRegularityBeforeAProperName_isNoPartOfIt() {
    List<String> found = mechanisms("Joint Statement of Singapore and New Zealand",
        "The Ministers welcomed the annual Shangri-La Dialogue as a forum for defence diplomacy.");
    assertTrue(found.contains("Shangri-La Dialogue"), () -> "mechanisms " + found);
  }

  @Test
  void plusBetweenTwoMembers_joinsAFormatsName() {
    assertEquals(List.of("Central Asia plus Korea Dialogue"), mechanisms("Joint Statement of Uzbekistan and Korea",
        "2. The sides commended the Central Asia plus Korea Dialogue."));
    assertEquals(List.of("Mekong plus India Joint Working Group"), mechanisms("Joint Statement of India and Thailand",
        "The Ministers tasked the Mekong plus India Joint Working Group to report."));
  }
}
