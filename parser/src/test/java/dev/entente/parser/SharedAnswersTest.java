package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Answers computed once and shared answer as the computation they stand for: {@link PrefixLexicon}'s
 * candidates, kept by the trie node a word's walk ends at and shared by every word that ends there
 * («совместная», «совместную»), apart for a word that ends exactly where a whole-word pattern does;
 * and {@link EventRecognizer#wordsOf}, which reads a name's words without a regular expression.
 */
final class SharedAnswersTest {
  private static final LanguageData RU = LanguageData.of("ru");

  @Test
  void prefixLexicon_wordsEndingAtOneNode_shareCandidates_butAWholeWordPatternOnlyFitsTheWholeWord() {
    PrefixLexicon<String> lexicon = new PrefixLexicon<>();
    lexicon.add("совместн заявлен", "statement", "test:1");
    lexicon.add("совмест деклар", "declaration", "test:2");
    lexicon.add("совместн.", "bare", "test:3");
    lexicon.add("совместное заявление о", "statement about", "test:4");
    Tokens t = RU.tokenizer.tokenize(RU.normalizer.normalize(
        "Совместное заявление о партнёрстве. Совместная декларация. Совместную декларацию. Совместн. Совместнее."));
    List<String> found = new ArrayList<>();
    for (int i = 0; i < t.size; i++) {
      PrefixLexicon.Hit<String> hit = lexicon.longestAt(t, i, t.size);
      found.add(hit == null ? null : hit.entry.value + " " + hit.first + "-" + hit.last);
    }
    assertEquals("statement about 0-3", found.get(0));
    assertEquals("declaration 4-6", found.get(4));
    assertEquals("declaration 6-8", found.get(6));
    assertEquals("bare 8-9", found.get(8));
    // «совместнее» ends at the same node as «совместная», past the whole word «совместн»: no pattern.
    assertNull(found.get(9));
    assertEquals(10, t.size);
  }

  @Test
  void wordsOfAName_areTheRunsOfLettersAndNumbers_asARegularExpressionSplitsThem() {
    Pattern notAWord = Pattern.compile("[^\\p{L}\\p{N}]+");
    for (String name : List.of("the fifty-first pacific islands forum", "«Россия — АСЕАН» 2024", "  -саммит G20 (Нью-Дели)  ",
        "o'neill's 3rd meeting", "", "--", "ⅻ встреча № 5", "x\ud835\udc00y z", "a\ud800b")) {
      List<String> expected = new ArrayList<>();
      for (String piece : notAWord.split(name)) {
        if (!piece.isEmpty()) {
          expected.add(piece);
        }
      }
      assertEquals(expected, EventRecognizer.wordsOf(name), name);
    }
  }
}
