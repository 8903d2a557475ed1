package dev.entente.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A stretch of the input and what it is. The segments of a document tile its text: they start at
 * 0, each starts where the previous ends, and the last ends at the text's length.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSegment.class)
@JsonDeserialize(as = ImmutableSegment.class)
public interface Segment extends Located {
  /** What this stretch of the input is. */
  @Value.Parameter
  SegmentKind kind();

  @Value.Parameter
  @Override
  int start();

  @Value.Parameter
  @Override
  int end();

  /**
   * {@return the segment of {@code kind} at {@code [start, end)}}
   *
   * @param kind what the stretch is
   * @param start UTF-16 offset where it starts
   * @param end UTF-16 offset where it ends (exclusive)
   */
  static Segment of(SegmentKind kind, int start, int end) {
    return ImmutableSegment.of(kind, start, end);
  }

  /** Refuses a negative or reversed span; Immutables calls it on build. */
  @Value.Check
  default void check() {
    Checks.span(start(), end());
  }
}
