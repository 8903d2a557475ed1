package dev.entente.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A city or, failing that, a country, named in the nominative («Алматы», «Казахстан»). */
@Value.Immutable
@JsonSerialize(as = ImmutablePlace.class)
@JsonDeserialize(as = ImmutablePlace.class)
public interface Place {
  /** The nominative name as a Russian text writes it. */
  @Value.Parameter
  String name();

  /** ISO 3166-1 alpha-2 of the state the place is in, where known. */
  @Value.Parameter
  Optional<String> country();

  /**
   * {@return a place}
   *
   * @param name the nominative name
   * @param country the ISO 3166-1 alpha-2 code of its state, where known
   */
  static Place of(String name, Optional<String> country) {
    return ImmutablePlace.of(name, country);
  }

  /**
   * {@return a place in a known state}
   *
   * @param name the nominative name
   * @param country the ISO 3166-1 alpha-2 code of its state
   */
  static Place of(String name, String country) {
    return ImmutablePlace.of(name, Optional.of(country));
  }

  /** Refuses a blank name or a malformed country code; Immutables calls it on build. */
  @Value.Check
  default void check() {
    Checks.notBlank("place name", name());
    country().ifPresent(Checks::partyId);
  }
}
