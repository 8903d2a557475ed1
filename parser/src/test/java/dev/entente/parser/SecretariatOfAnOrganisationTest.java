package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 41: an organisation's secretariat that the English gazetteer lists among the organisation's names
 * («ASEAN Secretariat», «Pacific Islands Forum Secretariat») is the organisation and a standing mechanism both;
 * one listed among other attending parties, a comma on either side, is an attending organisation only.
 * Sentences written for the test in the house style of communiqués.
 */
final class SecretariatOfAnOrganisationTest {
  private static final Parser PARSER = Parser.english();

  private static Document parse(String body) {
    return PARSER.parse("en-test", "Chairman's Statement\n\nJakarta, 14 May 2025\n\n" + body + "\n");
  }

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1. The Leaders gathered on 14 May 2025 at the ASEAN Secretariat in Jakarta to review the year's work.|ASEAN|ASEAN Secretariat",
      "1. The Ministers tasked the Pacific Islands Forum Secretariat to prepare a report on fisheries.|PIF|Pacific Islands Forum Secretariat",
  })
  void merge_secretariatOfAnOrganisation_isPartyAndMechanism(String sentence, String party, String mechanism) {
    // GIVEN a statement whose one point names an organisation's secretariat
    // WHEN it is parsed
    Document doc = parse(sentence);
    // THEN the organisation is a party and its secretariat a mechanism
    assertTrue(doc.parties().stream().anyMatch(p -> p.id().equals(party)), doc.parties().toString());
    assertTrue(mechanisms(doc).contains(mechanism), mechanisms(doc)::toString);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1. Also present were the Asian Development Bank, the Commonwealth Secretariat, the World Bank and observers.",
  })
  void merge_secretariatListedAmongParties_isNoMechanism(String sentence) {
    // GIVEN a statement that lists a secretariat among other organisations in attendance
    // WHEN it is parsed
    Document doc = parse(sentence);
    // THEN the secretariat is the organisation that attends, no mechanism
    assertTrue(doc.parties().stream().anyMatch(p -> p.id().equals("COMMONWEALTH")), doc.parties().toString());
    assertFalse(mechanisms(doc).stream().anyMatch(n -> n.contains("Secretariat")), mechanisms(doc)::toString);
  }
}
