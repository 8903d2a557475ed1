package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 22: initials that open a listed person's name — a letter that is also half of «H.E.»
 * («Mr. E. R. Smith») and a Roman-looking letter with a second initial («H.E. I.M. Otieno») — are the
 * name's, and so are initials written without stops after a form of address («Hon P K Mehta»), on
 * sentences written for the test.
 */
final class EnglishInitialsOfListedPeopleTest {
  private static final Parser PARSER = Parser.english();
  private static final String HEAD = "Joint Communique of Canada and the Republic of Kenya\n\nNairobi, 4 March 2025\n\n";

  private static List<String> people(String body) {
    Document doc = PARSER.parse("en-initials", HEAD + body + "\n");
    return doc.participants().stream().map(Participant::name).collect(Collectors.toList());
  }

  @Test
  void aLoneLetterOfHisExcellencyAfterMister_isTheNamesFirstInitial() {
    assertEquals(List.of("E. R. Holt"),
        people("The talks were attended by Mr. E. R. Holt, Minister of Finance of Canada."));
  }

  @Test
  void hisExcellencyWrittenWithStops_staysAFormOfAddress() {
    assertEquals(List.of("Peter Holt"),
        people("The talks were attended by H.E. Mr Peter Holt, Minister of Finance of Canada."));
  }

  @Test
  void aRomanLookingLetterBeforeASecondInitial_opensTheName() {
    assertEquals(List.of("I.M. Wanjiru"),
        people("Present were:\nKenya H.E. I.M. Wanjiru, Minister of Trade of Kenya"));
  }

  @Test
  void initialsWithoutStopsAfterAFormOfAddress_openTheName() {
    assertEquals(List.of("P K Mehta", "A J Holt"),
        people("The meeting was attended by Hon P K Mehta, Minister of Trade of Canada; and Mr A J Holt, "
            + "Minister of Finance of Kenya."));
  }
}
