package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «Министры … Совета A (…), представляющие B, C и D, провели …»: the states an organisation's members are said to
 * represent sit in it and adopt its text with it. Every text is written for these tests.
 */
final class RepresentedMembersSignatoriesTest {
  private static final String HEADING = "Заявление министров транспорта\n\n";
  private static final String CLOSE = "\n\n2. Министры договорились развивать морские перевозки.\n";

  @Test
  void theStatesTheMinistersRepresent_areSidesBesideTheOrganisation() {
    // GIVEN a ministers' statement whose opening says which states the organisation's ministers represent
    Document doc = Parser.russian().parse(HEADING + "1. Министры транспорта Совета государств Балтийского моря (СГБМ),"
        + " представляющие Данию, Германию и Польшу, провели свою встречу 3 июня 2021 года в Гданьске." + CLOSE);
    // THEN the organisation and the three states are the sides
    assertEquals(List.of("CBSS", "DE", "DK", "PL"), sorted(doc.signatories()));
  }

  @Test
  void statesThatOnlyWelcomeTheMinisters_areNoSides() {
    // GIVEN the same opening, where the states welcome the ministers instead of being represented by them
    Document doc = Parser.russian().parse(HEADING + "1. Министры транспорта Совета государств Балтийского моря (СГБМ),"
        + " которых приветствовали Дания, Германия и Польша, провели свою встречу 3 июня 2021 года в Гданьске." + CLOSE);
    // THEN the organisation alone is the side
    assertEquals(List.of("CBSS"), sorted(doc.signatories()));
  }
}
