package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Place;
import org.junit.jupiter.api.Test;

/**
 * «We, the Heads of State …, have assembled in …»: the city where the authors assembled places their
 * declaration, as «met in» and «gathered in» do; a city the gazetteer lacks is taken as written after
 * «met in» when a day or its state follows. On texts written for these tests.
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

  @Test
  void aCityTheGazetteerLacks_isTakenAsWritten_beforeADayOrItsState() {
    Document before = PARSER.parse("en-unknown-city", "Joint Statement by the Prime Ministers of Norway and Iceland\n\n"
        + "The Prime Ministers of Norway and Iceland met in Vestmanna on 3 March 2022 for their annual meeting.\n\n"
        + "They agreed to deepen cooperation on fisheries.\n");
    assertEquals("Vestmanna", before.place().map(Place::name).orElse(null));
    Document withState = PARSER.parse("en-unknown-city", "Joint statement by the Heads of Government of Norway and Sweden\n\n"
        + "We, the Heads of Government of Norway and Sweden, met today in Kvikkjokk, Sweden, to discuss our security.\n\n"
        + "We will strengthen our support to Ukraine.\n");
    assertEquals("Kvikkjokk", withState.place().map(Place::name).orElse(null));
    assertEquals("SE", withState.place().flatMap(Place::country).orElse(null));
  }

  @Test
  void capitalisedWordsAfterMetInThatNameNoCity_areNotTaken() {
    Document doc = PARSER.parse("en-unknown-city", "Joint Statement by the Prime Ministers of Norway and Iceland\n\n"
        + "The Prime Ministers of Norway and Iceland met in Lancaster House for their annual meeting.\n\n"
        + "They agreed to deepen cooperation on fisheries.\n");
    assertEquals(null, doc.place().map(Place::name).orElse(null));
  }
}
