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
  @Override
  int start();

  @Override
  int end();

  /** Party ids of the subjects; «Стороны» resolves to the signatories. */
  List<String> actors();

  /** The act of the main verb, if the lexicon knows it. */
  Optional<Act> act();

  /** How strongly the wording commits the actors. */
  Optional<Strength> strength();

  /** The CAMEO code of the act, for event-data tools. */
  Optional<String> cameo();

  /** True when the act is negated («не поддерживают»). */
  @Value.Default
  default boolean negated() {
    return false;
  }

  List<Topic> topics();

  /** Ids of the parties mentioned in the sentence, actors included. */
  List<String> parties();

  List<String> initiatives();

  List<String> mechanisms();

  List<String> events();

  /** The lexicon entry that gave the act, e.g. {@code acts.tsv:12 поддерж}. */
  @Value.Default
  default String rule() {
    return "";
  }

  /** Why the parser read this act: the lexicon entry of the verb, and the sentence's span. */
  default String explain() {
    return (rule().isEmpty() ? "(no act recognised)" : rule()) + " in " + span();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Statement}; see {@link Statement#builder()}. */
  final class Builder extends ImmutableStatement.Builder {}

  @Value.Check
  default void check() {
    Checks.span(start(), end());
    actors().forEach(Checks::partyId);
    parties().forEach(Checks::partyId);
  }
}
