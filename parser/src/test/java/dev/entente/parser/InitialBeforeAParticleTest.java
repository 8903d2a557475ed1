package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * A middle initial before a surname's lower-case particle («Albert F. del Rosario», «Juan P. de la
 * Vega») belongs to one name: the stop after the initial does not end it. Every text is written for
 * these tests.
 */
final class InitialBeforeAParticleTest {
  @Test
  void englishChair_initialThenParticle_isOnePerson() {
    // GIVEN a joint media statement whose meeting a minister chairs, named with a middle initial and a particle
    Document doc = Parser.english().parse("en-test", "Joint Statement on the Fifth Meeting\n\n"
        + "1. The meeting was held in Manila on 3 May 2014. Hon Albert F. del Rosario, Secretary of Foreign Affairs"
        + " of the Philippines chaired the meeting. In attendance were Hon John Smith, Minister for Foreign"
        + " Affairs of Australia.\n");
    // THEN the whole name is a participant, serving the state after his office
    assertTrue(doc.participants().stream().anyMatch(p -> p.name().equals("Albert F. del Rosario")
        && p.party().filter("PH"::equals).isPresent()), () -> doc.participants().toString());
  }

  @Test
  void englishList_initialThenTwoParticles_isOnePerson() {
    Document doc = Parser.english().parse("en-test", "Joint Statement on the Fifth Meeting\n\n"
        + "1. The meeting was held in Lima on 3 May 2014. In attendance were H.E. Juan P. de la Vega, Minister"
        + " of Foreign Affairs of Peru, and Hon John Smith, Minister for Foreign Affairs of Australia.\n");
    assertTrue(doc.participants().stream().map(Participant::name).anyMatch("Juan P. de la Vega"::equals),
        () -> doc.participants().toString());
  }
}
