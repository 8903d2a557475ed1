package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A visit after a possessive to an institution that is no city nor state («his visit to Harvard University»), and a
 * person's visit with a describing word after the possessive («President Boric's present visit»), on sentences written
 * for these tests (none is taken from a real document).
 */
final class EventVisitsToInstitutionsTest {

  @Test
  void aPossessiveVisitToAnInstitution_isAVisit() {
    // GIVEN «his visit to» and a capitalised name that is no city nor state
    Document doc = DatedStatements.english("1. The Prime Minister looked forward to his visit to the Royal Botanic Garden next week.");
    // THEN it is a visit named up to the institution's end
    assertTrue(events(doc).contains("visit to the Royal Botanic Garden"), () -> events(doc));
  }

  @Test
  void aVisitToALowerCaseThing_isNoVisitOfItsOwn() {
    // GIVEN a possessive visit to something in lower case
    Document doc = DatedStatements.english("1. The Prime Minister looked forward to his visit to the new port next week.");
    // THEN no visit is read
    assertFalse(events(doc).contains("visit to the new port"), () -> events(doc));
  }

  @Test
  void aDescribingWordAfterThePossessive_keepsThePersonsVisit() {
    // GIVEN a person's name in the possessive, one describing word and «visit»
    Document doc = DatedStatements.english("1. The leaders reviewed the results of President Boric's present visit with satisfaction.");
    // THEN it is that person's visit
    assertTrue(events(doc).contains("President Boric's present visit"), () -> events(doc));
  }
}
