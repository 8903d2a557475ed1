package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A role whose name is on the next line: prose run on over the line's end («the Prime Minister of Ireland, ⏎ Mr …»)
 * keeps the name the role's, where a list of one person a line with each name before its role does not
 * ({@link RussianContractedAddressTest}); and «the» after «and» joins no field to a role. Sentences written for the test.
 */
final class RoleBeforeALineBreakTest {
  private static final Parser ENGLISH = Parser.english();

  @Test
  void formOfAddressAfterACommaAndALineBreak_namesTheRoleBeforeIt() {
    // GIVEN prose wrapped after the role's party and its comma
    Document doc = ENGLISH.parse("wrapped", "Joint Statement\n\nThe statement was issued by the Prime Minister of Norway,\n"
        + "Mr Arne Solberg, and the Prime Minister of Ireland,\nMr Conor Byrne, at the close of their talks.");
    // THEN each keeps the party of the role before him
    assertEquals("NO", People.partyOf(doc, "Arne Solberg"), People.listed(doc));
    assertEquals("IE", People.partyOf(doc, "Conor Byrne"), People.listed(doc));
  }

  @Test
  void articleAfterAnd_joinsNoFieldToTheRole() {
    // GIVEN a role, «and the», then two capitalised words that are no name
    Document doc = ENGLISH.parse("article", "Joint Statement\n\nThe talks between Chile and Peru ended."
        + " The President and the Board Members agreed on the importance of the fisheries.");
    // THEN they are no participant
    assertEquals("absent", People.partyOf(doc, "Board Members"), People.listed(doc));
  }
}
