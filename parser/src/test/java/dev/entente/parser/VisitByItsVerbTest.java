package dev.entente.parser;

import static dev.entente.parser.OwnSentences.dump;
import static dev.entente.parser.OwnSentences.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A visit told by a verb of visit in the past with its destination right after it («посетил Монголию в феврале»),
 * where the sentence names no visit by its noun: the older joint statements tell their occasion so.
 */
final class VisitByItsVerbTest {

  private static List<Event> visits(Document doc) {
    return doc.events().stream().filter(e -> e.kind() == EventKind.VISIT).toList();
  }

  @Test
  void visitTo_pastVerbBeforeAState() {
    // GIVEN a minister who went to a state in a month before the document's day
    Document doc = parse("Министр сельского хозяйства Республики Казахстан посетил Монголию в феврале 2024 года.");
    // WHEN the visits are read
    List<Event> visits = visits(doc);
    // THEN one visit there, dated and held
    assertEquals(1, visits.size(), dump(doc));
    Event visit = visits.get(0);
    assertEquals("Монголия", visit.place().orElseThrow().name(), dump(doc));
    assertEquals("2024-02", visit.date().orElseThrow().toString(), dump(doc));
    assertEquals(EventStatus.HELD, visit.status(), dump(doc));
  }

  @Test
  void visitTo_verbBesideTheNounOfTheVisit() {
    // GIVEN a verb of visit whose sentence names the visit by its noun
    Document doc = parse("Президент Монголии посетил Республику Казахстан с официальным визитом 10–11 марта 2024 года.");
    // WHEN the visits are read
    List<Event> visits = visits(doc);
    // THEN the noun's visit is the only one
    assertEquals(1, visits.size(), dump(doc));
    assertEquals("официальный визит", visits.get(0).name(), dump(doc));
  }

  @Test
  void visitTo_verbBeforeNoPlace() {
    // GIVEN a verb of visit whose object is no state or city
    Document doc = parse("Делегация посетила выставку сельскохозяйственной техники.");
    // WHEN the visits are read
    // THEN none is read
    assertEquals(0, visits(doc).size(), dump(doc));
  }
}
