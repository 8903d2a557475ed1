package dev.entente.parser;

import java.util.function.Predicate;

/**
 * A yes-or-no question about a word's key that a stage asks at token after token («may a date
 * start here?», «is it a report's cue word?»), answered once per {@link Tokenizer.Word} and kept
 * in the word's flag bits: a parse then reads a no from its own {@link Tokens#flaggedNo} array,
 * in token order, instead of hashing and looking up the key's string, which is shared and seldom in
 * the processor's cache. The question must depend on the key alone and never change.
 */
final class WordFlag {
  private final Predicate<String> ofKey;
  private final int slot = Tokenizer.newSlot();

  /** The question {@code ofKey} asks of a key ({@link Tokenizer#keyOf}). */
  WordFlag(Predicate<String> ofKey) {
    this.ofKey = ofKey;
  }

  /** The answer for the key of token {@code i}. */
  boolean test(Tokens t, int i) {
    if (t.flaggedNo(i, slot)) {
      return false;
    }
    Tokenizer.Word word = t.word[i];
    if (word.flagKnown(slot)) {
      return word.flag(slot);
    }
    boolean answer = ofKey.test(word.key);
    word.rememberFlag(slot, answer);
    return answer;
  }
}
