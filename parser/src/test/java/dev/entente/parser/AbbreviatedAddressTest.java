package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Abbreviated forms of address and ranks before a name ("Amb.", "Maj."; en/words.tsv HONORIFIC) are
 * no part of the name and no person of their own. Every text is written for these tests.
 */
final class AbbreviatedAddressTest {
  private static List<String> names(String text) {
    Document doc = Parser.english().parse("en-test", text);
    return doc.participants().stream().map(Participant::name).sorted().collect(Collectors.toList());
  }

  @Test
  void anAmbassadorsAbbreviation_beforeAName_isNoPerson() {
    // GIVEN a list of those present where "H.E. Amb." precedes a name and its post
    List<String> found = names("Joint Communique of Brazil and Kenya\n\n"
        + "1. The meeting was attended by H.E. Amb. Paulo Ferreira, Minister of Foreign Affairs of the Federative"
        + " Republic of Brazil, and H.E. Mr. Daniel Mutua, Cabinet Secretary for Foreign Affairs of the Republic of Kenya.\n\n"
        + "2. The two sides agreed to expand trade.\n");
    // THEN the names are the people's, and "Amb" is none
    assertEquals(List.of("Daniel Mutua", "Paulo Ferreira"), found);
  }

  @Test
  void aRanksAbbreviation_afterAnAmbassadors_isNoPerson() {
    List<String> found = names("Communique of the Council of Ministers\n\n"
        + "1. Also in attendance was H.E. Amb. Maj. Gen. Samuel Otieno, the Special Envoy of Kenya to the Horn of Africa.\n\n"
        + "2. The Council welcomed the report.\n");
    assertEquals(List.of("Samuel Otieno"), found);
  }
}
