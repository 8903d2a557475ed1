package dev.entente.parser;

import static dev.entente.parser.DatedStatements.event;
import static dev.entente.parser.DatedStatements.events;
import static dev.entente.parser.DatedStatements.russian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.Document;
import dev.entente.model.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * An event's head with the clause's subject right after it («На переговорах Президент подчеркнул …»): it points
 * back at an event of the same head named before, else it is an event of its own, named without the subject.
 * Sentences written for these tests (none is taken from a real document).
 */
final class EventSubjectAfterHeadTest {

  @Test
  void aHeadBeforeTheSubject_withNoSuchEventBefore_isAnEventNamedWithoutTheSubject() {
    // GIVEN talks no sentence before names, their head followed by a given name read as the clause's subject
    Document doc = russian("На переговорах Иван Петров отметил рост взаимной торговли.");
    // THEN the talks are an event, named without the person, held as the past verb reports
    assertEquals("переговоры", event(doc, "переговор").name(), () -> events(doc));
    assertEquals(EventStatus.HELD, event(doc, "переговор").status(), () -> events(doc));
    assertFalse(events(doc).contains("Иван"), () -> events(doc));
  }

  @Test
  void aHeadBeforeTheSubject_afterSuchAnEventInAnEarlierSentence_pointsBackAtIt() {
    // GIVEN talks named and dated in one sentence, then their bare head before a role read as the subject
    Document doc = russian("10 ноября 2024 года в Самарканде прошли узбекско-казахстанские переговоры на высшем уровне."
        + " На переговорах Президент Узбекистана отметил рост взаимной торговли.");
    // THEN there is one event of talks, the one named first
    assertEquals(1, doc.events().stream().filter(e -> e.name().contains("переговор")).count(), () -> events(doc));
    assertEquals("Самарканд", event(doc, "переговор").place().map(p -> p.name()).orElse("-"), () -> events(doc));
  }

  @Test
  void aHeadBeforeTheSubject_afterSuchAnEventEarlierInTheSentence_pointsBackAtIt() {
    // GIVEN a meeting named in a sentence's first clause and its bare head before the subject in the second
    Document doc = russian("9 ноября 2024 года в Бухаре состоялось заседание Совета министров иностранных дел,"
        + " и в ходе заседания Министр Казахстана вручил коллеге приглашение.");
    // THEN there is one meeting, and no event is named after the minister
    assertEquals(1, doc.events().stream().filter(e -> e.name().contains("заседани")).count(), () -> events(doc));
    assertFalse(events(doc).contains("Министр"), () -> events(doc));
  }

  @Test
  void aRoleInTheNominativePluralAfterAVisitsHead_pointsBackAtTheVisit() {
    // GIVEN a dated visit, then its bare head before roles in the nominative plural, the clause's subject
    Document doc = russian("3-4 ноября 2024 года состоялся государственный визит Президента Узбекистана в Республику"
        + " Казахстан. В ходе визита Президенты Казахстана и Узбекистана провели переговоры.");
    // THEN no event is named after the roles in the nominative
    assertFalse(events(doc).contains("Президенты"), () -> events(doc));
    assertEquals("2024-11-03/2024-11-04", event(doc, "визит").date().map(Object::toString).orElse("-"), () -> events(doc));
  }

  @Test
  void aFormOfAddressAfterTheRoleInAVisitsName_endsTheName() {
    // GIVEN a visit named by a role and, after a lower-case form of address, the person who holds it
    Document doc = russian("3-4 ноября 2024 года состоялся официальный визит Президента Узбекистана господина Ивана"
        + " Петрова в Республику Казахстан.");
    // THEN the visit is named by the role, without the person addressed
    assertEquals("официальный визит Президента Узбекистана", event(doc, "визит").name(), () -> events(doc));
    assertEquals("Казахстан", event(doc, "визит").place().map(p -> p.name()).orElse("-"), () -> events(doc));
  }
}
