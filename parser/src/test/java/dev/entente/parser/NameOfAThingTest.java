package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Participant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A "name" that holds a noun of a body, an office or a document (en/person-names.tsv NOT_A_NAME) is a
 * thing's, whatever title or form of address stands before it. Every text is written for these tests.
 */
final class NameOfAThingTest {
  private static List<String> names(String point) {
    return Parser.english().parse("en-test", "Joint Statement of Ghana and Norway\n\n1. " + point
        + "\n\n2. The two sides agreed to expand trade.\n").participants().stream()
        .map(Participant::name).sorted().collect(Collectors.toList());
  }

  @Test
  void aPossessiveBeforeABody_isNoFormOfAddress() {
    // GIVEN «His», which opens «His Excellency», before a body
    // WHEN the sentence is parsed
    // THEN the body is no person; the president named by role is
    assertEquals(List.of("John Mensah"), names("President John Mensah said that His Government would support the plan."));
  }

  @Test
  void aBodyAfterARoleAndItsParty_isNoName() {
    // GIVEN a list of offices where a role and its party are followed by a comma and a ministry
    // WHEN it is parsed
    // THEN neither office is a person
    assertEquals(List.of(), names("Officials from the Office of the Prime Minister of Norway, Ministry of Trade and"
        + " the Norwegian Agency for Development took part."));
  }

  @Test
  void aDocumentsKindAfterARole_isNoName() {
    // GIVEN a heading that names the authors by their role and then the kind of the text
    // WHEN it is parsed
    // THEN the kind is no person
    assertEquals(List.of(), names("Foreign Ministers Communique on the Sahel was issued in Accra."));
  }
}
