package dev.entente.parser;

import dev.entente.model.TextFold;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises a line of a news or database page's furniture by its words, whatever the site: a rubric or breadcrumb
 * line made of a site's section words («Новости / В мире», «Видео дня»), a counter of views or comments («Отзывов 0
 * Просмотров»), a call to follow the site on a platform («Заходите на наш канал в Telegram!»), a link's arrow («Читать
 * далее →», «‹ Октябрь 2004»), a calendar's row of days or a record's number («27282930123»). The words are the
 * language's (RUBRIC, TOPIC, COUNTER and CALL rows of the wrapper data; the platforms are its SHARE rows); the shapes
 * are not.
 */
final class FurnitureWords {
  /** Kinds of wrapper rows this class reads, and the segmenter's markers do not. */
  private static final Set<String> KINDS = Set.of("RUBRIC", "TOPIC", "COUNTER", "CALL");
  /** Chars a rubric, counter or arrow line holds at most. */
  private static final int SHORT_LINE = 60;
  /** Words a rubric line holds at most («Домой Новости В мире»). */
  private static final int RUBRIC_WORDS = 5;
  /** Chars a call to follow the site holds at most. */
  private static final int CALL_LINE = 160;
  /** Figures in a row that no date or clause number holds: a calendar's days run together, a record's number. */
  private static final int DIGIT_RUN = 5;

  /** Words only a site's sections are named by («новости», «главная», «видео»). */
  private final Set<String> rubricWords = new HashSet<>();
  /** Topics and links a rubric line may add to a rubric word («мира», «политика», «в», «дня»). */
  private final Set<String> topicWords = new HashSet<>();
  /** Nouns of a counter («просмотров», «комментариев»). */
  private final Set<String> counterWords = new HashSet<>();
  /** The imperatives a site calls its readers with («подписывайтесь», «заходите»). */
  private final Set<String> callWords = new HashSet<>();
  /** Platforms a site is followed on (the SHARE rows). */
  private final Set<String> platformWords = new HashSet<>();
  /**
   * A bit per hash ({@link #filterBit}) of each rubric, counter and platform word: a short line is furniture by its
   * words only if one of them is such a word, and a line whose keys set none of these bits holds none, found without a
   * key made. Most lines of a text are no furniture.
   */
  private final long[] shortLineBits = new long[FILTER_LONGS];
  /** As {@link #shortLineBits}, of the platform words alone: all a longer line's call to follow is ruled out on. */
  private final long[] platformBits = new long[FILTER_LONGS];
  private static final int FILTER_BITS = 4096;
  private static final int FILTER_LONGS = FILTER_BITS / Long.SIZE;

  FurnitureWords(List<Tsv.Row> wrapperRows) {
    for (Tsv.Row row : wrapperRows) {
      switch (row.get(0)) {
        case "RUBRIC" -> rubricWords.add(row.get(2));
        case "TOPIC" -> topicWords.add(row.get(2));
        case "COUNTER" -> counterWords.add(row.get(2));
        case "CALL" -> callWords.add(row.get(2));
        case "SHARE" -> platformWords.add(row.get(2));
        default -> { }
      }
    }
    for (Set<String> words : List.of(rubricWords, counterWords, platformWords)) {
      for (String word : words) {
        setBit(shortLineBits, word.hashCode());
      }
    }
    for (String word : platformWords) {
      setBit(platformBits, word.hashCode());
    }
  }

  private static int filterBit(int hash) {
    return (hash ^ hash >>> 16) & FILTER_BITS - 1;
  }

  private static void setBit(long[] bits, int hash) {
    int bit = filterBit(hash);
    bits[bit >>> 6] |= 1L << bit;
  }

  private static boolean hasBit(long[] bits, int hash) {
    int bit = filterBit(hash);
    return (bits[bit >>> 6] & 1L << bit) != 0;
  }

  /** Whether a wrapper row is of a kind this class reads. */
  static boolean reads(Tsv.Row row) {
    return KINDS.contains(row.get(0));
  }

