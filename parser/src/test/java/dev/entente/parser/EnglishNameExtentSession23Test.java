package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Session 23: a party's name with «of» inside before a head, a level joined by «and» after it, and a city a heading
 * sets after a numbered summit (sentences written for the test).
 */
final class EnglishNameExtentSession23Test {
  private static final Parser ENGLISH = Parser.english();

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  private static List<String> events(Document doc) {
    return doc.events().stream().map(Event::name).collect(Collectors.toList());
  }

  @Test
  void partyWithOfBeforeTheHead_isTakenWhole() {
    Document doc = ENGLISH.parse("en-s23", "Joint Statement\n\n1. The 12th Japan-Republic of Korea Summit was held on "
        + "3 March 2015 in Busan. The leaders agreed to hold the next Summit in Tokyo.\n");
    assertEquals(List.of("Japan-Republic of Korea Summit"), mechanisms(doc));
    assertTrue(events(doc).contains("12th Japan-Republic of Korea Summit"), () -> events(doc).toString());
  }

  @Test
  void partyWithOfBeforeADialogue_isTakenWhole() {
    Document doc = ENGLISH.parse("en-s23", "Joint Statement\n\n1. The Ministers welcomed the launch of the Canada-Republic "
        + "of Moldova Dialogue on Energy Security, which will meet every year.\n");
    assertEquals(List.of("Canada-Republic of Moldova Dialogue on Energy Security"), mechanisms(doc));
  }

  @Test
  void levelJoinedByAnd_isTakenWholeWithTheOrganisation() {
    Document doc = ENGLISH.parse("en-s23", "Communique\n\n1. The Extraordinary Summit of the Heads of State and Government "
        + "of the Southern African Development Community was held in Gaborone on 5 May 2016.\n"
        + "2. The Summit discussed the situation in the region.\n");
    assertTrue(events(doc).contains(
        "Extraordinary Summit of the Heads of State and Government of the Southern African Development Community"),
        () -> events(doc).toString());
  }

  @Test
  void cityAHeadingSetsAfterASummit_isNoWordOfItsSeries() {
    String heading = "Chair's Statement of the 12th Japan-Republic of Korea Summit Singapore, 3 March 2015\n\n";
    Document doc = ENGLISH.parse("en-s23", heading + "3 Mar 2015\n\n" + heading
        + "1. The 12th Japan-Republic of Korea (ROK) Summit was held in Singapore. The leaders welcomed the progress of "
        + "their cooperation.\n");
    assertTrue(mechanisms(doc).stream().noneMatch(n -> n.contains("Singapore")), () -> mechanisms(doc).toString());
    assertEquals(1, mechanisms(doc).size(), () -> mechanisms(doc).toString());
  }
}
