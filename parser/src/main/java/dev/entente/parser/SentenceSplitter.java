package dev.entente.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph into sentences at «.», «!», «?» or «…» followed by a space and a capital, a
 * quote or a digit — except after an abbreviation from the language data («г.», «т.ч.») or an
 * initial («К.К.Токаев») — and at a full stop that runs two sentences together without a space
 * («визитом.Президенты», as scrapers save paragraphs): a lower-case word of three letters or more
 * before it, a capitalised word after. Never inside a quoted name the sentence goes on after
 * («the conference "Asia 2030. New Horizons" opened»). One left-to-right pass.
 */
final class SentenceSplitter {
  private final Set<String> abbreviations;

  SentenceSplitter(Set<String> abbreviations) {
    this.abbreviations = abbreviations;
  }

  /** The sentences of {@code text[from, to)}, each trimmed of surrounding spaces. */
  List<Range> split(char[] text, int from, int to) {
    List<Range> sentences = new ArrayList<>();
    int start = from;
    // The closing quote of the quoted name the scan is in (or past), and whether the sentence goes
    // on after it: «the conference "Asia 2030. New Horizons" opened» is one sentence.
    int quoteClose = -1;
    boolean goesOn = false;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c == '"' && i > quoteClose && opensQuote(text, i, from)) {
        quoteClose = closingQuote(text, i, to);
        goesOn = quoteClose < to && goesOnAfter(text, quoteClose, to);
        continue;
      }
      if (goesOn && i < quoteClose) {
        continue;
      }
      if ((c == '.' || c == '!' || c == '?' || c == '\u2026') && endsSentence(text, i, to)) {
        // «… with the theme "ASEAN Matters: Epicentrum of Growth." The Summit …»: the quote or
        // bracket that closes after the stop ends this sentence, not opens the next.
        int end = i + 1;
        while (end < to && (text[end] == '"' || text[end] == ')')) {
          end++;
        }
        add(sentences, text, start, end);
        start = end;
        i = end - 1;
      }
    }
    add(sentences, text, start, to);
    return sentences;
  }

  private boolean endsSentence(char[] text, int i, int to) {
    int next = i + 1;
    while (next < to && (text[next] == '"' || text[next] == ')')) {
      next++;
    }
    if (next >= to) {
      return false;
    }
    if (!Character.isWhitespace(text[next])) {
      return text[i] == '.' && runsTogether(text, i, next, to);
    }
    while (next < to && Character.isWhitespace(text[next])) {
      next++;
    }
    if (next >= to) {
      return false;
    }
    char following = text[next];
    if (!(Character.isUpperCase(following) || following == '"' || Character.isDigit(following)
        || following == '-')) {
      return false;
    }
    if (text[i] != '.') {
      return true;
    }
    int wordStart = i;
    while (wordStart > 0 && Character.isLetter(text[wordStart - 1])) {
      wordStart--;
    }
    int length = i - wordStart;
    if (length == 1 && Character.isUpperCase(text[wordStart])) {
      return false;
    }
    return length == 0 || !abbreviations.contains(Tokenizer.keyOf(new String(text, wordStart, i - wordStart)));
  }

  /** Whether the quote at {@code i} opens a quotation: it starts the sentence or follows a space or «(». */
  private static boolean opensQuote(char[] text, int i, int from) {
    return i == from || Character.isWhitespace(text[i - 1]) || text[i - 1] == '(';
  }

  /**
   * The quote that closes the one opened at {@code open}: the next one after a non-space and before
   * a non-letter (a quote after a space opens a nested name), or {@code to} when none does.
   */
  private static int closingQuote(char[] text, int open, int to) {
    for (int j = open + 1; j < to; j++) {
      if (text[j] == '"' && !Character.isWhitespace(text[j - 1])
          && (j + 1 == to || !Character.isLetterOrDigit(text[j + 1]))) {
        return j;
      }
    }
    return to;
  }

  /** Whether the sentence goes on after the quote at {@code close}: a lower-case word, a comma, semicolon, colon or «)» follows. */
  private static boolean goesOnAfter(char[] text, int close, int to) {
    int next = close + 1;
    while (next < to && text[next] == ' ') {
      next++;
    }
    if (next >= to) {
      return false;
    }
    char c = text[next];
    return Character.isLowerCase(c) || c == ',' || c == ';' || c == ':' || c == ')';
  }

  /** «визитом.Президенты»: two sentences joined at a full stop with no space between them. */
  private static boolean runsTogether(char[] text, int stop, int next, int to) {
    int letters = 0;
    for (int k = stop - 1; k >= 0 && Character.isLetter(text[k]) && letters < 3; k--) {
      if (!Character.isLowerCase(text[k])) {
        return false;
      }
      letters++;
    }
    return letters >= 3 && next + 1 < to && Character.isUpperCase(text[next]) && Character.isLowerCase(text[next + 1]);
  }

  private static void add(List<Range> sentences, char[] text, int start, int end) {
    while (start < end && Character.isWhitespace(text[start])) {
      start++;
    }
    while (end > start && Character.isWhitespace(text[end - 1])) {
      end--;
    }
    if (end > start) {
      sentences.add(new Range(start, end));
    }
  }
}
