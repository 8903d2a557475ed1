package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The affix tries of {@link Words} answer what a plain loop over the listed prefixes and endings answers. */
final class WordsTest {
  private static final LanguageData RU = LanguageData.of("ru");

  @Test
  void affixTries_agreeWithPlainLoops_onEverySeedWordAndEveryClass() {
    Words words = RU.words;
    Tokens tokens = RU.tokenizer.tokenize(RU.normalizer.normalize(
        Seeds.text(Seeds.COMMUNIQUE) + Seeds.text(Seeds.JOINT_STATEMENT)));
    int checked = 0;
    for (WordClass kind : words.kinds()) {
      for (int i = 0; i < tokens.size; i++) {
        String key = tokens.key[i];
        assertEquals(words.list(kind).stream().anyMatch(key::startsWith), words.startsWithAny(kind, key),
            () -> kind + " prefix of " + key);
        assertEquals(words.list(kind).stream().anyMatch(key::endsWith), words.endsWithAny(kind, key),
            () -> kind + " ending of " + key);
        checked++;
      }
      for (String listed : words.list(kind)) {
        assertTrue(words.startsWithAny(kind, listed + "x") && words.endsWithAny(kind, "x" + listed), listed);
      }
    }
    assertTrue(checked > 10_000, "checked " + checked);
  }
}
