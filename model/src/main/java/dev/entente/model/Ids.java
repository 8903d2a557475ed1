package dev.entente.model;

import java.util.Locale;
import java.util.Objects;

/** Argument checks of the model's look-up methods. */
final class Ids {
  private Ids() {}

  static <T> T notNull(T value, String name) {
    return Objects.requireNonNull(value, () -> name + " must not be null");
  }

  /** A party id as the model stores it: upper case ({@code "kz"} is {@code KZ}). */
  static String party(String id) {
    return notNull(id, "party id").toUpperCase(Locale.ROOT);
  }
}
