package dev.entente.parser;

import static dev.entente.parser.DatedStatements.english;
import static dev.entente.parser.DatedStatements.event;
import static dev.entente.parser.DatedStatements.events;
import static dev.entente.parser.DatedStatements.russian;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * «since 2013», «с 2013 года»: a period's start is no event's date; the n-th event since then is the one
 * the document reports, dated and held with it unless a cue puts it ahead (sentences written for these tests).
 */
final class EventSinceTest {
  @Test
  void theNthSummitSince2015_isTheDocumentsOwnAndHeld() {
    // GIVEN a statement of 12 November 2024 reporting «the fifth summit … since 2015»
    Document doc = english("1. The fifth summit between Canada and Chile since 2015 focused on trade and climate.");
    // THEN the summit takes the document's day, not 2015, and it took place
    Event summit = event(doc, "summit");
    assertEquals("2024-11-12", summit.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals(EventStatus.HELD, summit.status(), () -> events(doc));
  }

  @Test
  void aSummitNamedIn2015_keepsItsYear() {
    // GIVEN the same words with «in» instead of «since»
    Document doc = english("1. The Leaders recalled the first summit between Canada and Chile in 2015.");
    // THEN 2015 is the summit's date
    assertEquals("2015", event(doc, "summit").date().map(Object::toString).orElse("-"), () -> events(doc));
  }

  @Test
  void russianNthMeetingSince2013_isNotDatedByTheStart() {
    // GIVEN «десятое заседание … с 2013 года» in a statement of 12 November 2024
    Document doc = russian("1. Десятое заседание Совета министров иностранных дел с 2013 года "
        + "было посвящено вопросам торговли.");
    // THEN the year of the period's start is not its date
    Event meeting = event(doc, "заседание");
    assertEquals("2024-11-12", meeting.date().map(Object::toString).orElse("-"), () -> events(doc));
    assertEquals(EventStatus.HELD, meeting.status(), () -> events(doc));
  }
}
