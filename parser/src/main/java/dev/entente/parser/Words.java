package dev.entente.parser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed word classes and endings of a language ({@code words.tsv}): function words,
 * demonstratives, adjective and participle endings, cue words. The recognisers ask here instead of
 * keeping Russian in code.
 */
final class Words {
  private final Map<String, List<String>> byKind = new HashMap<>();
  private final Map<String, Set<String>> sets = new HashMap<>();

  Words(String resource) {
    for (Tsv.Row row : Tsv.read(resource, 2)) {
      if (byKind.put(row.get(0), List.copyOf(row.values(1))) != null) {
        throw row.error("word class '" + row.get(0) + "' is listed twice");
      }
    }
    byKind.forEach((kind, words) -> sets.put(kind, Set.copyOf(words)));
  }

  /** The words of {@code kind}, in file order. */
  List<String> list(String kind) {
    List<String> words = byKind.get(kind);
    if (words == null) {
      throw new IllegalStateException("language data has no word class " + kind);
    }
    return words;
  }

  /** Whether {@code word} is one of {@code kind}. */
  boolean is(String kind, String word) {
    Set<String> set = sets.get(kind);
    if (set == null) {
      throw new IllegalStateException("language data has no word class " + kind);
    }
    return set.contains(word);
  }

  /** Whether {@code word} starts with one of the prefixes of {@code kind}. */
  boolean startsWithAny(String kind, String word) {
    for (String prefix : list(kind)) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} ends with one of the endings of {@code kind}. */
  boolean endsWithAny(String kind, String word) {
    for (String ending : list(kind)) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of four letters or more ends like an adjective. */
  boolean isAdjective(String word) {
    return word.length() >= 4 && endsWithAny("ADJECTIVE_ENDING", word);
  }
}
