package dev.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import dev.entente.model.Topic;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class DocumentDiffTest {
  private final Document a = Fixtures.a();
  private final Document b = Fixtures.b();

  @Test
  void diff_addedAndDropped_byIds() {
    // WHEN
    DocumentDiff diff = Query.diff(a, b);
    // THEN
    assertEquals(Set.of("GDI"), diff.addedInitiatives());
    assertTrue(diff.droppedInitiatives().isEmpty());
    assertTrue(diff.addedMechanisms().isEmpty());
    assertEquals(Set.of("council-6b", "council-8"), diff.addedEvents());
    assertEquals(Set.of("council-6"), diff.droppedEvents());
    assertEquals(Set.of("UZ"), diff.addedParties());
    assertEquals(Set.of("CN", "AZ"), diff.droppedParties());
  }

  @Test
  void diff_stanceChanges_byPartyThenTopicInEnumOrder() {
    // WHEN
    List<String> changes = Query.diff(a, b).stanceChanges().stream()
        .map(DocumentDiff.StanceChange::toString).collect(Collectors.toList());
    // THEN
    assertEquals(List.of(
        "CN on ENERGY: [SUPPORT] → []",
        "KZ on TRADE: [] → [SUPPORT]",
        "KZ on ENERGY: [SUPPORT] → []",
        "KZ on WATER: [NOTE] → []",
        "UZ on ENERGY: [] → [not SUPPORT]"), changes);
  }

  @Test
  void diff_sameDocument_isEmpty() {
    // WHEN
    DocumentDiff diff = Query.diff(a, a);
    // THEN
    assertTrue(diff.isEmpty(), diff.toString());
    assertEquals(a.clauses().size(), diff.nearDuplicateClauses().size());
  }

  @Test
  void diff_republication_pairsEachClauseWithItsNearDuplicate() {
    // GIVEN one word changed in clause 4, quotes replaced in clauses 1 and 2
    Document republished = Fixtures.aRepublished();
    // WHEN
    DocumentDiff diff = Query.diff(a, republished);
    // THEN
    assertEquals(4, diff.nearDuplicateClauses().size());
    assertTrue(diff.addedClauses().isEmpty());
    assertTrue(diff.droppedClauses().isEmpty());
    DocumentDiff.ClausePair edited = diff.nearDuplicateClauses().get(3);
    assertTrue(edited.similarity() >= 0.8 && edited.similarity() < 1, edited.toString());
  }

  @Test
  void diff_unrelatedDocuments_haveNoNearDuplicateClauses() {
    // WHEN
    DocumentDiff diff = Query.diff(a, b);
    // THEN
    assertTrue(diff.nearDuplicateClauses().isEmpty());
    assertEquals(4, diff.addedClauses().size());
    assertEquals(4, diff.droppedClauses().size());
    assertEquals(Topic.ENERGY, diff.stanceChanges().get(0).topic());
  }
}
