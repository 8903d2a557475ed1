package dev.entente.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A state, organisation, political party or group that a document speaks for or about. */
@Value.Immutable
@JsonSerialize(as = ImmutableParty.class)
@JsonDeserialize(as = ImmutableParty.class)
public interface Party {
  /**
   * ISO 3166-1 alpha-2 for states ({@code KZ}); the usual English acronym for organisations
   * ({@code UN}, {@code SCO}) and political parties ({@code CPC}).
   */
  @Value.Parameter
  String id();

  /** What sort of actor this is. */
  @Value.Parameter
  PartyKind kind();

  /** The canonical Russian name in the nominative. */
  @Value.Parameter
  String name();

  /** The canonical English name, where the gazetteer has one. */
  @Value.Parameter
  Optional<String> nameEn();

  /** Every place in the text that names this party, in text order. */
  @Value.Parameter
  List<Mention> mentions();

  /** A builder for a party; {@code build()} checks its invariants. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Party}; see {@link Party#builder()}. */
  final class Builder extends ImmutableParty.Builder {}

  /** Refuses a party with a malformed id; Immutables calls it on build. */
  @Value.Check
  default void check() {
    Checks.partyId(id());
  }
}
