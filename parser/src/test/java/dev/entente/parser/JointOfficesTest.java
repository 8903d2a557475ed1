package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A person who holds two offices joined by «and» («Deputy Prime Minister and Minister for Foreign
 * Affairs of A») serves the state named after the last of them. Every text is written for these tests.
 */
final class JointOfficesTest {
  private static Optional<String> partyOf(Document doc, String name) {
    return doc.participants().stream().filter(p -> p.name().equals(name)).findFirst().flatMap(Participant::party);
  }

  @Test
  void englishAttendanceList_twoOfficesJoinedByAnd_giveTheStateAfterTheSecond() {
    // GIVEN an MFA page that lists the attendees of a meeting by name, then their offices and states
    Document doc = Parser.english().parse("en-test", "Joint Statement on the Fifth Meeting\n\n"
        + "1. The meeting was held in Manila on 3 May 2014. In attendance were Hon John Smith, Deputy Prime"
        + " Minister and Minister for Foreign Affairs of Australia; and H.E. Pedro Ramos, Minister of Trade and"
        + " Minister of Finance of Timor Leste.\n");
    // THEN each serves the state after his last office
    assertEquals(Optional.of("AU"), partyOf(doc, "John Smith"));
    assertEquals(Optional.of("TL"), partyOf(doc, "Pedro Ramos"));
  }

  @Test
  void englishAttendanceList_officeAndTheRestOfItsPortfolio_giveTheState() {
    Document doc = Parser.english().parse("en-test", "Joint Statement on the Fifth Meeting\n\n"
        + "1. The meeting was held in Suva on 3 May 2014. In attendance were Hon Mary Jones, Minister of Foreign"
        + " Affairs and Trade of New Zealand; and H.E. Ana Pereira, Senior Minister and Minister of Foreign Affairs"
        + " and Cooperation of Timor Leste.\n");
    assertEquals(Optional.of("NZ"), partyOf(doc, "Mary Jones"));
    assertEquals(Optional.of("TL"), partyOf(doc, "Ana Pereira"));
  }

  @Test
  void englishAttendanceList_portfolioJoinedByAnAmpersand_namesNoOneAndGivesTheState() {
    // GIVEN a role whose portfolio goes on after an ampersand, then the state and the person's name
    Document doc = Parser.english().parse("en-test", "Communique of the Leaders Summit\n\n"
        + "4. Also attending were the Minister for Foreign Affairs & International Cooperation of Fiji, Ratu Inoke"
        + " Kubuabola, and the Minister for Foreign Affairs of Vanuatu, Hon. Alfred Carlot.\n");
    // THEN the portfolio is no person, and the minister serves the state after it
    assertTrue(doc.participants().stream().noneMatch(p -> p.name().contains("Cooperation")),
        () -> doc.participants().toString());
    assertEquals(Optional.of("FJ"), partyOf(doc, "Ratu Inoke Kubuabola"));
  }
}
