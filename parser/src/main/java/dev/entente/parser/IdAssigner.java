package dev.entente.parser;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
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

  static void assign(List<Concept> concepts) {
    Set<String> used = new HashSet<>();
    for (Concept c : concepts) {
      String id = c.knownId;
      if (id == null || used.contains(id)) {
        String base = c.concept.name().toLowerCase(Locale.ROOT) + "-"
            + Hashing.murmur3_32_fixed().hashString(c.key, StandardCharsets.UTF_8);
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
