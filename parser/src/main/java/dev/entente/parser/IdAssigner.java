package dev.entente.parser;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives each merged item its stable id: the lexicon's id for a well-known initiative, else the
 * concept and a hash of its key, so that the same mechanism gets the same id in every document that
 * names it alike; a clash within the document takes a suffix ({@code -2}, {@code -3}…).
 */
final class IdAssigner {
  private IdAssigner() {}

  /** Each concept's lower-case name and a hyphen, the start of its items' ids. */
  private static final String[] PREFIXES = java.util.Arrays.stream(Lexicons.Concept.values())
      .map(c -> c.name().toLowerCase(Locale.ROOT) + "-").toArray(String[]::new);

  static void assign(List<Concept> concepts) {
    Set<String> used = new HashSet<>();
    for (Concept c : concepts) {
      String id = c.knownId;
      if (id == null || used.contains(id)) {
        String base = PREFIXES[c.concept.ordinal()] + Murmur3.utf8Hex32(c.key);
        id = base;
        for (int n = 2; used.contains(id); n++) {
          id = base + "-" + n;
        }
      }
      used.add(id);
      c.id = id;
    }
  }
}
