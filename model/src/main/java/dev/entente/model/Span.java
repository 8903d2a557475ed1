package dev.entente.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into the original input text, never
 * into a normalised copy. The vocabulary follows Guava's {@code Range}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpan.class)
@JsonDeserialize(as = ImmutableSpan.class)
public abstract class Span implements Located {
  @Value.Parameter
  @Override
  public abstract int start();

  @Value.Parameter
  @Override
  public abstract int end();

  /** The range {@code [start, end)}. */
  public static Span of(int start, int end) {
    return ImmutableSpan.of(start, end);
  }

  @Override
  @JsonIgnore
  public Span span() {
    return this;
  }

  /** The number of UTF-16 code units covered. */
  @JsonIgnore
  public int length() {
    return end() - start();
  }

  /** {@return whether the span covers no character} */
  @JsonIgnore
  public boolean isEmpty() {
    return start() == end();
  }

  /**
   * {@return whether {@code offset} lies in {@code [start, end)}}
   *
   * @param offset a UTF-16 offset into the same text
   */
  public boolean contains(int offset) {
    return start() <= offset && offset < end();
  }

  /**
   * {@return whether {@code other} lies wholly inside this span}
   *
   * @param other a span of the same text
   */
  public boolean encloses(Span other) {
    return start() <= other.start() && other.end() <= end();
  }

  /**
   * {@return whether the two spans share at least one character}
   *
   * @param other a span of the same text
   */
  public boolean overlaps(Span other) {
    return start() < other.end() && other.start() < end();
  }

  /**
   * The text this span covers in {@code text}.
   *
   * @throws IllegalArgumentException if the span runs past the end of {@code text}
   */
  public String coveredText(CharSequence text) {
    if (end() > text.length()) {
      throw new IllegalArgumentException(String.format(
          "span %s runs past the end of a text of %s chars", this, text.length()));
    }
    return text.subSequence(start(), end()).toString();
  }

  @Value.Check
  void check() {
    if (start() < 0 || start() > end()) {
      throw new IllegalArgumentException(String.format(
          "span must have 0 <= start <= end: [%s..%s)", start(), end()));
    }
  }

  @Override
  public String toString() {
    return "[" + start() + ".." + end() + ")";
  }
}
