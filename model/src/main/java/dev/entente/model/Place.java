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

  static Place of(String name, Optional<String> country) {
    return ImmutablePlace.of(name, country);
  }

  static Place of(String name, String country) {
    return ImmutablePlace.of(name, Optional.of(country));
  }

  @Value.Check
  default void check() {
    Checks.notBlank("place name", name());
    country().ifPresent(Checks::partyId);
  }
}
