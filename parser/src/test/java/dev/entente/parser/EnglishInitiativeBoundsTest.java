package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, session 10: what is no initiative in English — a side's policy in a field, an
 * organisation's charter — and where a name ends before another party's possessive, on sentences
 * written for the test in the house styles of MEA India, DFAT and ASEAN.
 */
final class EnglishInitiativeBoundsTest {
  private static final Parser PARSER = Parser.english();
  private static final String MEA = "Joint Statement of India and Indonesia\n\nJakarta, 30 May 2023\n\n";

  private static List<String> initiatives(String body) {
    Document doc = PARSER.parse("en-initiatives", MEA + body + "\n");
    return doc.initiatives().stream().map(Initiative::name).collect(Collectors.toList());
  }

  @Test
  void aPolicyNamedByItsFieldsAlone_isNoInitiative() {
    assertEquals(List.of(), initiatives("1. The leaders discussed Trade and Investment Policy and the Australian Defence Policy."));
  }

  @Test
  void aPolicyWithAProperName_staysAnInitiative() {
    assertEquals(List.of("Look West Policy"), initiatives("1. India recalled its Look West Policy."));
  }

  @Test
  void anOrganisationsCharter_isTheOrganisationsNoInitiative() {
    assertEquals(List.of(), initiatives("1. The leaders reaffirmed their commitment to the ASEAN Charter, the SCO Charter and "
        + "the Charter of the United Nations."));
  }

  @Test
  void aCharterOfNoOrganisation_staysAnInitiative() {
    List<String> found = initiatives("1. The leaders welcomed the Pacific Charter for Digital Trade.");
    assertEquals(List.of("Pacific Charter for Digital Trade"), found);
  }

  @Test
  void aStatesPossessiveAfterAnd_opensTheNextItem() {
    List<String> found = initiatives("1. The leaders welcomed the Startup India initiative and Indonesia's Golden Indonesia 2045 Vision.");
    assertTrue(found.contains("Startup India initiative"), found::toString);
  }
}
