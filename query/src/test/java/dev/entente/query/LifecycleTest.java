package dev.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.EdtfDate;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import dev.entente.model.Place;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class LifecycleTest {
  private final Corpus corpus = Query.from(List.of(Fixtures.a(), Fixtures.b()));

  @Test
  void lifecycle_twoDocuments_ordersMeetingsByOrdinal() {
    // WHEN
    Lifecycle council = corpus.lifecycle("council");
    // THEN
    assertEquals(List.of(6, 8), council.byOrdinal().keySet().stream().collect(Collectors.toList()));
    assertEquals(List.of("council-6", "council-6b", "council-8"),
        council.events().stream().map(h -> h.item().id()).collect(Collectors.toList()));
    assertTrue(council.unnumbered().isEmpty());
  }

  @Test
  void lifecycle_missingOrdinal_isAGap() {
    // THEN the 6th and 8th meetings are known, the 7th is not
    assertEquals(List.of(7), corpus.lifecycle("council").gaps());
  }

  @Test
  void lifecycle_documentsDisagree_flagsDateAndPlace() {
    // GIVEN a-2025 plans the 6th meeting for 2025-11 in Астана; b-2026 says it was held on
    // 2026-03-10 in Ташкент
    // WHEN
    List<Lifecycle.Contradiction> contradictions = corpus.lifecycle("council").contradictions();
    // THEN
    assertEquals(2, contradictions.size());
    assertEquals(Lifecycle.Aspect.DATE, contradictions.get(0).aspect());
    assertEquals("ordinal 6: DATE 2025-11 in a-2025, 2026-03-10 in b-2026",
        contradictions.get(0).toString());
    assertEquals("ordinal 6: PLACE Астана in a-2025, Ташкент in b-2026",
        contradictions.get(1).toString());
  }

  @Test
  void lifecycle_coarserDateThatContainsTheFinerOne_isNoContradiction() {
    // GIVEN one document says 2026, another 2026-03-10, same place
    Corpus corpus = Query.from(List.of(withEvent("x", EdtfDate.ofYear(2026)),
        withEvent("y", EdtfDate.ofDay(2026, 3, 10))));
    // THEN
    assertTrue(corpus.lifecycle("m").contradictions().isEmpty());
    assertTrue(corpus.lifecycle("m").gaps().isEmpty());
  }

  @Test
  void lifecycle_unknownMechanism_isEmpty() {
    // WHEN
    Lifecycle none = corpus.lifecycle("nothing");
    // THEN
    assertTrue(none.events().isEmpty());
    assertEquals("Lifecycle[nothing: ordinals [], gaps [], contradictions 0]", none.toString());
  }

  private static Document withEvent(String id, EdtfDate date) {
    return Document.builder().id(id).title("").kind(dev.entente.model.DocumentKind.OTHER)
        .language("ru").text("встреча")
        .addEvent(Event.builder().id("e").name("2-я встреча").kind(EventKind.MEETING).ordinal(2)
            .date(date).place(Place.of("Бишкек", "KG")).status(EventStatus.HELD).mechanism("m")
            .build())
        .build();
  }
}
