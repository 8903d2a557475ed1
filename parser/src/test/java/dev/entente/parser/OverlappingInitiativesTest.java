package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «the Initiative for ASEAN Integration Work Plan IV», «the Free Trade Area of the Asia-Pacific agenda»:
 * a second initiative read from a head inside the name of one that began before it is the tail of that
 * name, not a text of its own; one initiative stays for each name. Text written for the test, in the
 * style of ASEAN and APEC ministerial statements.
 */
final class OverlappingInitiativesTest {

  @Test
  void aHeadInsideAnotherInitiativesName_addsNoSecondItem() {
    Document doc = Parser.english().parse("overlap", "Joint Statement of the Foreign Ministers of ASEAN and Japan\n\n"
        + "The Ministers welcomed the effective implementation of the Master Plan on ASEAN Connectivity 2025 and the "
        + "Initiative for ASEAN Integration Work Plan IV. They supported the work on the Free Trade Area of the "
        + "Asia-Pacific agenda.\n\n"
        + "Jakarta, 2 August 2024\n");
    List<String> found = doc.initiatives().stream().map(Initiative::name).toList();
    assertEquals(3, found.size(), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Master Plan on ASEAN Connectivity")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Initiative for ASEAN Integration")), found::toString);
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Free Trade Area")), found::toString);
  }
}
