package dev.entente.parser;

import dev.entente.model.Diagnostic;
import dev.entente.model.EdtfDate;
import dev.entente.model.Place;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one parse has found so far; each stage reads what earlier stages left and adds its own. */
final class Context {
  /** A sentence of the document, in normalised offsets and token indices. */
  static final class Sentence {
    final int start;
    final int end;
    final int firstToken;
    final int lastToken;
    final Layout.Block block;
    final boolean item;

    Sentence(int start, int end, int firstToken, int lastToken, Layout.Block block, boolean item) {
      this.start = start;
      this.end = end;
      this.firstToken = firstToken;
      this.lastToken = lastToken;
      this.block = block;
      this.item = item;
    }
  }

  /** A range of tokens, with what was found there. */
  static final class Found<T> {
    final int first;
    final int last;
    final T value;

    Found(int first, int last, T value) {
      this.first = first;
      this.last = last;
      this.value = value;
    }
  }

  final LanguageData data;
  /**
   * Events whose name points at the document's own occasion («сегодняшние переговоры», «the current session»), set
   * aside as no event of their own; {@link EventRecognizer#occasionNamedOnlyByPointing} keeps one where the text
   * names its occasion nowhere else.
   */
  final List<Concept> occasionPointers = new ArrayList<>();
  final NormalizedText text;
  final Tokens tokens;
  final Layout layout;
  final List<Diagnostic> diagnostics = new ArrayList<>();
  final List<Sentence> sentences = new ArrayList<>();
  /** Token ranges of the title, if it stands in the text. */
  int titleFirstToken = -1;
  int titleLastToken = -1;

  EdtfDate date;
  Place place;
  EdtfDate publicationDate;
  /**
   * Whether the page's opening announces the document as one to come («подпишут декларацию», "will sign"): it has no
   * day of its own yet.
   */
  boolean planned;
  /**
   * The span of days the document's date was read from («Бремен, 25-26 июня 2003 года»), kept when
   * {@link #date} is cut to the day of issue; null when the text dated it by one day.
   */
  EdtfDate occasionDays;
  /** The year that completes dates written without one; 0 when unknown. */
  int referenceYear;
  /** The day dates and statuses are judged against: the document date, else the dateline's. */
  LocalDate referenceDay;

  /** Every party mention in the document, by party, in text order. */
  final Map<String, List<Found<PartyInfo>>> partyMentions = new LinkedHashMap<>();
  /** Every mention in text order. */
  final List<Found<PartyInfo>> mentionsInOrder = new ArrayList<>();
  final List<String> signatories = new ArrayList<>();
  /**
   * The party of each role the text names with its party and no name («the President of Gabon»,
   * «the Japanese Prime Minister»), by the role's name; the empty string when two parties hold it.
   */
  final Map<String, String> partyOfUnnamedRole = new java.util.HashMap<>();

  /** The token ranges of the page's first lines of two words or more, as many as the largest count asked. */
  private List<Range> topLines = List.of();
  private int topLinesAsked;

  /**
   * The token ranges of the page's first {@code count} lines of two words or more (fewer where the text has
   * fewer), found once per document: a site's headline and lead stand there, whether the segmenter took them
   * for a wrapper, a title or lead lines; one-word lines (a site's menu) are skipped.
   */
  List<Range> topLines(int count) {
    if (count > topLinesAsked) {
      List<Range> lines = new ArrayList<>(count);
      String page = text.text();
      int lineStart = 0;
      while (lines.size() < count && lineStart < page.length()) {
        int lineEnd = page.indexOf('\n', lineStart);
        if (lineEnd < 0) {
          lineEnd = page.length();
        }
        int from = tokens.firstAtOrAfter(lineStart);
        int to = tokens.firstAtOrAfter(lineEnd);
        lineStart = lineEnd + 1;
        if (to - from >= 2) {
          lines.add(new Range(from, to));
        }
      }
      topLines = lines;
      topLinesAsked = count;
    }
    return topLines.size() > count ? topLines.subList(0, count) : topLines;
  }

  /**
   * SignatoryResolver's opening blocks of the preamble, by the window asked for: the preamble is
   * whole before any stage reads the context, so each window's blocks are found once per document.
   */
  final Map<Integer, java.util.Set<Layout.Block>> openingBlocks = new java.util.HashMap<>(4);

  /** The ranges {@link #dates} was asked about, by their first token: each with its answer. */
  private DatesIn[] datesByStart;

  /** The dates found in tokens {@code [from, to)}, and the next range asked about from the same token. */
  private record DatesIn(int to, List<DateRecognizer.Found> dates, DatesIn next) {}

  /** The range {@link #dates} was last asked about, and its answer: asked again many times in a row. */
  private long lastDateRange;
  private List<DateRecognizer.Found> lastDates;

  /** The dates in tokens {@code [from, to)}, found once per range: several stages ask per sentence. */
  List<DateRecognizer.Found> dates(DateRecognizer recognizer, int from, int to) {
    long range = ((long) from << 32) | to;
    if (lastDates == null || range != lastDateRange) {
      if (datesByStart == null) {
        datesByStart = new DatesIn[tokens.size + 1];
      }
      DatesIn known = datesByStart[from];
      while (known != null && known.to != to) {
        known = known.next;
      }
      if (known == null) {
        known = new DatesIn(to, recognizer.find(tokens, from, to), datesByStart[from]);
        datesByStart[from] = known;
      }
      lastDates = known.dates;
      lastDateRange = range;
    }
    return lastDates;
  }

  Context(LanguageData data, NormalizedText text, Tokens tokens, Layout layout) {
    this.data = data;
    this.text = text;
    this.tokens = tokens;
    this.layout = layout;
  }

  /** The original-text offsets of normalised {@code [start, end)}. */
  int originalStart(int start) {
    return text.originalStart(start);
  }

  int originalEnd(int start, int end) {
    return text.originalEnd(start, end);
  }

  /** The first mention that starts at token {@code token} or after it; null where none does. */
  Found<PartyInfo> mentionFrom(int token) {
    int m = firstMentionFrom(token);
    return m < mentionsInOrder.size() ? mentionsInOrder.get(m) : null;
  }

  /** The index in {@link #mentionsInOrder} of the first mention that starts at token {@code token} or after it. */
  int firstMentionFrom(int token) {
    int lo = 0;
    int hi = mentionsInOrder.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentionsInOrder.get(mid).first < token) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether token {@code token} stands inside a party's mention (the noun in «Организации Договора о коллективной безопасности»). */
  boolean insideAMention(int token) {
    int m = firstMentionFrom(token + 1);
    if (m > 0) {
      Found<PartyInfo> before = mentionsInOrder.get(m - 1);
      return before.first <= token && token < before.last;
    }
    return false;
  }

  /** The sentence that holds token {@code i}, or null. */
  Sentence sentenceOf(int token) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (token < s.firstToken) {
        hi = mid - 1;
      } else if (token >= s.lastToken) {
        lo = mid + 1;
      } else {
        return s;
      }
    }
    return null;
  }
}
