package dev.entente.bench;

import java.util.function.Consumer;

/**
 * The baseline: one pass that cuts a text into words (runs of letters or digits), as a
 * {@code String} each. Every parser pays at least this, so parse throughput is quoted as a ratio
 * to it, measured in the same run.
 */
final class Words {
  private Words() {}

  /** Calls {@code sink} with every word of {@code text}; returns how many there were. */
  static int split(String text, Consumer<? super String> sink) {
    int count = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int from = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      sink.accept(text.substring(from, i));
      count++;
    }
    return count;
  }
}
