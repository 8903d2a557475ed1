package dev.entente.parser;

/**
 * The input with typography folded (quotes, dashes, spaces, line ends) and a map from every
 * normalised character back to the original input, so that spans found in the normalised text can
 * be reported against the original.
 */
final class NormalizedText {
  private final String original;
  private final String text;
  private final int[] originalStart;
  private final int[] originalEnd;

  NormalizedText(String original, String text, int[] originalStart, int[] originalEnd) {
    this.original = original;
    this.text = text;
    this.originalStart = originalStart;
    this.originalEnd = originalEnd;
  }

  String original() {
    return original;
  }

  String text() {
    return text;
  }

  int length() {
    return text.length();
  }

  char charAt(int i) {
    return text.charAt(i);
  }

  /** The original offset where normalised offset {@code start} begins. */
  int originalStart(int start) {
    return start < text.length() ? originalStart[start] : original.length();
  }

  /** The original offset where the normalised range ending at {@code end} (exclusive) ends. */
  int originalEnd(int start, int end) {
    return end > start ? originalEnd[end - 1] : originalStart(start);
  }
}
