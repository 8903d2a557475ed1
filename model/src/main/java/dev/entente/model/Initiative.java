package dev.entente.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named initiative, strategy, programme, plan, project, resolution, agreement, treaty or
 * international year or decade («Пояс и путь», «Глобальный цифровой договор»).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInitiative.class)
@JsonDeserialize(as = ImmutableInitiative.class)
public interface Initiative {
  /** A canonical id for well-known initiatives ({@code BRI}, {@code GDI}), else one derived from the name. */
  @Value.Parameter
  String id();

  /** The name as the text gives it (case forms as written: the head word may be inflected). */
  @Value.Parameter
  String name();

  /** The sort of undertaking. */
  @Value.Parameter
  InitiativeKind kind();

  /** The party that proposes, leads or owns it. */
  @Value.Parameter
  Optional<String> proposer();

  /** The period it covers («до 2030 г.» gives {@code 2030}). */
  @Value.Parameter
  Optional<EdtfDate> period();

  /** Every place in the text that names this initiative, in text order. */
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

  /** A builder for an initiative; {@code build()} checks its invariants. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Initiative}; see {@link Initiative#builder()}. */
  final class Builder extends ImmutableInitiative.Builder {}

  /** Refuses an initiative with a malformed id or proposer, or a blank name; Immutables calls it on build. */
  @Value.Check
  default void check() {
    Checks.itemId(id());
    Checks.notBlank("initiative name", name());
    proposer().ifPresent(Checks::partyId);
  }
}
