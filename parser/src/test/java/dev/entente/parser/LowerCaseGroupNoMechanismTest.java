package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An English group or team is a standing body only named so, capitalised and in the singular («the Lima Support
 * Group», «the Group of Friends of Mediation»); «a group of nations», «the Sarin group of agents», «country teams»
 * name a set of things. «working group», «contact group» are heads of their own and stay in lower case. Every text
 * is written for these tests.
 */
final class LowerCaseGroupNoMechanismTest {

  private static List<String> mechanisms(String body) {
    Document doc = Parser.english().parse("group", "Joint Statement of Chile and Peru\n\nLima, 9 May 2024\n\n" + body + "\n");
    return doc.mechanisms().stream().map(Mechanism::name).sorted().collect(Collectors.toList());
  }

  @Test
  void aLowerCaseGroupOrTeam_isNoMechanism() {
    // GIVEN a group of nations, a group of chemical agents and a state's rescue teams, all in lower case
    List<String> found = mechanisms("1. The two countries belong to an experienced group of free American nations.\n"
        + "2. They condemned the use of agents of the Sarin group and thanked the Chilean rescue teams.\n");
    // WHEN it is parsed
    // THEN none is a mechanism
    assertTrue(found.stream().noneMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("group")
        || n.toLowerCase(java.util.Locale.ROOT).contains("team")), found.toString());
  }

  @Test
  void aNamedGroupAndAWorkingGroup_stayMechanisms() {
    // GIVEN a capitalised support group, a group of friends and a working group the sides set up
    List<String> found = mechanisms("1. The two countries welcomed the work of the Lima Support Group and of the"
        + " Group of Friends of Mediation.\n"
        + "2. They agreed to establish a fisheries working group.\n");
    // WHEN it is parsed
    // THEN all three are mechanisms
    assertTrue(found.stream().anyMatch(n -> n.contains("Lima Support Group")), found.toString());
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Group of Friends")), found.toString());
    assertTrue(found.stream().anyMatch(n -> n.contains("working group")), found.toString());
    assertFalse(found.isEmpty());
  }
}
