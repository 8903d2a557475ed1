package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A summit or forum read as a standing body only for want of any sign of one meeting, named again as a meeting the same
 * text tells of (held on a day, in a city), is that meeting mentioned again, no mechanism; a summit a word of regularity
 * qualifies, or one a numbered meeting shares its name with, stays the series.
 */
final class MeetingNamedAgainTest {

  /** The names of {@code doc}'s mechanisms that hold {@code fragment}. */
  private static List<String> mechanisms(Document doc, String fragment) {
    return doc.mechanisms().stream().map(Mechanism::name)
        .filter(n -> n.toLowerCase(Locale.ROOT).contains(fragment)).collect(Collectors.toList());
  }

  /** The names of {@code doc}'s events that hold {@code fragment}. */
  private static List<String> events(Document doc, String fragment) {
    return doc.events().stream().map(Event::name)
        .filter(n -> n.toLowerCase(Locale.ROOT).contains(fragment)).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Joint Statement of the Foreign Ministers | The ministers met in Amman on 3 May 2021 to follow up the outcomes of the Quadrilateral Summit held in Rabat on 12 February 2021.  The ministers agreed to form a committee to monitor the decisions of the Quadrilateral Summit. | summit
      Совместное заявление министров | Министры приветствовали итоги саммита Африканского союза, состоявшегося 14 марта 2022 года в Аддис-Абебе.  Министры договорились содействовать выполнению решений саммита Африканского союза. | саммит
      Комментарий официального представителя МИД в связи с саммитом Ассоциации государств Юго-Восточной Азии | Внимательно следили за ходом прошедшего на днях в Джакарте саммита АСЕАН. | саммит
      """)
  void summitToldAsHeldIsNoMechanism(String first, String second, String head) {
    // GIVEN
    Document doc = Parser.detecting().parse(first + "\n\n" + second + "\n");
    // THEN
    assertTrue(mechanisms(doc, head).isEmpty(), "a meeting named again taken for a mechanism: " + dump(doc));
    assertEquals(1, events(doc, head).size(), "the meeting itself lost: " + dump(doc));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Joint Communique | The Prime Ministers met for the 5th Pacific Rim Summit in Suva on 4 June 2019.  The Pacific Rim Summit remains the key mechanism for dialogue among its members. | summit
      Joint Communique | The Prime Ministers met for the Pacific Rim Leaders' Meeting in Suva on 4 June 2019.  The Annual Leaders' Meeting remains the key mechanism for dialogue between the two countries. | meeting
      """)
  void seriesSummitStays(String first, String second, String head) {
    // GIVEN
    Document doc = Parser.detecting().parse(first + "\n\n" + second + "\n");
    // THEN
    assertEquals(1, mechanisms(doc, head).size(), "a standing summit taken for its meeting: " + dump(doc));
  }
}
