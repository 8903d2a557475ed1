package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 23: a numbered summit or meeting named by its sides joined with dashes is one meeting of the
 * sides' standing series, a mechanism besides the meeting; a numbered meeting of one organisation is not.
 * Sentences written for the test.
 */
final class EnglishSeriesOfSidesTest {
  private static final Parser PARSER = Parser.english();

  private static final String HEAD = "Joint Press Statement\n\nOslo, 3 May 2024\n\n";

  private static List<String> mechanisms(String body) {
    Document doc = PARSER.parse("en-sides", HEAD + body + "\n");
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  @Test
  void aNumberedSummitOfTwoParties_isAlsoTheirSeries() {
    assertEquals(List.of("Norway-Canada Summit"),
        mechanisms("The leaders met in Oslo for the 14th Norway-Canada Summit and reviewed their cooperation."));
  }

  @Test
  void aSpelledOrdinalAndASideThatIsNoParty_nameTheSeriesToo() {
    assertEquals(List.of("Danube-Japan Summit"),
        mechanisms("The Third Danube-Japan Summit was held in Vienna on 2 May 2024."));
  }

  @Test
  void aPartysOtherNameInBrackets_staysInTheSeries() {
    assertEquals(List.of("ASEAN-Korea (ROK) Summit"),
        mechanisms("The 25th ASEAN-Korea (ROK) Summit was held in Vientiane."));
  }

  @Test
  void aNumberedMeetingAtALevel_namesItsSeriesWithTheLevel() {
    assertEquals(List.of("Norway-Chile Prime Ministers' Regular Meeting"),
        mechanisms("The 9th Norway-Chile Prime Ministers' Regular Meeting took place in Oslo."));
  }

  @Test
  void aNumberedSummitOfOneOrganisation_namesNoSeries() {
    List<String> found = mechanisms("The leaders attended the 44th ASEAN Summit in Vientiane.");
    assertTrue(found.isEmpty(), found::toString);
  }

  @Test
  void anUnnumberedSummitOfTwoParties_isOneMeetingOnly() {
    List<String> found = mechanisms("The leaders met in Oslo for a Norway-Canada Summit on trade.");
    assertTrue(found.isEmpty(), found::toString);
  }

  @Test
  void aFirstSummitOfTwoParties_opensNoSeries() {
    List<String> found = mechanisms("The leaders built on the first Norway-Canada Summit held in March 2024.");
    assertTrue(found.isEmpty(), found::toString);
  }
}
