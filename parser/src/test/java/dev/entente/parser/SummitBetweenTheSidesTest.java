package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 41: a numbered summit named by its sides after «between» («the 14th Summit between the European Union
 * and Canada») is one meeting of the sides' standing series, a mechanism named without the ordinal, as «the 14th
 * EU-Canada Summit» is; a numbered meeting whose «between» names fewer than two parties opens no series. Sentences written
 * for the test in the house style of joint statements.
 */
final class SummitBetweenTheSidesTest {
  private static final Parser PARSER = Parser.english();

  private static List<String> mechanisms(String body) {
    Document doc = PARSER.parse("en-test", "Joint Statement\n\nOttawa, 14 May 2025\n\n" + body + "\n");
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The leaders met in Ottawa on 14 May 2025 for the 14th Summit between the European Union and Canada.|Summit between the European Union and Canada",
      "The Prime Ministers met in Ottawa on 14 May 2025 for the 5th Summit between Canada, Mexico and Chile.|Summit between Canada, Mexico and Chile",
  })
  void recognize_numberedSummitBetweenParties_isOneMeetingOfASeries(String sentence, String series) {
    // GIVEN a statement whose leaders met for a numbered summit named by its sides after «between»
    // WHEN it is parsed
    List<String> mechanisms = mechanisms(sentence);
    // THEN the sides' series of summits is a mechanism
    assertTrue(mechanisms.contains(series), mechanisms::toString);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The officials met in Ottawa on 14 May 2025 for the 3rd Meeting between the experts and the Canadian Government.",
  })
  void recognize_numberedMeetingBetweenNoTwoParties_opensNoSeries(String sentence) {
    // GIVEN a numbered meeting whose «between» names one party and a group of people
    // WHEN it is parsed
    List<String> mechanisms = mechanisms(sentence);
    // THEN no series of meetings is a mechanism
    assertFalse(mechanisms.stream().anyMatch(n -> n.startsWith("Meeting")), mechanisms::toString);
  }
}
