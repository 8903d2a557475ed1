package dev.entente.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Anything that occupies a stretch of {@link Document#text()}: offsets are flat in JSON. */
public interface Located {
  /** UTF-16 offset into the original input where this item starts (inclusive). */
  int start();

  /** UTF-16 offset into the original input where this item ends (exclusive). */
  int end();

  /** The half-open range {@code [start, end)} of this item. */
  @JsonIgnore
  default Span span() {
    return Span.of(start(), end());
  }
}
