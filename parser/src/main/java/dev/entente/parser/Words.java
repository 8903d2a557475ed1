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
  private final Map<String, Affixes> prefixes = new HashMap<>();
  private final Map<String, Affixes> endings = new HashMap<>();

  /** A class's words in a trie, read from the front (prefixes) or the back (endings) of a word. */
  private static final class Affixes extends CharTrie<Affixes> {
    private boolean complete;

    static Affixes of(List<String> affixes, boolean backwards) {
      Affixes root = new Affixes();
      for (String affix : affixes) {
        Affixes node = root;
        for (int k = 0; k < affix.length(); k++) {
          node = node.childOrAdd(affix.charAt(backwards ? affix.length() - 1 - k : k), Affixes::new);
        }
        node.complete = true;
      }
      return root;
    }

    boolean matches(String word, boolean backwards) {
      Affixes node = this;
      for (int k = 0; k < word.length(); k++) {
        if (node.complete) {
          return true;
        }
        node = node.child(word.charAt(backwards ? word.length() - 1 - k : k));
        if (node == null) {
          return false;
        }
      }
      return node.complete;
    }
  }

  Words(String resource) {
    for (Tsv.Row row : Tsv.read(resource, 2)) {
      if (byKind.put(row.get(0), List.copyOf(row.values(1))) != null) {
        throw row.error("word class '" + row.get(0) + "' is listed twice");
      }
    }
    byKind.forEach((kind, words) -> {
      sets.put(kind, Set.copyOf(words));
      prefixes.put(kind, Affixes.of(words, false));
      endings.put(kind, Affixes.of(words, true));
    });
  }

  /** The names of the word classes. */
  Set<String> kinds() {
    return byKind.keySet();
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
    return affixes(prefixes, kind).matches(word, false);
  }

  /** Whether {@code word} ends with one of the endings of {@code kind}. */
  boolean endsWithAny(String kind, String word) {
    return affixes(endings, kind).matches(word, true);
  }

  private static Affixes affixes(Map<String, Affixes> byKind, String kind) {
    Affixes affixes = byKind.get(kind);
    if (affixes == null) {
      throw new IllegalStateException("language data has no word class " + kind);
    }
    return affixes;
  }

  /** Whether a word of four letters or more ends like an adjective. */
  boolean isAdjective(String word) {
    return word.length() >= 4 && endsWithAny("ADJECTIVE_ENDING", word);
  }
}