  /** Whether {@code text[from, to)}, a line's content without blanks around it, is the site's furniture. */
  boolean isFurniture(String text, int from, int to) {
    if (from >= to) {
      return false;
    }
    int length = to - from;
    if (length <= SHORT_LINE && (linkArrow(text, from, to) || digitRun(text, from, to))) {
      return true;
    }
    if (length > CALL_LINE || !mayHoldAny(text, from, to, length <= SHORT_LINE ? shortLineBits : platformBits)) {
      return false;
    }
    List<String> words = words(text, from, to);
    if (words.isEmpty()) {
      return false;
    }
    return length <= SHORT_LINE && (rubricLine(words, text.charAt(to - 1)) || counterLine(words))
        || callToFollow(words, text, from, to);
  }

  /**
   * «Новости Мира», «Домой Новости В мире», «Видео дня»: a rubric word, and nothing but rubrics, topics and links with
   * it, two words or more (a rubric alone is a MENU row's).
   */
  private boolean rubricLine(List<String> words, char last) {
    if (words.size() < 2 || words.size() > RUBRIC_WORDS || ".,;:!?".indexOf(last) >= 0) {
      return false;
    }
    boolean rubric = false;
    for (String w : words) {
      if (rubricWords.contains(w)) {
        rubric = true;
      } else if (!topicWords.contains(w)) {
        return false;
      }
    }
    return rubric;
  }

  /** «Отзывов 0 Просмотров», «1 024 просмотра»: counter nouns and figures alone. */
  private boolean counterLine(List<String> words) {
    boolean counter = false;
    for (String w : words) {
      if (counterWords.contains(w)) {
        counter = true;
      } else if (!isNumber(w)) {
        return false;
      }
    }
    return counter;
  }

  /** «Подписывайтесь на наш канал в Telegram», «Следите за новостями в Телеграм @handle»: a call and a platform. */
  private boolean callToFollow(List<String> words, String text, int from, int to) {
    boolean platform = false;
    boolean call = false;
    for (String w : words) {
      platform |= platformWords.contains(w);
      call |= callWords.contains(w);
    }
    int handle = text.indexOf('@', from);
    return platform && (call || handle >= 0 && handle < to);
  }

  /** «Читать в полной версии →», «‹ Октябрь 2004», «Ноябрь 2004 ›»: a link's arrow opens or ends the line. */
  private static boolean linkArrow(String text, int from, int to) {
    char first = text.charAt(from);
    char last = text.charAt(to - 1);
    return to - from > 1 && (first == '<' || first == '\u2190' || first == '\u2039'
        || last == '>' || last == '\u2192' || last == '\u203a');
  }

  /** «27282930123», «20210073»: figures alone, more of them in a row than a date or a number of a clause holds. */
  private static boolean digitRun(String text, int from, int to) {
    if (to - from < DIGIT_RUN) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a word of {@code text[from, to)}, walked and keyed as {@link Tokenizer#everyWordKey} does, has a key whose
   * {@code hashCode()} sets a bit of {@code bits}: the key's hash is taken over the folded chars in place.
   */
  private static boolean mayHoldAny(String text, int from, int to, long[] bits) {
    int k = from;
    while (k < to) {
      if (!Character.isLetterOrDigit(text.charAt(k))) {
        k++;
        continue;
      }
      int hash = 0;
      while (k < to && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '-')) {
        hash = 31 * hash + TextFold.fold(text.charAt(k));
        k++;
      }
      if (hasBit(bits, hash)) {
        return true;
      }
    }
    return false;
  }

  /** The line's words, letters and figures as the tokenizer keys them. */
  private static List<String> words(String text, int from, int to) {
    List<String> words = new ArrayList<>();
    Tokenizer.everyWordKey(text, from, to, words::add);
    return words;
  }

  /** Whether a word is figures alone. */
  private static boolean isNumber(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
