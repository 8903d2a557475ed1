package dev.entente.model;

/** Context-free invariants shared by the value types' {@code @Value.Check} methods. */
final class Checks {

  private Checks() {}

  static void span(int start, int end) {
    if (start < 0 || start > end) {
      throw new IllegalArgumentException(String.format(
          "span must have 0 <= start <= end: [%s..%s)", start, end));
    }
  }

  static void partyId(String id) {
    if (!isPartyId(id)) {
      throw new IllegalArgumentException(
          "party id must be upper-case letters, digits or '_', starting with a letter: '" + id + "'");
    }
  }

  static void itemId(String id) {
    if (!isItemId(id)) {
      throw new IllegalArgumentException(
          "id must be letters or digits (any script), '_', '.', ':' or '-', starting with a letter or digit, at most 128: '"
              + id + "'");
    }
  }

  /** {@code [A-Z][A-Z0-9_]{0,31}}, checked without a regex: ids are checked for every value built. */
  private static boolean isPartyId(String id) {
    if (id.isEmpty() || id.length() > 32 || !isUpper(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!isUpper(c) && !isDigit(c) && c != '_') {
        return false;
      }
    }
    return true;
  }

  /** {@code [\p{L}\p{Nd}][\p{L}\p{Nd}_.:-]{0,127}} over chars of the Basic Multilingual Plane. */
  private static boolean isItemId(String id) {
    if (id.isEmpty() || id.length() > 128 || !isLetterOrDigit(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!isLetterOrDigit(c) && c != '_' && c != '.' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetterOrDigit(char c) {
    return c < 0x80 ? isUpper(c) || isDigit(c) || c >= 'a' && c <= 'z' : Character.isLetterOrDigit(c) && !Character.isSurrogate(c);
  }

  static void notBlank(String what, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }
}
