package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * «Indo-Pacific» is not a state (issue 13): a state's adjective or combining form that opens a
 * place's name inside an initiative's name («Indo-Pacific Strategy», «Программа по Индийскому
 * океану») names no proposer, while a state's own name in it still does. Sentences written for
 * the test.
 */
final class PlaceNamedInitiativesTest {

  private static Map<String, String> proposers(Parser parser, String text) {
    Document doc = parser.parse("place-named", text);
    Map<String, String> byName = new TreeMap<>();
    for (Initiative initiative : doc.initiatives()) {
      byName.put(initiative.name(), initiative.proposer().orElse("-"));
    }
    return byName;
  }

  @Test
  void anIndoPacificName_hasNoIndianProposer() {
    Map<String, String> found = proposers(Parser.english(),
        "Joint Statement by the United States and Japan\n\nWashington, April 10, 2024\n\n"
            + "The leaders welcomed the Indo-Pacific Strategy and discussed the Indo-Pacific Economic "
            + "Framework.\n");
    assertEquals("-", found.get("Indo-Pacific Strategy"), found::toString);
  }

  @Test
  void aStatesAdjectiveBeforeNoPlace_stillProposes() {
    Map<String, String> found = proposers(Parser.english(),
        "Joint Statement by the United States and Japan\n\nWashington, April 10, 2024\n\n"
            + "The leaders welcomed the Japanese Strategy for Digital Trade.\n");
    assertEquals("JP", found.get("Japanese Strategy for Digital Trade"), found::toString);
  }
}
