package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Mechanism;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A mechanism named again with a word of its name left out («Консультативный совет приграничных регионов … Консультативный Совет Регионов»)
 * is the same one named short, not a second mechanism; two mechanisms whose names differ in their last word
 * are two. Every sentence is written for these tests.
 */
final class MechanismWithAWordLeftOutTest {

  private static List<String> mechanisms(Document doc) {
    return doc.mechanisms().stream().map(Mechanism::name).collect(Collectors.toList());
  }

  @Test
  void aMechanismNamedAgainWithAWordLeftOut_isOne() {
    // GIVEN a body named in full, then again in capitals without its adjective
    Document doc = parse("Стороны высоко оценили работу Консультативного совета приграничных регионов.",
        "Консультативный Совет Регионов провел в этом году два заседания.");
    // WHEN it is parsed
    // THEN one mechanism remains, under its full name
    List<String> found = mechanisms(doc);
    assertTrue(found.stream().anyMatch(n -> n.startsWith("Консультативный совет приграничных регионов")), dump(doc));
    assertTrue(found.stream().noneMatch(n -> n.equalsIgnoreCase("Консультативный совет регионов")), dump(doc));
  }

  @Test
  void twoMechanismsEndingInOtherWords_areTwo() {
    // GIVEN two bodies under one head, whose names end in other words
    Document doc = parse("Стороны высоко оценили работу Консультативного совета приграничных регионов и"
        + " Консультативного совета деловых кругов.");
    // WHEN it is parsed
    // THEN both are mechanisms
    assertEquals(2, mechanisms(doc).stream().filter(n -> n.startsWith("Консультативный совет")).count(), dump(doc));
  }
}
