package dev.entente.parser;

import java.util.List;

/**
 * Cuts one inflectional ending off a lower-cased word, the longest from the language's
 * {@code endings.tsv}, keeping at least {@value #MIN_STEM} letters. Gazetteer names and the text
 * are stemmed alike, so «Республики Казахстан» meets «Республика Казахстан»; forms whose stem shifts
 * («Китай»/«Китая») are listed whole in the gazetteers and matched before stems.
 */
final class Stemmer {
  static final int MIN_STEM = 3;

  /** The endings reversed into a trie: walking a word from its end finds every ending it has. */
  private static final class Node extends CharTrie<Node> {
    boolean ending;
  }

  private final Node root = new Node();

  Stemmer(List<String> endings) {
    for (String ending : endings) {
      Node node = root;
      for (int k = ending.length() - 1; k >= 0; k--) {
        node = node.childOrAdd(ending.charAt(k), Node::new);
      }
      node.ending = true;
    }
  }

  /** The word without its longest ending that leaves at least {@value #MIN_STEM} letters. */
  String stem(String word) {
    Node node = root;
    int cut = 0;
    for (int k = word.length() - 1; k >= MIN_STEM && node != null; k--) {
      node = node.child(word.charAt(k));
      if (node != null && node.ending) {
        cut = word.length() - k;
      }
    }
    return cut == 0 ? word : word.substring(0, word.length() - cut);
  }
}
