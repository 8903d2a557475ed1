package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * English initiatives and mechanisms by rules meant to hold in every house style, each tried on
 * sentences written for these tests in several styles (US, EU, ASEAN, UN, India, Japan, African
 * Union, G7/G20, Gulf, Latin America); none is taken from a real document.
 */
final class EnglishGeneralNamesTest {
  private static final Parser PARSER = Parser.english();

  private static Document parse(String title, String body) {
    return PARSER.parse("en-general", title + "\n\nGeneva, 14 May 2025\n\n" + body + "\n");
  }

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  private static List<String> initiatives(Document doc) {
    return doc.initiatives().stream().map(Initiative::name).collect(Collectors.toList());
  }

  @Test
  void aHeadRightBeforeTheHeadOfAStandingThing_isItsModifier() {
    Document us = parse("Joint Statement of the United States and India",
        "1. The leaders welcomed the Energy Policy Dialogue and the Clean Energy Agenda Working Group.");
    assertEquals(List.of("Energy Policy Dialogue", "Clean Energy Agenda Working Group"), mechanisms(us));
    assertEquals(List.of(), initiatives(us));
    Document eu = parse("Joint Statement following the EU-Japan Summit",
        "3. We endorsed the Joint Committee Action Plan and the Steering Committee Roadmap.");
    assertEquals(List.of("Joint Committee Action Plan", "Steering Committee Roadmap"), initiatives(eu));
    assertEquals(List.of(), mechanisms(eu));
    Document latam = parse("Declaration of the Summit of the Americas",
        "We instruct the Joint Summit Working Group to follow up on these mandates.");
    assertEquals(List.of("Joint Summit Working Group"), mechanisms(latam));
    Document asean = parse("Chairman's Statement",
        "5. We tasked the Indo-Pacific Strategy Working Group and the Action Plan Steering Committee to report.");
    assertEquals(List.of("Indo-Pacific Strategy Working Group", "Action Plan Steering Committee"), mechanisms(asean));
    assertEquals(List.of(), initiatives(asean));
  }

  @Test
  void aHeadRightBeforeADocumentsHead_isItsModifier() {
    Document un = parse("Statement by the President of the Security Council",
        "The Security Council calls for the full implementation of UN Security Council Resolution 2231.");
    assertEquals(List.of("UN Security Council Resolution 2231"), initiatives(un));
    assertEquals(List.of(), mechanisms(un));
    Document gulf = parse("Joint Statement of the GCC and the United Kingdom",
        "The Ministers welcomed progress towards a Strategic Framework Agreement.");
    assertEquals(List.of("Strategic Framework Agreement"), initiatives(gulf));
  }

  @Test
  void aMeetingOfAStandingThing_leavesItsNameStanding() {
    Document doc = parse("Joint Communique",
        "The Ministers noted the outcome of the Bali Process Ministerial Conference held in Adelaide in 2023.");
    assertTrue(mechanisms(doc).contains("Bali Process"), () -> "mechanisms " + mechanisms(doc));
    assertFalse(doc.initiatives().stream().anyMatch(i -> i.name().contains("Process")));
    Document summit = parse("Joint Statement of Poland and Croatia",
        "The Presidents look forward to the Three Seas Initiative Summit in Warsaw next year.");
    assertEquals(List.of("Three Seas Initiative"), initiatives(summit));
  }
}
