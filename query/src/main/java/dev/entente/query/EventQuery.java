package dev.entente.query;

import com.google.common.collect.ImmutableSet;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.EventStatus;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A query over events: meetings, summits, forums, visits, held or planned.
 *
 * <pre>{@code
 * corpus.events().planned()
 *     .between(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 12, 31))
 *     .at("Астана")
 *     .toList();
 * }</pre>
 */
public final class EventQuery extends AbstractQuery<EventQuery, Event> {
  private static final Comparator<Event> BY_DATE = Comparator.comparing(e -> e.date().orElseThrow());

  EventQuery(Corpus corpus, Condition<? super Event> condition, Comparator<? super Event> order,
      int limit) {
    super(corpus, corpus.eventIndex(), "events", condition, order, limit);
  }

  @Override
  EventQuery copy(Condition<? super Event> condition, Comparator<? super Event> order, int limit) {
    return new EventQuery(corpus, condition, order, limit);
  }

  /** Events that lie ahead of their document: {@code events().planned()}. */
  public EventQuery planned() {
    return where(Where.planned());
  }

  /** Events that took place (or are the document's occasion): {@code events().held()}. */
  public EventQuery held() {
    return where(Where.held());
  }

  /**
   * Events dated, at least in part, within {@code [from, to]}; undated events never match:
   * {@code events().between(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 12, 31))}.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public EventQuery between(LocalDate from, LocalDate to) {
    return where(Where.between(from, to));
  }

  /** Events dated, at least in part, in {@code year}: {@code events().during(Year.of(2026))}. */
  public EventQuery during(Year year) {
    return between(year.atDay(1), year.atMonth(12).atEndOfMonth());
  }

  /**
   * Events at the place named {@code place} or in the country {@code place}:
   * {@code events().at("Астана")}, {@code events().at("KZ")}.
   */
  public EventQuery at(String place) {
    return where(Where.at(place));
  }

  /** Events of {@code kind}: {@code events().ofKind(EventKind.SUMMIT)}. */
  public EventQuery ofKind(EventKind kind) {
    return where(Where.ofKind(kind));
  }

  /** Meetings of a mechanism: {@code events().ofMechanism("c5-summit")}. */
  public EventQuery ofMechanism(String mechanism) {
    return where(Where.ofMechanism(mechanism));
  }

  /** Events with ordinal {@code ordinal}: {@code events().withOrdinal(6)}. */
  public EventQuery withOrdinal(int ordinal) {
    return where(Where.withOrdinal(ordinal));
  }

  /** The event(s) with this id: {@code events().withId("e1")}. */
  public EventQuery withId(String id) {
    return where(Where.withId(id));
  }

  /** Events whose name contains {@code part}: {@code events().named("саммит")}. */
  public EventQuery named(String part) {
    return where(Where.named(part));
  }

  /**
   * The dated results in date order (earliest first day, then earliest last day; ties keep the
   * corpus order); undated events are left out.
   *
   * <pre>{@code
   * for (Hit<Event> hit : corpus.events().ofMechanism("c5-summit").timeline()) { … }
   * }</pre>
   */
  public List<Hit<Event>> timeline() {
    // The date order replaces any earlier sortedBy: a timeline is ordered by date first.
    EventQuery dated = where(e -> e.date().isPresent());
    return dated.copy(dated.condition, BY_DATE, dated.limitOrNegative()).hits();
  }

  /** The distinct ids of the results, in order of first result. */
  public Set<String> ids() {
    return stream().map(Event::id).collect(ImmutableSet.toImmutableSet());
  }

  /** How many results are of each kind, most frequent first: {@code countBy(Event::kind)}, from the index. */
  public Map<EventKind, Long> countByKind() {
    return countByIndexed(Fields.KIND, Event::kind);
  }

  /** How many results have each status, most frequent first, counted from the index. */
  public Map<EventStatus, Long> countByStatus() {
    return countByIndexed(Fields.STATUS, Event::status);
  }
}
