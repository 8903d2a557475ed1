package dev.entente.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A person named in the document, with the party they represent and their role. */
@Value.Immutable
@JsonSerialize(as = ImmutableParticipant.class)
@JsonDeserialize(as = ImmutableParticipant.class)
public interface Participant {
  /** The name in the nominative, given name first («Ван И», «Ильхам Алиев»). */
  @Value.Parameter
  String name();

  /** The id of the party the person represents, where the text says. */
  @Value.Parameter
  Optional<String> party();

  /** The role as the text gives it, in the nominative («министр иностранных дел»). */
  @Value.Parameter
  Optional<String> role();

  /** Every place in the text that names this person, in text order. */
  @Value.Parameter
  List<Mention> mentions();

  /** The rule that found the person. */
  @Value.Parameter
  @Value.Default
  default String rule() {
    return "";
  }

  /** Why the parser found this: the rule or lexicon entry, and the text it matched. */
  default String explain() {
    return Explanations.of(rule(), mentions());
  }

  /** A builder for a participant; {@code build()} checks its invariants. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Participant}; see {@link Participant#builder()}. */
  final class Builder extends ImmutableParticipant.Builder {}

  /** Refuses a participant with a blank name or a malformed party id; Immutables calls it on build. */
  @Value.Check
  default void check() {
    Checks.notBlank("participant name", name());
    party().ifPresent(Checks::partyId);
  }
}
