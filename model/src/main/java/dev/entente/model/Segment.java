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
  @Value.Parameter
  SegmentKind kind();

  @Value.Parameter
  @Override
  int start();

  @Value.Parameter
  @Override
  int end();

  static Segment of(SegmentKind kind, int start, int end) {
    return ImmutableSegment.of(kind, start, end);
  }

  @Value.Check
  default void check() {
    Checks.span(start(), end());
  }
}
