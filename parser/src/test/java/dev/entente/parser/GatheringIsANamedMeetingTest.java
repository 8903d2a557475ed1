package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A meeting told only by a verb of gathering («met in Geneva», «собрались в Женеве») is the meeting the text names in
 * the same city on an overlapping day, one event; a meeting named in another city or on another day stays another.
 */
final class GatheringIsANamedMeetingTest {

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Concluding Statement of the Ministerial Group | The Ministerial Group met in Geneva on 4 May 2022 under the chairmanship of Ghana.  At its Twelfth Meeting, held in Geneva on 4 May 2022, the Group reviewed the situation in the region. | 1
      Совместное заявление министров | Министры иностранных дел собрались в Женеве 4 мая 2022 года.  На двенадцатом заседании Совета министров, состоявшемся в Женеве 4 мая 2022 года, министры обсудили положение в регионе. | 1
      Final Communique | The Heads of Government met in Nairobi in March 2019.  The Heads of Government Meeting, held in Nairobi on 12 March 2019, adopted the declaration. | 1
      Concluding Statement of the Ministerial Group | The Ministerial Group met in Geneva on 4 May 2022 under the chairmanship of Ghana.  The Group recalled its Eleventh Meeting, held in Vienna on 2 March 2021. | 2
      Совместное заявление министров | Министры иностранных дел собрались в Женеве 4 мая 2022 года.  Министры напомнили об итогах одиннадцатого заседания Совета министров, состоявшегося в Женеве 2 марта 2021 года. | 2
      """)
  void gatheringAndNamedMeetingOfOneDayAndCityAreOne(String title, String body, int events) {
    // GIVEN
    Document doc = Parser.detecting().parse(title + "\n\n" + body + "\n");
    // THEN
    assertEquals(events, doc.events().size(), "events: " + dump(doc));
  }
}
