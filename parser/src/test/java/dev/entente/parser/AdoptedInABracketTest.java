package dev.entente.parser;

import static dev.entente.parser.Ids.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text adopted by an organ of an organisation says so in a bracket after its title («(принята
 * резолюцией Генеральной Ассамблеи ООН … от …)»): the organisation is its side. Every text is written
 * for these tests.
 */
final class AdoptedInABracketTest {
  @Test
  void aDeclarationAdoptedByAResolutionOfTheGeneralAssembly_isTheOrganisations() {
    // GIVEN a site's line, then a title followed by a bracket that names the resolution adopting it
    Document doc = Parser.russian().parse("декларация о праве народов на развитие\n\n"
        + "Декларация о праве народов на развитие (принята резолюцией Генеральной"
        + " Ассамблеи ООН 41/128 от 4 декабря 1986 г.)\n\n"
        + "подтверждая цели и принципы международного сотрудничества,\n\n"
        + "провозглашает настоящую Декларацию о праве на развитие.\n");
    // THEN the organisation adopts it
    assertEquals(List.of("UN"), sorted(doc.signatories()));
  }

  @Test
  void aBracketThatNamesNoOrganisation_namesNoSide() {
    // GIVEN a bracket that tells only the date of adoption
    Document doc = Parser.russian().parse("декларация о праве народов на развитие\n\n"
        + "Декларация о праве народов на развитие (принята 4 декабря 1986 г.)\n\n"
        + "подтверждая цели и принципы международного сотрудничества,\n\n"
        + "провозглашает настоящую Декларацию о праве на развитие.\n");
    assertEquals(List.of(), sorted(doc.signatories()));
  }
}
