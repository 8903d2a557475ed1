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
 * Session 15: a council the gazetteer lists as an organisation's organ, named from the organisation's own
 * name but for its head («the North Atlantic Council», «the Council of Arab States»), is the organisation
 * and a standing mechanism both; another name of the organisation itself and an organ named with the whole
 * name or an abbreviation stay the organisation alone. Sentences written for the test in the house style of
 * communiqués.
 */
final class CouncilOfItsOwnNameTest {
  private static final Parser PARSER = Parser.english();

  private static Document parse(String body) {
    return PARSER.parse("en-test", "Final Communique\n\nBrussels, 14 May 2025\n\n" + body + "\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1. The North Atlantic Council met today at the level of Foreign Ministers to review our operations.|NATO|North Atlantic Council",
      "1. The Council of Arab States at the Summit Level reaffirmed its commitment to a just and comprehensive peace.|LAS|Council of Arab States",
  })
  void recognize_councilOfItsOwnName_isPartyAndMechanism(String sentence, String party, String mechanism) {
    // GIVEN a communiqué whose one point is the sentence
    // WHEN it is parsed
    Document doc = parse(sentence);
    List<String> mechanisms = doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
    // THEN the organisation is a party and its council a mechanism
    assertTrue(doc.parties().stream().anyMatch(p -> p.id().equals(party)), doc.parties().toString());
    assertTrue(mechanisms.stream().anyMatch(n -> n.startsWith(mechanism)), mechanisms::toString);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1. The Ministers welcomed the decision of the United Nations Security Council to extend the mission.|UN|Security Council",
      "1. The President of the European Council and the Prime Minister met in Tokyo on 12 May.|EU|European Council",
      "1. The Ministers expressed their support for the efforts of the Gulf Cooperation Council.|GCC|Gulf Cooperation Council",
  })
  void recognize_organisationsOwnNameOrOrganOfTheWholeName_isNoMechanism(String sentence, String party, String name) {
    // GIVEN a communiqué whose one point is the sentence
    // WHEN it is parsed
    Document doc = parse(sentence);
    List<String> mechanisms = doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
    // THEN the organisation is a party and no mechanism bears its organ's name
    assertTrue(doc.parties().stream().anyMatch(p -> p.id().equals(party)), doc.parties().toString());
    assertFalse(mechanisms.stream().anyMatch(n -> n.contains(name)), mechanisms::toString);
  }
}
