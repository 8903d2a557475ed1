package dev.entente.query;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.entente.model.Document;
import dev.entente.model.DocumentKind;
import dev.entente.model.Event;
import dev.entente.model.EventStatus;
import dev.entente.model.Mechanism;
import dev.entente.model.Party;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link Document}; start with {@link EntenteAssertions#assertThat(Document)}.
 * Each check returns this object, so assertions chain; {@link #event}, {@link #mechanism} and
 * {@link #statement} move on to one item of the document. Party ids may be given in any case.
 */
@CanIgnoreReturnValue
public class DocumentAssert extends AbstractAssert<DocumentAssert, Document> {
  /**
   * Assertions on {@code actual}; {@link EntenteAssertions#assertThat(Document)} reads better.
   *
   * @param actual the document under test, or null (which fails at the first assertion)
   */
  public DocumentAssert(Document actual) {
    super(actual, DocumentAssert.class);
  }

  /**
   * Asserts that the signatories are exactly {@code parties}, in any order.
   *
   * @param parties the party ids expected ({@code "AZ"}, {@code "cn"})
   * @return this
   */
  public DocumentAssert hasSignatories(String... parties) {
    List<String> expected = Asserts.partyIds(parties, "parties");
    List<String> actualIds = present().signatories();
    List<String> missing = Asserts.minus(expected, actualIds);
    List<String> extra = Asserts.minus(actualIds, expected);
    if (!missing.isEmpty() || !extra.isEmpty()) {
      fail("to have signatories " + expected + " but its signatories are " + actualIds
          + Asserts.difference(missing, extra));
    }
    return this;
  }

  /**
   * Asserts that each of {@code parties} is a signatory (others may be too).
   *
   * @param parties the party ids expected among the signatories
   * @return this
   */
  public DocumentAssert hasSignatoriesContaining(String... parties) {
    List<String> expected = Asserts.partyIds(parties, "parties");
    List<String> missing = Asserts.minus(expected, present().signatories());
    if (!missing.isEmpty()) {
      fail("to have signatories " + expected + " but its signatories are "
          + actual.signatories() + " (missing " + missing + ")");
    }
    return this;
  }

  /**
   * Asserts that the document names the party with id {@code party}.
   *
   * @param party a party id ({@code "KZ"} or {@code "kz"})
   * @return this
   */
  public DocumentAssert hasParty(String party) {
    String id = Asserts.partyIds(new String[] {party}, "party").get(0);
    if (present().party(id).isEmpty()) {
      fail("to have party " + id + " but its parties are " + ids(actual.parties(), Party::id));
    }
    return this;
  }

  /**
   * Asserts that the document names each of {@code parties} (and maybe others).
   *
   * @param parties the party ids expected among its parties
   * @return this
   */
  public DocumentAssert hasPartiesContaining(String... parties) {
    List<String> expected = Asserts.partyIds(parties, "parties");
    List<String> named = present().parties().stream().map(Party::id).collect(Collectors.toList());
    List<String> missing = Asserts.minus(expected, named);
    if (!missing.isEmpty()) {
      fail("to have parties " + expected + " but its parties are " + named
          + " (missing " + missing + ")");
    }
    return this;
  }

  /**
   * Asserts the document's kind.
   *
   * @param kind the kind expected
   * @return this
   */
  public DocumentAssert hasKind(DocumentKind kind) {
    Asserts.notNull(kind, "kind");
    if (present().kind() != kind) {
      fail("to be a " + kind + " but it is a " + actual.kind());
    }
    return this;
  }

  /**
   * Asserts that some initiative has id {@code idOrName}, or a name that contains it.
   *
   * @param idOrName an id ({@code BRI}) or part of a name, ignoring case and ё/е
   * @return this
   */
  public DocumentAssert hasInitiative(String idOrName) {
    Asserts.notNull(idOrName, "idOrName");
    if (present().initiatives().stream().noneMatch(i -> i.id().equals(idOrName)
        || Items.nameContains(i, idOrName))) {
      fail("to have an initiative with id or name «" + idOrName + "» but its initiatives are "
          + ids(actual.initiatives(), i -> i.id() + " «" + i.name() + "»"));
    }
    return this;
  }

  /**
   * Asserts that some mechanism has id {@code idOrName}, or a name that contains it.
   *
   * @param idOrName an id or part of a name, ignoring case and ё/е
   * @return this
   */
  public DocumentAssert hasMechanism(String idOrName) {
    findMechanism(idOrName);
    return this;
  }

  /**
   * Asserts that some planned event has id {@code idOrName}, or a name that contains it, or takes
   * place at the place (or in the country) {@code idOrName}.
   *
   * @param idOrName an id, part of a name, a place or a country id
   * @return this
   */
  public DocumentAssert hasEventPlanned(String idOrName) {
    Asserts.notNull(idOrName, "idOrName");
    if (present().events().stream().noneMatch(e -> e.status() == EventStatus.PLANNED
        && (e.id().equals(idOrName) || Items.nameContains(e, idOrName)
            || Items.placeMatches(e.place(), idOrName)))) {
      fail("to have a planned event with id, name or place «" + idOrName + "» but its events are "
          + ids(actual.events(), (Event e) -> e.id() + " «" + e.name() + "» " + e.status()));
    }
    return this;
  }

  /**
   * Asserts that the document has exactly {@code count} numbered clauses (preamble not counted).
   *
   * @param count the number expected
   * @return this
   */
  public DocumentAssert hasClauses(int count) {
    if (present().clauses().size() != count) {
      fail("to have " + count + " numbered clauses but it has " + actual.clauses().size());
    }
    return this;
  }

  /**
   * Asserts that the document has a statement by {@code party}, then moves on to the first one.
   *
   * @param party the id of one of the statement's actors
   * @return assertions on that statement
   */
  public StatementAssert statementBy(String party) {
    String id = Asserts.partyIds(new String[] {party}, "party").get(0);
    Optional<dev.entente.model.Statement> found = present().statements().stream()
        .filter(s -> s.actorIds().contains(id)).findFirst();
    if (found.isEmpty()) {
      fail("to have a statement by " + id + " but its statements' actors are "
          + actual.statements().stream().flatMap(s -> s.actorIds().stream()).distinct()
              .collect(Collectors.toList()));
    }
    return new StatementAssert(found.get()).as("%s", "statement by " + id + " in " + actual.id());
  }

  /**
   * Asserts that the document has a statement number {@code index} (0 is the first, preamble
   * included), then moves on to it.
   *
   * @param index the position in {@link Document#statements()}
   * @return assertions on that statement
   */
  public StatementAssert statement(int index) {
    int size = present().statements().size();
    if (index < 0 || index >= size) {
      fail("to have a statement at index " + index + " but it has " + size + " statements");
    }
    return new StatementAssert(actual.statements().get(index))
        .as("%s", "statement " + index + " of " + actual.id());
  }

  /**
   * Asserts that the document has an event with id {@code idOrName}, or a name that contains it,
   * then moves on to the first such event.
   *
   * @param idOrName an id or part of a name, ignoring case and ё/е
   * @return assertions on that event
   */
  public EventAssert event(String idOrName) {
    Asserts.notNull(idOrName, "idOrName");
    Optional<Event> found = present().events().stream()
        .filter(e -> e.id().equals(idOrName) || Items.nameContains(e, idOrName)).findFirst();
    if (found.isEmpty()) {
      fail("to have an event with id or name «" + idOrName + "» but its events are "
          + ids(actual.events(), (Event e) -> e.id() + " «" + e.name() + "»"));
    }
    return new EventAssert(found.get()).as("%s", "event «" + idOrName + "» of " + actual.id());
  }

  /**
   * Asserts that the document has a mechanism with id {@code idOrName}, or a name that contains
   * it, then moves on to the first such mechanism.
   *
   * @param idOrName an id or part of a name, ignoring case and ё/е
   * @return assertions on that mechanism
   */
  public MechanismAssert mechanism(String idOrName) {
    return new MechanismAssert(findMechanism(idOrName))
        .as("%s", "mechanism «" + idOrName + "» of " + actual.id());
  }

  private Mechanism findMechanism(String idOrName) {
    Asserts.notNull(idOrName, "idOrName");
    Optional<Mechanism> found = present().mechanisms().stream()
        .filter(m -> m.id().equals(idOrName) || Items.nameContains(m, idOrName)).findFirst();
    if (found.isEmpty()) {
      fail("to have a mechanism with id or name «" + idOrName + "» but its mechanisms are "
          + ids(actual.mechanisms(), (Mechanism m) -> m.id() + " «" + m.name() + "»"));
    }
    return found.get();
  }

  private Document present() {
    if (actual == null) {
      failWithMessage("%s", "expected a document but was null");
    }
    return actual;
  }

  private static <T> String ids(List<T> items, Function<T, String> describe) {
    return items.stream().map(describe).collect(Collectors.joining(", ", "[", "]"));
  }

  private void fail(String expectation) {
    failWithMessage("%s", "expected document " + actual.id() + " " + expectation);
  }

  /** Argument checks and list differences shared by the assertion classes. */
  static final class Asserts {
    private Asserts() {}

    static <T> T notNull(T value, String name) {
      if (value == null) {
        throw new NullPointerException(name + " must not be null");
      }
      return value;
    }

    static List<String> partyIds(String[] ids, String name) {
      notNull(ids, name);
      List<String> result = new ArrayList<>();
      for (String id : ids) {
        result.add(Where.partyId(notNull(id, "each of " + name)));
      }
      return result;
    }

    static <T> List<T> minus(List<T> from, List<T> take) {
      List<T> rest = new ArrayList<>(from);
      rest.removeAll(take);
      return rest;
    }

    static String difference(List<?> missing, List<?> extra) {
      List<String> parts = new ArrayList<>();
      if (!missing.isEmpty()) {
        parts.add("missing " + missing);
      }
      if (!extra.isEmpty()) {
        parts.add("not expected " + extra);
      }
      return " (" + String.join(", ", parts) + ")";
    }
  }
}
