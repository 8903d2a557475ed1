package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Heads of government the text names in their office but not with their state: the directory of
 * office holders gives them their state before the sides are resolved, and a role in the plural
 * («Prime Ministers A and B») is held by every name it lists. Every text is written for these tests.
 */
final class HeadsKnownToTheDirectoryTest {
  private static final Parser ENGLISH = Parser.english();

  @Test
  void aHeadWithoutAStateInTheText_speaksForTheStateTheDirectoryGivesHim() {
    Document doc = ENGLISH.parse("en-test", "Joint Statement by Prime Ministers Key and Gillard\n\n"
        + "Prime Minister Julia Gillard, New Zealand Prime Minister John Key\n\nWellington, NZ\n\n"
        + "Prime Ministers John Key and Julia Gillard met in Wellington on 10 March 2011 for their annual meeting,"
        + " reaffirming the close relations between Australia and New Zealand.\n\n"
        + "The Prime Ministers welcomed progress on the single economic market.\n");
    assertEquals(Set.of("AU", "NZ"), Set.copyOf(doc.signatories()));
  }

  @Test
  void aRoleInThePlural_isHeldByEveryNameItLists() {
    Document doc = ENGLISH.parse("en-test", "Joint Statement\n\n10 March 2011\n\n"
        + "Prime Ministers Julia Gillard and John Key met in Wellington for the annual Australia-New Zealand"
        + " Leaders meeting.\n");
    assertEquals(List.of("Prime Ministers", "Prime Ministers"),
        doc.participants().stream().map(p -> p.role().orElse("-")).toList(), () -> People.listed(doc));
  }
}
