package dev.entente.parser;

/**
 * The input with typography folded (quotes, dashes, spaces, line ends) and a map from every
 * normalised character back to the original input, so that spans found in the normalised text can
 * be reported against the original.
 */
final class NormalizedText {
  private final String original;
  private final String text;
  /** The same characters as {@link #text}, for the loops that read every one of them. */
  private final char[] chars;
  private final int[] originalStart;
  private final int[] originalEnd;
  /** The text's length, kept apart so that {@link #charAt} need not read the string. */
  private final int length;

  /**
   * {@code originalStart} and {@code originalEnd} may be longer than the text; {@code originalStart}
   * is null where every normalised character is the original character at the same offset, and
   * {@code originalEnd} where every one comes from exactly the original character at its start.
   */
  NormalizedText(String original, char[] chars, int length, int[] originalStart, int[] originalEnd) {
    this.original = original;
    this.text = new String(chars, 0, length);
    this.chars = chars;
    this.originalStart = originalStart;
    this.originalEnd = originalEnd;
    this.length = length;
  }

  String original() {
    return original;
  }

  String text() {
    return text;
  }

  /** The normalised characters; only the first {@link #length()} are the text's. Not to be written. */
  char[] chars() {
    return chars;
  }

  int length() {
    return length;
  }

  char charAt(int i) {
    if (i >= length) {
      throw new StringIndexOutOfBoundsException("index " + i + ", length " + length);
    }
    return chars[i];
  }

  /** The original offset where normalised offset {@code start} begins. */
  int originalStart(int start) {
    return start >= text.length() ? original.length() : originalStart == null ? start : originalStart[start];
  }

  /** The original offset where the normalised range ending at {@code end} (exclusive) ends. */
  int originalEnd(int start, int end) {
    if (end <= start) {
      return originalStart(start);
    }
    return originalEnd != null ? originalEnd[end - 1] : originalStart == null ? end : originalStart[end - 1] + 1;
  }
}
