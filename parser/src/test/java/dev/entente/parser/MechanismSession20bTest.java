package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Session 20, second round: mechanisms that are people, each on sentences written for the test. */
final class MechanismSession20bTest {
  private static final Parser ENGLISH = Parser.english();

  private static final String COMMUNIQUE = "Joint Communique\n\nJakarta, 4 March 2023\n\n";

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  @Test
  void seniorOfficialsOfAnOrganisationInLowerCase_arePeople() {
    Document doc = ENGLISH.parse("en-s20b", COMMUNIQUE
        + "1. The envoys also met the President of Chile and senior officials of the World Bank in Santiago.\n");
    assertTrue(doc.mechanisms().isEmpty(), () -> mechanisms(doc).toString());
  }

  @Test
  void nationalCoordinatorsOfTheSidesInLowerCase_arePeople() {
    Document doc = ENGLISH.parse("en-s20b", COMMUNIQUE
        + "1. The Ministers thanked the national coordinators of both countries for their work on the road map.\n");
    assertTrue(doc.mechanisms().isEmpty(), () -> mechanisms(doc).toString());
  }

  @Test
  void seniorOfficialsInCapitalsOrTheirMeeting_stayMechanisms() {
    Document doc = ENGLISH.parse("en-s20b", COMMUNIQUE
        + "1. The Ministers tasked the ASEAN Senior Officials to review the work plan.\n"
        + "2. The Ministers welcomed the work of the regular Senior Officials Meeting between the two countries.\n");
    assertEquals(List.of("ASEAN Senior Officials", "Senior Officials Meeting between the two countries"), mechanisms(doc));
  }

  @Test
  void aResearchGroupNamedAfterAForum_isScholarsNoMechanism() {
    Document doc = ENGLISH.parse("en-s20b", COMMUNIQUE
        + "1. The Ministers took note of the annual report of the APEC Research Group on supply chains.\n");
    assertTrue(doc.mechanisms().isEmpty(), () -> mechanisms(doc).toString());
  }

  @Test
  void aTitledPluralMechanismsHead_namesOneSet() {
    Document doc = ENGLISH.parse("en-s20b", COMMUNIQUE
        + "1. The Ministers praised the Border Liaison and Hotline Mechanisms set up by the two sides.\n");
    assertEquals(List.of("Border Liaison and Hotline Mechanisms"), mechanisms(doc));
  }

  @Test
  void aPluralGenericHeadAlone_stillNamesNone() {
    Document doc = ENGLISH.parse("en-s20b", COMMUNIQUE
        + "1. The Ministers reviewed the Mechanisms of Cooperation between their ministries.\n");
    assertTrue(doc.mechanisms().isEmpty(), () -> mechanisms(doc).toString());
  }
}
