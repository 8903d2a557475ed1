package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Participant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A person named later by one word that stands inside his full name — the first of two surnames, as
 * Spanish and Portuguese names go («Luis Herrera Campos» … «Secretary Herrera») — is the same person;
 * a word after a particle of descent («bin Salman») names the father, who may be someone else.
 * Points written for these tests in the house style of joint communiqués.
 */
final class InnerSurnameTest {

  private static List<Participant> participantsIn(String... points) {
    StringBuilder text = new StringBuilder("Joint Communique\n\n");
    for (int n = 0; n < points.length; n++) {
      text.append(n + 1).append(". ").append(points[n]).append("\n\n");
    }
    return Parser.english().parse("en-test", text.toString()).participants();
  }

  private static List<String> names(List<Participant> found) {
    return found.stream().map(p -> p.name() + "/" + p.mentions().size()).collect(Collectors.toList());
  }

  @Test
  void theFirstOfTwoSurnames_namesThePersonAgain() {
    // GIVEN a minister named in full, then by the first of his two surnames
    List<Participant> found = participantsIn(
        "Secretary of Foreign Affairs of Mexico, Dr Luis Herrera Campos, and Foreign Minister of Chile Ana Rojas"
            + " held talks in Mexico City.",
        "Secretary Herrera thanked Chile for its support.");
    // THEN he is one participant with two mentions
    assertEquals(List.of("Luis Herrera Campos/2", "Ana Rojas/1"), names(found));
  }

  @Test
  void aNameAfterAParticleOfDescent_isNotMerged() {
    // GIVEN a crown prince «bin Salman» and, apart, a king named by that one word
    List<Participant> found = participantsIn(
        "Crown Prince Mohammed bin Salman Al Saud received the delegation in Riyadh.",
        "The delegation conveyed greetings to King Salman.");
    // THEN they are two people
    assertEquals(2, found.size(), () -> "participants: " + names(found));
  }
}
