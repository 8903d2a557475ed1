package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A naval rank's abbreviation before a name in a list of a delegation («Alm.», «Adm.») is a form of
 * address, no one's name. Sentences written for this test in the house style of joint communiqués.
 */
final class MilitaryRankTest {

  @Test
  void anAdmiralsAbbreviatedRank_isNoParticipant() {
    // GIVEN a delegation listed item by item, one item opening with «Alm.», another with «Adm.»
    Document doc = Parser.english().parse("en-test", "Joint Communique\n\n"
        + "1. The two delegations agreed to meet again in January.\n\n"
        + "2. President Pedro Castillo was accompanied by Gen. Mario Ruiz Vega, Secretary of Defense; Alm.\n"
        + "Jorge Luis Montes, Secretary of the Navy; and Adm. Carlos Ibarra Soto, Chief of the Joint Staff.\n");
    List<String> names = doc.participants().stream().map(Participant::name).collect(Collectors.toList());
    // THEN no participant is named after the rank
    assertFalse(names.contains("Alm"), () -> "participants: " + names);
    assertFalse(names.contains("Adm"), () -> "participants: " + names);
    // AND the admirals are named
    assertTrue(names.stream().anyMatch(n -> n.endsWith("Montes")), () -> "participants: " + names);
    assertTrue(names.contains("Carlos Ibarra Soto"), () -> "participants: " + names);
  }
}
