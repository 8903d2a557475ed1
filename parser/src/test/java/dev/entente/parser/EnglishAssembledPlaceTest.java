package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * «We, the Heads of State …, have assembled in …»: the city where the authors assembled places their
 * declaration, as «met in» and «gathered in» do; on a text written for this test.
 */
final class EnglishAssembledPlaceTest {
  private static final Parser PARSER = Parser.english();

  @Test
  void theCityWhereTheLeadersAssembled_placesTheDeclaration() {
    Document doc = PARSER.parse("en-assembled", "Declaration of the Heads of State of the Member States\n\n"
        + "1. We, the Heads of State or Government of the member States, have assembled in Vienna to renew "
        + "our commitment to common security.\n\n"
        + "2. We reaffirm the principles of the Charter of the United Nations.\n");
    assertEquals("Vienna", doc.place().map(Place::name).orElse(null));
  }
}
