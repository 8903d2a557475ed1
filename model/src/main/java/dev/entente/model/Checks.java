package dev.entente.model;

import java.util.regex.Pattern;

/** Context-free invariants shared by the value types' {@code @Value.Check} methods. */
final class Checks {
  private static final Pattern PARTY_ID = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
  private static final Pattern ITEM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");

  private Checks() {}

  static void span(int start, int end) {
    if (start < 0 || start > end) {
      throw new IllegalArgumentException(String.format(
          "span must have 0 <= start <= end: [%s..%s)", start, end));
    }
  }

  static void partyId(String id) {
    if (!PARTY_ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "party id must be upper-case letters, digits or '_', starting with a letter: '" + id + "'");
    }
  }

  static void itemId(String id) {
    if (!ITEM_ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "id must be letters, digits, '_', '.', ':' or '-', at most 128: '" + id + "'");
    }
  }

  static void notBlank(String what, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }
}
