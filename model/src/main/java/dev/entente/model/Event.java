package dev.entente.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Something that happens at a time: a meeting, summit, forum, conference, session, visit… */
@Value.Immutable
@JsonSerialize(as = ImmutableEvent.class)
@JsonDeserialize(as = ImmutableEvent.class)
public interface Event {
  /** A stable id derived from the normalised name ({@code event-902f2e2a}). */
  @Value.Parameter
  String id();

  /** The name as the text gives it, ordinal included («6-й встречи …»). */
  @Value.Parameter
  String name();

  /** The sort of occasion. */
  @Value.Parameter
  EventKind kind();

  /** The ordinal in the name: 6 for «6-я», 2 for «второй». */
  @Value.Parameter
  Optional<Integer> ordinal();

  /** When it took or takes place, at the precision the text gives. */
  @Value.Parameter
  Optional<EdtfDate> date();

  /** Where it took or takes place. */
  @Value.Parameter
  Optional<Place> place();

  /** Whether it took place before the document or lies ahead. */
  @Value.Parameter
  EventStatus status();

  /** The id of the mechanism this event is a meeting of. */
  @Value.Parameter
  Optional<String> mechanism();

  /** Every place in the text that names this event, in text order. */
  @Value.Parameter
  List<Mention> mentions();

  /** The rule or lexicon entry that found it. */
  @Value.Parameter
  @Value.Default
  default String rule() {
    return "";
  }

  /** Why the parser found this: the rule or lexicon entry, and the text it matched. */
  default String explain() {
    return Explanations.of(rule(), mentions());
  }

  /** A builder for an event; {@code build()} checks its invariants. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Event}; see {@link Event#builder()}. */
  final class Builder extends ImmutableEvent.Builder {}

  /** Refuses an event with a malformed id, a blank name or a negative ordinal; Immutables calls it on build. */
  @Value.Check
  default void check() {
    Checks.itemId(id());
    Checks.notBlank("event name", name());
    ordinal().ifPresent(n -> {
      if (n < 0) {
        throw new IllegalArgumentException("event ordinal must not be negative: " + n);
      }
    });
  }
}
