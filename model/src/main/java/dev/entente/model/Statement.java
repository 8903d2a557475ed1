package dev.entente.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One sentence of a clause read as a diplomatic act: who ({@link #actors()}) does what
 * ({@link #act()}, with a {@link #strength()}) about which {@link #topics()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatement.class)
@JsonDeserialize(as = ImmutableStatement.class)
public interface Statement extends Located {
  @Value.Parameter
  @Override
  int start();

  @Value.Parameter
  @Override
  int end();

  /**
   * Party ids of the subjects; the JSON field {@code actors}.
   * Prefer {@link #actorIds()}, the same list under a name that says it holds ids (this
   * one, named after the JSON field, stays).
   */
  @Value.Parameter
  List<String> actors();

  /** Party ids of the subjects; «Стороны» resolves to the signatories. */
  default List<String> actorIds() {
    return actors();
  }

  /** The act of the main verb, if the lexicon knows it. */
  @Value.Parameter
  Optional<Act> act();

  /**
   * How strongly the wording commits the actors, by the names the JSON field {@code strength}
   * uses; {@link #commitment()} gives the same scale with names that no {@link Act} shares.
   */
  @Value.Parameter
  Optional<Strength> strength();

  /** How strongly the wording commits the actors: a remark, an approval, … an agreement. */
  default Optional<Commitment> commitment() {
    return strength().map(Strength::commitment);
  }

  /** The CAMEO code of the act, for event-data tools. */
  @Value.Parameter
  Optional<String> cameo();

  /** True when the act is negated («не поддерживают»). */
  @Value.Parameter
  @Value.Default
  default boolean negated() {
    return false;
  }

  /** What the sentence is about, from the topic lexicon. */
  @Value.Parameter
  List<Topic> topics();

  /**
   * Ids of the parties mentioned in the sentence; the JSON field {@code parties}.
   * Prefer {@link #partyIds()}, the same list under a name that says it holds ids (this
   * one, named after the JSON field, stays).
   */
  @Value.Parameter
  List<String> parties();

  /** Ids of the parties mentioned in the sentence, actors included. */
  default List<String> partyIds() {
    return parties();
  }

  /**
   * Ids of the initiatives the sentence mentions; the JSON field {@code initiatives}.
   * Prefer {@link #initiativeIds()}, the same list under a name that says it holds ids (this
   * one, named after the JSON field, stays).
   */
  @Value.Parameter
  List<String> initiatives();

  /** Ids of the initiatives the sentence mentions; {@link Document#initiative(String)} finds each. */
  default List<String> initiativeIds() {
    return initiatives();
  }

  /**
   * Ids of the mechanisms the sentence mentions; the JSON field {@code mechanisms}.
   * Prefer {@link #mechanismIds()}, the same list under a name that says it holds ids (this
   * one, named after the JSON field, stays).
   */
  @Value.Parameter
  List<String> mechanisms();

  /** Ids of the mechanisms the sentence mentions; {@link Document#mechanism(String)} finds each. */
  default List<String> mechanismIds() {
    return mechanisms();
  }

  /**
   * Ids of the events the sentence mentions; the JSON field {@code events}.
   * Prefer {@link #eventIds()}, the same list under a name that says it holds ids (this
   * one, named after the JSON field, stays).
   */
  @Value.Parameter
  List<String> events();

  /** Ids of the events the sentence mentions; {@link Document#event(String)} finds each. */
  default List<String> eventIds() {
    return events();
  }

  /** The lexicon entry that gave the act, e.g. {@code acts.tsv:12 поддерж}. */
  @Value.Parameter
  @Value.Default
  default String rule() {
    return "";
  }

  /** Why the parser read this act: the lexicon entry of the verb, and the sentence's span. */
  default String explain() {
    return (rule().isEmpty() ? "(no act recognised)" : rule()) + " in " + span();
  }

  /** A builder for a statement; {@code build()} checks its invariants. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Statement}; see {@link Statement#builder()}. */
  final class Builder extends ImmutableStatement.Builder {}

  /** Refuses a negative or reversed span or a malformed party id; Immutables calls it on build. */
  @Value.Check
  default void check() {
    Checks.span(start(), end());
    // Indexed: an iterator over a JDK immutable list is an object made per loop, and a store
    // load checks millions of statements.
    List<String> actors = actors();
    for (int i = 0; i < actors.size(); i++) {
      Checks.partyId(actors.get(i));
    }
    List<String> parties = parties();
    for (int i = 0; i < parties.size(); i++) {
      Checks.partyId(parties.get(i));
    }
  }
}
