package dev.entente.parser;

import static dev.entente.parser.DatedStatements.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import org.junit.jupiter.api.Test;

/**
 * A visit told by the visitor's stay in the past («находился с визитом», the verb before the visit or after
 * it), and a title that names whose visit the body tells by its head alone, on sentences written for these
 * tests (none is taken from a real document).
 */
final class EventVisitorsStayTest {
  private static final Parser RUSSIAN = Parser.russian();

  @Test
  void aStayToldAfterTheVisit_isAVisitThatTookPlace() {
    // GIVEN a visit whose verb of stay follows it, the visitor after the verb
    Document doc = RUSSIAN.parse("ru-test", "Коммюнике\n\nС 3 по 5 марта 1981 г. в Болгарии с рабочим визитом"
        + " находился министр обороны Чили.\n");
    Event visit = DatedStatements.event(doc, "визит");
    // THEN the verb ends no name: the visit stands, and took place
    assertEquals(EventKind.VISIT, visit.kind(), () -> events(doc));
    assertEquals(EventStatus.HELD, visit.status(), () -> events(doc));
  }

  @Test
  void anotherVerbOfStayAfterTheVisit_endsNoName() {
    // GIVEN a visit whose other verb of stay («пребывал») follows it
    Document doc = RUSSIAN.parse("ru-test", "Коммюнике\n\nС 3 по 5 марта 1981 г. в Болгарии с рабочим визитом"
        + " пребывал министр обороны Чили.\n");
    // THEN the visit stands, and took place
    assertEquals(EventStatus.HELD, DatedStatements.event(doc, "визит").status(), () -> events(doc));
  }

  @Test
  void aTitleNamingTheVisitor_completesTheBodysVisitNamedByItsHead() {
    // GIVEN a title on the visit of a minister and a body that names the visit by its head alone
    Document doc = RUSSIAN.parse("ru-test", "Коммюнике о визите министра обороны Чили в Болгарию\n\n"
        + "Министр обороны Чили с 3 по 5 марта 1981 г. находился с дружественным визитом в Болгарии.\n");
    // THEN one visit, named by the body's words and the visitor the title gives
    assertEquals(1, doc.events().size(), () -> events(doc));
    Event visit = doc.events().get(0);
    assertTrue(visit.name().startsWith("дружественный визит министра обороны Чили"), () -> events(doc));
    assertEquals("1981-03-03/1981-03-05", visit.date().map(Object::toString).orElse("-"), () -> events(doc));
  }
}
