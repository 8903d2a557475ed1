package dev.entente.query;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.entente.model.EdtfDate;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import dev.entente.query.DocumentAssert.Asserts;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link Event}; start with {@link EntenteAssertions#assertThat(Event)} or
 * {@link DocumentAssert#event(String)}.
 */
@CanIgnoreReturnValue
public class EventAssert extends AbstractAssert<EventAssert, Event> {
  /**
   * Assertions on {@code actual}; {@link EntenteAssertions#assertThat(Event)} reads better.
   *
   * @param actual the event under test, or null (which fails at the first assertion)
   */
  public EventAssert(Event actual) {
    super(actual, EventAssert.class);
  }

  /**
   * Asserts that the event lies ahead of its document.
   *
   * @return this
   */
  public EventAssert isPlanned() {
    return hasStatus(EventStatus.PLANNED);
  }

  /**
   * Asserts that the event took place before its document, or is its occasion.
   *
   * @return this
   */
  public EventAssert isHeld() {
    return hasStatus(EventStatus.HELD);
  }

  private EventAssert hasStatus(EventStatus status) {
    if (present().status() != status) {
      fail("to be " + status + " but it is " + actual.status());
    }
    return this;
  }

  /**
   * Asserts the sort of event.
   *
   * @param kind the kind expected
   * @return this
   */
  public EventAssert hasKind(EventKind kind) {
    Asserts.notNull(kind, "kind");
    if (present().kind() != kind) {
      fail("to be a " + kind + " but it is a " + actual.kind());
    }
    return this;
  }

  /**
   * Asserts that the event takes place at the place named {@code place} («Астана»), or in the
   * country with that id ({@code KZ}).
   *
   * @param place a place name or a country id
   * @return this
   */
  public EventAssert isAt(String place) {
    Asserts.notNull(place, "place");
    if (!Items.placeMatches(present().place(), place)) {
      fail("to take place at «" + place + "» but its place is "
          + actual.place().map(p -> p.name() + p.country().map(c -> " (" + c + ")").orElse(""))
              .orElse("unknown"));
    }
    return this;
  }

  /**
   * Asserts the event's date as EDTF writes it: {@code 2025-11}, {@code 2026-03-10}.
   *
   * @param edtf the date expected
   * @return this
   */
  public EventAssert hasDate(String edtf) {
    Asserts.notNull(edtf, "edtf");
    if (!present().date().map(EdtfDate::toString).equals(Optional.of(edtf))) {
      fail("to be dated " + edtf + " but its date is "
          + actual.date().map(EdtfDate::toString).orElse("unknown"));
    }
    return this;
  }

  /**
   * Asserts the ordinal in the event's name (6 for «6-я встреча»).
   *
   * @param ordinal the ordinal expected
   * @return this
   */
  public EventAssert hasOrdinal(int ordinal) {
    if (!present().ordinal().equals(Optional.of(ordinal))) {
      fail("to have ordinal " + ordinal + " but its ordinal is "
          + actual.ordinal().map(String::valueOf).orElse("unknown"));
    }
    return this;
  }

  /**
   * Asserts that the event is a meeting of the mechanism with id {@code mechanism}.
   *
   * @param mechanism a mechanism id
   * @return this
   */
  public EventAssert isMeetingOf(String mechanism) {
    Asserts.notNull(mechanism, "mechanism");
    if (!present().mechanism().equals(Optional.of(mechanism))) {
      fail("to be a meeting of " + mechanism + " but it is one of "
          + actual.mechanism().orElse("no mechanism"));
    }
    return this;
  }

  private Event present() {
    if (actual == null) {
      failWithMessage("%s", "expected an event but was null");
    }
    return actual;
  }

  private void fail(String expectation) {
    failWithMessage("%s", "expected event " + actual.id() + " «" + actual.name() + "» "
        + expectation);
  }
}
