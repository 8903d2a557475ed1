package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.entente.model.TextFold;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The parser's fast paths answer what the plain computation they stand for answers: the word cache
 * of {@link Tokenizer} (keys, first letters and hashes of words, however many words compete for its sets)
 * {@link Segmenter#containsFolded} (a marker looked for in the text without folding a copy), and
 * {@link Reflow#breakWideGaps} of a text without tabs (which reads every third char) against its
 * general loop (which a text with tabs takes), {@link Tokens#isNumber}, {@link Tokens#isCapitalized} and
 * {@link Tokens#isUpperCase} (kept as the words were read) and {@link Tokens#gapText} (short gaps
 * kept as strings) against the chars, and a {@link WordFlag} against its question.
 */
final class FastPathsTest {
  private static final LanguageData RU = LanguageData.of("ru");
  private static final int TRIES = Integer.getInteger("entente.property.tries", 300);
  /** Letters and signs the texts are made of: both cases of both alphabets, «ё», digits, spaces. */
  private static final String ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЕЖЗЯabcxyzABCXYZ0129  .,-\n";

  /** Random text over {@link #ALPHABET}, from a seed. */
  private static Gen<String> texts() {
    return SourceDSL.longs().all().map(seed -> {
      Random random = new Random(seed);
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(300); k > 0; k--) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      return text.toString();
    });
  }

  @Test
  void containsFolded_answersAsTheFoldedCopyOfTheLine() {
    int[] answers = new int[2]; // how many tries answered no, and yes: a generator of one answer would test half
    qt().withExamples(TRIES * 5).forAll(texts(), SourceDSL.longs().all()).checkAssert((text, seed) -> {
      Random random = new Random(seed);
      int from = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() - from + 1);
      String folded = TextFold.fold(text, from, to);
      // Half the markers are taken from the folded range itself, so that both answers occur.
      String marker;
      if (random.nextBoolean() && to > from) {
        int at = from + random.nextInt(to - from);
        marker = TextFold.fold(text, at, Math.min(to, at + 1 + random.nextInt(4)));
      } else {
        marker = TextFold.fold(ALPHABET.substring(random.nextInt(ALPHABET.length() - 3)).substring(0, random.nextInt(3)));
      }
      boolean expected = folded.contains(marker);
      assertEquals(expected, Segmenter.containsFolded(text, from, to, marker),
          () -> "'" + marker + "' in '" + folded + "'");
      answers[expected ? 1 : 0]++;
    });
    assertTrue(answers[0] > 0 && answers[1] > 0, "no/yes answers " + answers[0] + "/" + answers[1]);
  }

  @Test
  void tokens_keepEachKeyItsFirstLetterAndHashes_asTheTextSpellsThem() {
    qt().withExamples(TRIES).forAll(texts()).checkAssert(text -> {
      Tokens tokens = RU.tokenizer.tokenize(RU.normalizer.normalize(text));
      for (int i = 0; i < tokens.size; i++) {
        assertEquals(tokens.key[i].charAt(0), tokens.initial[i]);
        assertEquals(tokens.key[i].hashCode(), tokens.keyHash[i]);
        assertEquals(tokens.stem[i].hashCode(), tokens.stemHash[i]);
        String spelled = tokens.source.text().substring(tokens.start[i], tokens.end[i]);
        // Not a word set letter by letter, nor one of Latin and Cyrillic letters, whose look-alikes take the word's script.
        if (spelled.length() == tokens.key[i].length() && !(spelled.chars().anyMatch(c -> c < 0x80 && Character.isLetter(c))
            && spelled.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC))) {
          assertEquals(TextFold.fold(tokens.source.text(), tokens.start[i], tokens.end[i]), tokens.key[i]);
        }
      }
    });
  }

  @Test
  void tokens_tellNumbersCapitalsAndGaps_asTheirCharsDo() {
    qt().withExamples(TRIES).forAll(texts()).checkAssert(text -> {
      Tokens tokens = RU.tokenizer.tokenize(RU.normalizer.normalize(text));
      String normalized = tokens.source.text();
      for (int i = 0; i < tokens.size; i++) {
        assertEquals(Character.isDigit(normalized.charAt(tokens.start[i])) && Character.isDigit(normalized.charAt(tokens.end[i] - 1)),
            tokens.isNumber(i), () -> "'" + normalized + "'");
        assertEquals(Character.isUpperCase(normalized.charAt(tokens.start[i])), tokens.isCapitalized(i));
        assertEquals(normalized.substring(tokens.start[i], tokens.end[i]).chars().noneMatch(Character::isLowerCase),
            tokens.isUpperCase(i));
        int from = i == 0 ? 0 : tokens.end[i - 1];
        assertEquals(normalized.substring(from, tokens.start[i]), tokens.gapText(i));
      }
    });
  }

  @Test
  void wordFlag_answersAsItsQuestion_whetherTheWordKnewTheAnswerWhenTheTextWasRead() {
    WordFlag vowelFirst = new WordFlag(key -> "аеиоуыэюяaeiou".indexOf(key.charAt(0)) >= 0);
    qt().withExamples(TRIES).forAll(texts()).checkAssert(text -> {
      // Twice: the first reading teaches the words their answers, the second reads them from the tokens.
      for (int pass = 0; pass < 2; pass++) {
        Tokens tokens = RU.tokenizer.tokenize(RU.normalizer.normalize(text));
        for (int i = 0; i < tokens.size; i++) {
          assertEquals("аеиоуыэюяaeiou".indexOf(tokens.key[i].charAt(0)) >= 0, vowelFirst.test(tokens, i), tokens.key[i]);
        }
      }
    });
  }

  @Test
  void wordCache_givesEveryWordItsOwnKey_whenFarMoreWordsThanItHoldsCompete() {
    // 40,000 distinct words against a cache of 16,384: sets overflow and words are evicted and made
    // again; a word must never come back as another one that shares its set or its hash.
    Random random = new Random(12);
    StringBuilder text = new StringBuilder();
    String letters = "бвгдклмнпрст";
    String vowels = "аеиоуыя";
    for (int w = 0; w < 40_000; w++) {
      for (int syllable = 0; syllable < 3; syllable++) {
        text.append(letters.charAt(random.nextInt(letters.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
      }
      text.append(w % 7 == 0 ? ". " : " ");
    }
    for (int pass = 0; pass < 2; pass++) {
      Tokens tokens = RU.tokenizer.tokenize(RU.normalizer.normalize(text.toString()));
      assertTrue(tokens.size >= 40_000, "words " + tokens.size);
      for (int i = 0; i < tokens.size; i++) {
        String surface = tokens.source.text().substring(tokens.start[i], tokens.end[i]);
        assertEquals(surface, tokens.key[i]);
        assertEquals(surface, tokens.word[i].key);
        assertEquals(surface.charAt(0), tokens.initial[i]);
      }
    }
  }

  @Test
  void wideGaps_withoutTabs_breakWhereTheGeneralLoopBreaks() {
    String pieces = "Ab  Cd   Ef    gh     Ij\n  Kl ";
    int[] textsBroken = {0}; // texts with a wide gap broken: without them only the two nulls would be compared
    qt().withExamples(TRIES * 5).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        int at = random.nextInt(pieces.length());
        text.append(pieces, at, Math.min(pieces.length(), at + 1 + random.nextInt(6)));
      }
      char[] fast = text.toString().toCharArray();
      char[] plain = fast.clone();
      boolean[] fastBreaks = Reflow.breakWideGaps(fast, fast.length, null);
      boolean[] plainBreaks = Reflow.breakWideGaps(plain, plain.length, new java.util.BitSet());
      assertEquals(new String(plain), new String(fast), () -> "'" + text + "'");
      assertTrue(java.util.Arrays.equals(plainBreaks, fastBreaks), () -> "'" + text + "'");
      textsBroken[0] += plainBreaks == null ? 0 : 1;
    });
    assertTrue(textsBroken[0] > 0, "no text had a wide gap broken");
  }
}
