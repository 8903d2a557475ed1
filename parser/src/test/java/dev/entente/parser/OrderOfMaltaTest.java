package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «Sovereign Military Order of Malta», «Knights of Malta»: an order whose name ends in a state's
 * name is no mention of that state; «the constitutional order of Ukraine» still is. Sentences written
 * for the test.
 */
final class OrderOfMaltaTest {

  private static List<String> states(String body) {
    Document doc = Parser.english().parse("order", "Joint Statement of Italy and Lebanon\n\n1. " + body + "\n");
    return Ids.states(doc);
  }

  @Test
  void anOrderOfChivalry_namesNoState() {
    assertEquals(List.of("IT", "LB"), states("Both sides commended the relief work of the Sovereign Military Order "
        + "of Malta and of the Knights of Malta in the region."));
  }

  @Test
  void anOrderInLowerCase_leavesTheState() {
    assertEquals(List.of("IT", "LB", "UA"), states("Both sides support the constitutional order of Ukraine."));
  }
}
