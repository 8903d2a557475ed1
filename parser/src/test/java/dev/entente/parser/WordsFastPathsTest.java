package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The fast paths of {@link Words} and {@link RussianDictionary} answer what the plain computation
 * answers: {@link Words#startsWithAny} (a first-letter filter, then a trie; also from a token's
 * first letter) against a scan of the class's words with {@code startsWith}, {@link Words#is} of a
 * token (kept by its word) against the key's, and the kept answer of
 * {@link RussianDictionary#onlyPredicate(String)} against the readings asked afresh.
 */
final class WordsFastPathsTest {
  private static final LanguageData RU = LanguageData.of("ru");
  private static final LanguageData EN = LanguageData.of("en");
  private static final int TRIES = Integer.getInteger("entente.property.tries", 300);
  private static final String LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяabcdefghijklmnopqrstuvwxyz0-";

  /**
   * A word from a seed: half of them a class word of the language cut or continued at random (so
   * that both answers occur), the others random letters.
   */
  private static Gen<String> words(List<String> vocabulary) {
    return SourceDSL.longs().all().map(seed -> {
      Random random = new Random(seed);
      StringBuilder word = new StringBuilder();
      if (random.nextBoolean()) {
        String known = vocabulary.get(random.nextInt(vocabulary.size()));
        word.append(known, 0, random.nextInt(known.length() + 1));
      }
      for (int k = random.nextInt(6); k > 0 || word.length() == 0; k--) {
        word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      }
      return word.toString();
    });
  }

  private static List<String> vocabulary(Words words) {
    List<String> all = new ArrayList<>();
    for (WordClass kind : words.kinds()) {
      for (String word : words.list(kind)) {
        if (!word.isEmpty()) {
          all.add(word);
        }
      }
    }
    return all;
  }

  private static void startsWithAny_answersAsAScanOfTheClass(LanguageData data) {
    Words words = data.words;
    qt().withExamples(TRIES * 5).forAll(words(vocabulary(words))).checkAssert(word -> {
      for (WordClass kind : words.kinds()) {
        boolean plain = words.list(kind).stream().anyMatch(word::startsWith);
        assertEquals(plain, words.startsWithAny(kind, word), () -> kind + " '" + word + "'");
      }
    });
  }

  @Test
  void startsWithAny_answersAsAScanOfTheClass_russian() {
    startsWithAny_answersAsAScanOfTheClass(RU);
  }

  @Test
  void startsWithAny_answersAsAScanOfTheClass_english() {
    startsWithAny_answersAsAScanOfTheClass(EN);
  }

  @Test
  void startsWithAny_ofAToken_answersAsOfItsKey() {
    List<String> vocabulary = vocabulary(RU.words);
    qt().withExamples(TRIES).forAll(SourceDSL.lists().of(words(vocabulary)).ofSizeBetween(1, 12)).checkAssert(list -> {
      Tokens t = RU.tokenizer.tokenize(RU.normalizer.normalize(String.join(" ", list)));
      for (int j = 0; j < t.size; j++) {
        for (WordClass kind : RU.words.kinds()) {
          int at = j;
          assertEquals(RU.words.startsWithAny(kind, t.key[j]), RU.words.startsWithAny(kind, t, j),
              () -> kind + " '" + t.key[at] + "'");
        }
      }
    });
  }

  @Test
  void is_ofAToken_answersAsOfItsKey_beforeAndAfterTheWordsKeepTheAnswer() {
    List<String> vocabulary = vocabulary(RU.words);
    // A few classes only: each asked of tokens takes one of the words' flag slots for good.
    List<WordClass> kinds = List.of(WordClass.AND, WordClass.LOCATIVE_PREPOSITION, WordClass.HEREINAFTER);
    qt().withExamples(TRIES).forAll(SourceDSL.lists().of(words(vocabulary)).ofSizeBetween(1, 12)).checkAssert(list -> {
      for (int pass = 0; pass < 2; pass++) {
        Tokens t = RU.tokenizer.tokenize(RU.normalizer.normalize(String.join(" ", list)));
        for (int j = 0; j < t.size; j++) {
          for (WordClass kind : kinds) {
            int at = j;
            assertEquals(RU.words.is(kind, t.key[j]), RU.words.is(kind, t, j), () -> kind + " '" + t.key[at] + "'");
          }
        }
      }
    });
  }

  @Test
  void onlyPredicate_keptAnswer_isTheAnswerOfTheReadings() {
    RussianDictionary dictionary = RussianDictionary.get();
    assertNotNull(dictionary, "the Russian dictionary is on the test class path");
    // Forms the dictionary reads only as verbs or adverbs, as nouns, both, and none.
    assertTrue(dictionary.onlyPredicate("подписали"));
    assertTrue(!dictionary.onlyPredicate("договор"));
    assertTrue(!dictionary.onlyPredicate("кщзжх"));
    List<String> vocabulary = new ArrayList<>(vocabulary(RU.words));
    vocabulary.addAll(List.of("подписали", "провели", "договор", "стороны", "вместе", "они", "считая", "заявлено"));
    qt().withExamples(TRIES * 3).forAll(words(vocabulary)).checkAssert(word -> {
      boolean plain = RussianDictionary.onlyPredicate(dictionary.analyse(word));
      assertEquals(plain, dictionary.onlyPredicate(word), word);
      assertEquals(plain, dictionary.onlyPredicate(word), () -> word + " asked again");
    });
  }
}
