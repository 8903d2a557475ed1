package dev.entente.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** One place where an item is named: its span in the original input and the text found there. */
@Value.Immutable
@JsonSerialize(as = ImmutableMention.class)
@JsonDeserialize(as = ImmutableMention.class)
public interface Mention extends Located {
  @Value.Parameter
  @Override
  int start();

  @Value.Parameter
  @Override
  int end();

  /** The covered text, exactly as in the original input. */
  @Value.Parameter
  String text();

  /**
   * {@return the mention of {@code text} at {@code [start, end)}}
   *
   * @param start UTF-16 offset where it starts
   * @param end UTF-16 offset where it ends (exclusive)
   * @param text the covered text, {@code end - start} chars
   */
  static Mention of(int start, int end, String text) {
    return ImmutableMention.of(start, end, text);
  }

  /** The mention of {@code text}'s range {@code [start, end)}. */
  static Mention in(String text, int start, int end) {
    return of(start, end, text.substring(start, end));
  }

  /** Refuses a mention whose text length differs from its span; Immutables calls it on build. */
  @Value.Check
  default void check() {
    Checks.span(start(), end());
    if (text().length() != end() - start()) {
      throw new IllegalArgumentException(String.format(
          "mention text has %s chars but its span [%s..%s) covers %s",
          text().length(), start(), end(), end() - start()));
    }
  }
}
