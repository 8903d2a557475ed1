package dev.entente.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A standing arrangement of cooperation: a format, a recurring meeting at a level, a commission,
 * working group, council, secretariat, consultations, process, centre or group of friends.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMechanism.class)
@JsonDeserialize(as = ImmutableMechanism.class)
public interface Mechanism {
  /** A stable id derived from the normalised name ({@code mechanism-1a2b3c4d}). */
  @Value.Parameter
  String id();

  /** The name as the text gives it (case forms as written: the head word may be inflected). */
  @Value.Parameter
  String name();

  /** The sort of arrangement. */
  @Value.Parameter
  MechanismKind kind();

  /** Who meets in it, where the name says. */
  @Value.Parameter
  Optional<Level> level();

  /** Whether it already works, is created by the document, or is only called for. */
  @Value.Parameter
  MechanismStatus status();

  /** Every place in the text that names this mechanism, in text order. */
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

  /** A builder for a mechanism; {@code build()} checks its invariants. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Mechanism}; see {@link Mechanism#builder()}. */
  final class Builder extends ImmutableMechanism.Builder {}

  /** Refuses a mechanism with a malformed id or a blank name; Immutables calls it on build. */
  @Value.Check
  default void check() {
    Checks.itemId(id());
    Checks.notBlank("mechanism name", name());
  }
}
