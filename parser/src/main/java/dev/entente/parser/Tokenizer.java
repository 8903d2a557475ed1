package dev.entente.parser;

/** Splits a normalised text into {@link Tokens} in one pass. */
final class Tokenizer {
  private final Stemmer stemmer;

  Tokenizer(Stemmer stemmer) {
    this.stemmer = stemmer;
  }

  Tokens tokenize(NormalizedText source) {
    String text = source.text();
    int capacity = Math.max(16, text.length() / 6);
    int[] start = new int[capacity];
    int[] end = new int[capacity];
    String[] key = new String[capacity];
    String[] stem = new String[capacity];
    byte[] gap = new byte[capacity];
    boolean[] hyphenAfter = new boolean[capacity];
    int size = 0;
    int i = 0;
    int n = text.length();
    byte pendingGap = Tokens.GAP_HARD;
    while (i < n) {
      char c = text.charAt(i);
      if (!isWordChar(c)) {
        pendingGap = (byte) Math.max(pendingGap, gapClass(c));
        i++;
        continue;
      }
      int from = i;
      boolean letters = Character.isLetter(c);
      while (i < n && isWordChar(text.charAt(i)) && Character.isLetter(text.charAt(i)) == letters) {
        i++;
      }
      if (size == start.length) {
        int grown = size * 2;
        start = java.util.Arrays.copyOf(start, grown);
        end = java.util.Arrays.copyOf(end, grown);
        key = java.util.Arrays.copyOf(key, grown);
        stem = java.util.Arrays.copyOf(stem, grown);
        gap = java.util.Arrays.copyOf(gap, grown);
        hyphenAfter = java.util.Arrays.copyOf(hyphenAfter, grown);
      }
      start[size] = from;
      end[size] = i;
      key[size] = keyOf(text, from, i);
      stem[size] = letters ? stemmer.stem(key[size]) : key[size];
      gap[size] = pendingGap;
      hyphenAfter[size] = i < n && text.charAt(i) == '-';
      size++;
      pendingGap = Tokens.GAP_SPACE;
    }
    return new Tokens(source, size, start, end, key, stem, gap, hyphenAfter);
  }

  private static boolean isWordChar(char c) {
    return c >= 'а' && c <= 'я' || c >= 'А' && c <= 'Я' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
        || c > 127 && Character.isLetterOrDigit(c) || c >= 'A' && c <= 'Z';
  }

  private static byte gapClass(char c) {
    switch (c) {
      case ' ':
        return Tokens.GAP_SPACE;
      case '"': case '\'': case '-': case '/': case '(': case ')':
        return Tokens.GAP_SOFT;
      default:
        return Tokens.GAP_HARD;
    }
  }

  /** Lower case with ё folded to е: the form every lexicon is written in. */
  static String keyOf(CharSequence text, int from, int to) {
    char[] chars = new char[to - from];
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c >= 'А' && c <= 'Я') {
        c = (char) (c + ('а' - 'А'));
      } else if (c == 'ё' || c == 'Ё') {
        c = 'е';
      } else if (c >= 'а' && c <= 'я' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        // already lower case
      } else {
        c = Character.toLowerCase(c);
      }
      chars[k - from] = c;
    }
    return new String(chars);
  }

  static String keyOf(String word) {
    return keyOf(word, 0, word.length());
  }
}
