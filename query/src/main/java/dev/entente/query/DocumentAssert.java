package dev.entente.query;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import dev.entente.model.Mechanism;
import dev.entente.model.Party;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Assertions on one {@link Document}; start with {@link EntenteAssertions#assertThat(Document)}.
 * Each method returns this object, so assertions chain.
 */
@CanIgnoreReturnValue
public final class DocumentAssert {
  private final Document actual;

  DocumentAssert(Document actual) {
    if (actual == null) {
      throw new AssertionError("expected a document but was null");
    }
    this.actual = actual;
  }

  /** Asserts that each of {@code parties} is a signatory (others may be too). */
  public DocumentAssert hasSignatories(String... parties) {
    List<String> missing = new ArrayList<>(Arrays.asList(parties));
    missing.removeAll(actual.signatories());
    if (!missing.isEmpty()) {
      fail("to have signatories " + Arrays.toString(parties) + " but its signatories are "
          + actual.signatories() + " (missing " + missing + ")");
    }
    return this;
  }

  /** Asserts that the document names the party with id {@code party}. */
  public DocumentAssert hasParty(String party) {
    if (actual.party(party).isEmpty()) {
      fail("to have party " + party + " but its parties are "
          + ids(actual.parties(), Party::id));
    }
    return this;
  }

  /** Asserts that some initiative has id {@code idOrName}, or a name that contains it. */
  public DocumentAssert hasInitiative(String idOrName) {
    if (actual.initiatives().stream().noneMatch(i -> i.id().equals(idOrName)
        || Items.nameContains(i, idOrName))) {
      fail("to have an initiative with id or name «" + idOrName + "» but its initiatives are "
          + ids(actual.initiatives(), i -> i.id() + " «" + i.name() + "»"));
    }
    return this;
  }

  /** Asserts that some mechanism has id {@code idOrName}, or a name that contains it. */
  public DocumentAssert hasMechanism(String idOrName) {
    if (actual.mechanisms().stream().noneMatch(m -> m.id().equals(idOrName)
        || Items.nameContains(m, idOrName))) {
      fail("to have a mechanism with id or name «" + idOrName + "» but its mechanisms are "
          + ids(actual.mechanisms(), (Mechanism m) -> m.id() + " «" + m.name() + "»"));
    }
    return this;
  }

  /**
   * Asserts that some planned event has id {@code idOrName}, or a name that contains it, or takes
   * place at the place (or in the country) {@code idOrName}.
   */
  public DocumentAssert hasEventPlanned(String idOrName) {
    if (actual.events().stream().noneMatch(e -> e.status() == EventStatus.PLANNED
        && (e.id().equals(idOrName) || Items.nameContains(e, idOrName)
            || Items.placeMatches(e.place(), idOrName)))) {
      fail("to have a planned event with id, name or place «" + idOrName + "» but its events are "
          + ids(actual.events(), (Event e) -> e.id() + " «" + e.name() + "» " + e.status()));
    }
    return this;
  }

  /** Asserts that the document has exactly {@code count} numbered clauses (preamble not counted). */
  public DocumentAssert hasClauses(int count) {
    if (actual.clauses().size() != count) {
      fail("to have " + count + " numbered clauses but it has " + actual.clauses().size());
    }
    return this;
  }

  private <T> String ids(List<T> items, Function<T, String> describe) {
    return items.stream().map(describe).collect(Collectors.joining(", ", "[", "]"));
  }

  private void fail(String expectation) {
    throw new AssertionError("expected document " + actual.id() + " " + expectation);
  }
}
