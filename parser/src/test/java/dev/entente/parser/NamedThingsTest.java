package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Participant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Names that look like a person's but name a thing: a body named after someone («the Nelson Mandela
 * Foundation», «King Prajadhipok's Institute») and a place given with its state («in Victoria Falls,
 * Zimbabwe»). Points written for these tests in the house style of joint communiqués.
 */
final class NamedThingsTest {

  private static List<String> names(String... points) {
    StringBuilder text = new StringBuilder("Joint Communique\n\n");
    for (int n = 0; n < points.length; n++) {
      text.append(n + 1).append(". ").append(points[n]).append("\n\n");
    }
    return Parser.english().parse("en-test", text.toString()).participants().stream()
        .map(Participant::name).collect(Collectors.toList());
  }

  @Test
  void aBodyNamedAfterSomeone_isNoParticipant() {
    assertEquals(List.of("Cyril Ramaphosa"), names(
        "President Cyril Ramaphosa welcomed the work of the Nelson Mandela Foundation.",
        "The leaders welcomed an exchange between the Council and King Chulalongkorn's Institute."));
  }

  @Test
  void aPlaceAfterInAndBeforeItsState_isNoParticipant() {
    assertEquals(List.of("Hakainde Hichilema"), names(
        "President Hakainde Hichilema hosted the conference in Victoria Falls, Zimbabwe, in May."));
  }

  @Test
  void aPersonsPossessive_beforeAWordInLowerCase_stillCounts() {
    // GIVEN a leader named with a possessive before an ordinary noun
    assertEquals(List.of("Anthony Albanese"), names(
        "Prime Minister Anthony Albanese's visit to Jakarta deepened the partnership."));
  }
}
