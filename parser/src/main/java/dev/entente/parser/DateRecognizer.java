package dev.entente.parser;

import dev.entente.model.EdtfDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds dates word by word, through the language's date words and word classes: «26 апреля 2025
 * года», «29-31 мая», «30 октября - 13 ноября 2025 года», «с 22 по 24 апреля 2025 года», «в
 * декабре 2024 года», «в мае и в июне текущего года», «в 2026 году», «2018-2028 годов», «до 2030
 * г.», «в субботу»; in English also «January 25, 2014», «June 10-11, 2010», «7th August 2018»; days
 * in digits everywhere («2021-03-12», «21/04/2011», «12.09.2014»). A date without its
 * year is completed later against the document's year ({@link Found#resolve}).
 */
final class DateRecognizer {
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2199;

  /** A date as written, parts still missing where the text omits them (0). */
  static final class Found {
    int first;
    int last;
    int year1;
    int month1;
    int day1;
    int year2;
    int month2;
    int day2;
    /** Offset from the document's year («текущего года» 0, «следующего года» 1), or null. */
    Integer relativeYear;
    /** Offset in days from the document's day («today» 0, «вчера» -1), or null. */
    Integer relativeDay;
    /** Offset in months from the document's month («next month» 1, «в текущем месяце» 0), or null. */
    Integer relativeMonth;
    /** ISO day of week of «в субботу», or 0. */
    int weekday;
    /** The year stands alone after «до»: a period's end («до 2030 г.»). */
    boolean until;
    /** The year stands alone after «since», «с»: a period's start («since 2013», «с 2013 года»), no event's day. */
    boolean since;

    boolean hasYear() {
      return year1 > 0 || year2 > 0;
    }

    boolean isDay() {
      return day1 > 0;
    }

    /**
     * Whether the document's year is all this date lacks: a day or month written without its year
     * («in March», «on 3 June»), not counted from the document's year, month or day, and no weekday.
     */
    boolean takesTheDocumentsYear() {
      return !hasYear() && relativeYear == null && relativeDay == null && relativeMonth == null && weekday == 0;
    }

    /**
     * The EDTF value, taking a missing year from {@code referenceYear}, and a weekday or a day or month
     * counted from the document's («today», «next month») from {@code reference}; null when it cannot be
     * completed or is not a real date.
     */
    EdtfDate resolve(int referenceYear, LocalDate reference) {
      if (resolvedOnce && referenceYear == resolvedYear && Objects.equals(reference, resolvedReference)) {
        return resolved;
      }
      resolved = completed(referenceYear, reference);
      resolvedYear = referenceYear;
      resolvedReference = reference;
      resolvedOnce = true;
      return resolved;
    }

    /**
     * The last {@link #resolve} and its answer: the stages resolve one date against the same
     * reference once per item near it.
     */
    private boolean resolvedOnce;
    private int resolvedYear;
    private LocalDate resolvedReference;
    private EdtfDate resolved;

    private EdtfDate completed(int referenceYear, LocalDate reference) {
      try {
        if (relativeDay != null || relativeMonth != null) {
          if (reference == null) {
            return null;
          }
          if (relativeDay != null) {
            LocalDate day = reference.plusDays(relativeDay);
            return EdtfDate.ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
          }
          LocalDate month = reference.plusMonths(relativeMonth);
          return EdtfDate.ofMonth(month.getYear(), month.getMonthValue());
        }
        if (weekday > 0) {
          if (reference == null) {
            return null;
          }
          LocalDate day = reference;
          while (day.getDayOfWeek().getValue() != weekday) {
            day = day.minusDays(1);
          }
          return EdtfDate.ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
        }
        int y2 = year2;
        int y1 = year1 > 0 ? year1 : year2;
        if (year1 == 0 && year2 > 0 && month2 > 0 && month1 > month2) {
          y1 = year2 - 1;
        }
        if (y1 == 0) {
          if (referenceYear <= 0) {
            return null;
          }
          y1 = referenceYear + (relativeYear == null ? 0 : relativeYear);
          y2 = (month2 > 0 || day2 > 0) ? y1 : 0;
        } else if (y2 == 0 && (month2 > 0 || day2 > 0)) {
          y2 = y1;
        }
        EdtfDate from = single(y1, month1, day1);
        if (y2 == 0 && month2 == 0 && day2 == 0) {
          return from;
        }
        EdtfDate to = single(y2 > 0 ? y2 : y1, month2 > 0 ? month2 : month1, day2);
        return to.equals(from) ? from : EdtfDate.between(from, to);
      } catch (DateTimeException | IllegalArgumentException e) {
        return null;
      }
    }

    private static EdtfDate single(int year, int month, int day) {
      if (day > 0) {
        return EdtfDate.ofDay(year, month, day);
      }
      return month > 0 ? EdtfDate.ofMonth(year, month) : EdtfDate.ofYear(year);
    }
  }

  private final LanguageData data;
  private final Words words;

  /**
   * Every key a date can start with besides a number: the range openers, months, relative years
   * and weekdays. {@link #at} is asked at nearly every token, and most are none of these.
   */
  private final Set<String> dateStarts = new HashSet<>();
  /** Whether a token's key is one of {@link #dateStarts}, kept by the word. */
  private final WordFlag startsADate;

  DateRecognizer(LanguageData data) {
    this.data = data;
    this.words = data.words;
    dateStarts.addAll(words.list(WordClass.DATE_RANGE_FROM));
    dateStarts.addAll(data.months.keySet());
    dateStarts.addAll(data.relativeYears.keySet());
    dateStarts.addAll(data.weekdays.keySet());
    dateStarts.addAll(data.relativeDays.keySet());
    // «the nineteenth day of March», «this Twenty-Second Day of November»: the ordinals of a month's days in
    // words, where the language writes a filler between such a day and its month ({@link #fromOrdinalDay}).
    boolean ordinalDays = !words.list(WordClass.DAY_FILLER).isEmpty() || data.language.ordinalDayStandsBeforeItsMonth();
    for (Map.Entry<String, Integer> ordinal : data.ordinals.entrySet()) {
      String form = ordinal.getKey();
      if (ordinalDays && ordinal.getValue() <= MAX_DAY && !form.chars().anyMatch(Character::isDigit)) {
        int hyphen = form.indexOf('-');
        dateStarts.add(hyphen > 0 ? form.substring(0, hyphen) : form);
      }
    }
    // «двадцать пятого июня», «twenty first of May»: the cardinal tens of a day's ordinal written apart.
    for (Map.Entry<String, Integer> tens : data.tens.entrySet()) {
      if (ordinalDays && tens.getValue() < MAX_DAY) {
        dateStarts.add(tens.getKey());
      }
    }
    startsADate = data.wordFlag("date start", dateStarts::contains);
  }

  /** The last day a month may have. */
  private static final int MAX_DAY = 31;

  /** Every date in tokens {@code [from, to)}, left to right, none overlapping. */
  List<Found> find(Tokens tokens, int from, int to) {
    List<Found> found = new ArrayList<>();
    int i = from;
    while (i < to) {
      Found date = at(tokens, i, to);
      if (date == null) {
        i++;
      } else {
        found.add(date);
        i = date.last;
      }
    }
    return found;
  }

  private Found at(Tokens t, int i, int to) {
    String key = t.key[i];
    if (!startsADate.test(t, i) && !t.isNumber(i)) {
      return null;
    }
    // A Found is made only where a date starts: at() is asked at nearly every token.
    // «с 22 по 24 апреля», and across months «from 29 October to 1 November 2009», «с 30 октября по 2 ноября».
    // «с 4-го по 5 ноября»: the first day may carry an ordinal's ending.
    int afterFirst = words.is(WordClass.DATE_RANGE_FROM, key) && i + 1 < to ? afterDay(t, i + 1, to) : 0;
    if (afterFirst > 0 && afterFirst + 1 < to && day(t, i + 1) > 0
        && (words.is(WordClass.DATE_RANGE_TO, t.key[afterFirst])
            || afterFirst + 2 < to && month(t, afterFirst) != null && words.is(WordClass.DATE_RANGE_TO, t.key[afterFirst + 1]))) {
      Found range = range(t, i, to, startingAt(i));
      if (range != null) {
        return range;
      }
    }
    if (t.isNumber(i) && i + 2 < to && t.isNumber(i + 2)) {
      Found numeric = numeric(t, i);
      if (numeric != null) {
        return numeric;
      }
    }
    if (day(t, i) > 0 && !hasDigitBefore(t, i)) {
      return fromDay(t, i, to, startingAt(i));
    }
    Found ordinalDay = t.isNumber(i) ? null : fromOrdinalDay(t, i, to);
    if (ordinalDay != null) {
      return ordinalDay;
    }
    Integer m = month(t, i);
    if (m != null && (i == 0 || !t.isNumber(i - 1))) {
      Found f = startingAt(i);
      f.month1 = m;
      if (i + 1 < to && day(t, i + 1) > 0 && t.gapBefore[i + 1] != Tokens.GAP_HARD) {
        Found monthDay = monthDay(t, i, to, f);
        if (monthDay != null) {
          return monthDay;
        }
      }
      if (!data.monthAbbreviations.contains(t.key[i])) {
        return fromMonth(t, i, to, f);
      }
    }
    if (isYear(t, i)) {
      return fromYear(t, i, to, startingAt(i));
    }
    Integer offset = data.relativeYears.get(key);
    // «last November», «next March»: the month of the year before or after the document's (the month's
    // place in that year is not weighed: «last November» in a December text is read as the year before).
    Integer relativeMonth = offset != null && i + 1 < to && t.gapBefore[i + 1] != Tokens.GAP_HARD ? month(t, i + 1) : null;
    if (relativeMonth != null && !data.monthAbbreviations.contains(t.key[i + 1])) {
      Found f = startingAt(i);
      f.relativeYear = offset;
      f.month1 = relativeMonth;
      f.last = i + 2;
      return f;
    }
    if (offset != null && i + 1 < to && words.is(WordClass.RELATIVE_YEAR_NOUN, t.key[i + 1])) {
      Found f = startingAt(i);
      f.relativeYear = offset;
      f.last = i + 2;
      half(t, i, f);
      return f;
    }
    // «next month», «в текущем месяце»: a month counted from the document's, as a relative year is from its year.
    if (offset != null && i + 1 < to && data.monthWords.contains(t.key[i + 1])) {
      Found f = startingAt(i);
      f.relativeMonth = offset;
      f.last = i + 2;
      return f;
    }
    Integer dayOffset = data.relativeDays.get(key);
    if (dayOffset != null) {
      Found f = startingAt(i);
      f.relativeDay = dayOffset;
      f.last = i + 1;
      return f;
    }
    Integer weekday = data.weekdays.get(key);
    if (weekday != null && i > 0 && (words.is(WordClass.LOCATIVE_PREPOSITION, t.key[i - 1])
        || data.language.weekdaysStandAlone() && Character.isLowerCase(t.source.charAt(t.start[i - 1])))) {
      Found f = startingAt(i);
      f.weekday = weekday;
      f.last = i + 1;
      return f;
    }
    return null;
  }

  private static Found startingAt(int first) {
    Found f = new Found();
    f.first = first;
    return f;
  }

  /** «с 22 по 24 апреля 2025 года», «с 4-го по 5 ноября», «со 2-го по 3-е декабря». */
  private Found range(Tokens t, int i, int to, Found f) {
    int j = i + 1;
    f.day1 = day(t, j);
    j = afterDay(t, j, to);
    Integer m = j < to ? month(t, j) : null;
    if (m != null) {
      f.month1 = m;
      j++;
    }
    if (j < to && words.is(WordClass.DATE_RANGE_TO, t.key[j]) && j + 2 < to + 1 && day(t, j + 1) > 0) {
      f.day2 = day(t, j + 1);
      int month2 = afterDay(t, j + 1, to);
      Integer m2 = month2 < to ? month(t, month2) : null;
      if (m2 != null) {
        f.month2 = m2;
        if (f.month1 == 0) {
          f.month1 = m2;
        }
        f.last = year(t, month2 + 1, to, f, true);
        return f;
      }
    }
    return null;
  }

  /**
   * The token after the day number at {@code k}, past an ordinal's ending joined to it by a hyphen
   * («4-го», «3-е»).
   */
  private int afterDay(Tokens t, int k, int to) {
    return k + 1 < to && t.hyphenAfter[k] && data.language.isNumeralOrdinalSuffix(t.key[k + 1]) ? k + 2 : k + 1;
  }

  /**
   * «26 апреля 2025 года», «29-31 мая», «30 октября - 13 ноября 2025 года», and days listed before
   * their month («9 and 10 March 2018», «27, 28 and 29 July»), a range when each day follows the one before.
   */
  private Found fromDay(Tokens t, int i, int to, Found f) {
    f.day1 = day(t, i);
    int j = i + 1;
    int listed = lastListedDay(t, i, to);
    if (listed > 0 && listed + 1 < to && month(t, listed + 1) != null) {
      return rangeToDayBeforeMonth(f, t, listed, to);
    }
    if (j + 1 < to && t.gapIs(j, '-') && day(t, j) > 0 && month(t, j + 1) != null) {
      return rangeToDayBeforeMonth(f, t, j, to);
    }
    // «on 26 to 27 January 2009»: a range told without the word that opens one.
    if (j + 2 < to && words.is(WordClass.DATE_RANGE_TO, t.key[j]) && day(t, j + 1) > 0 && month(t, j + 2) != null) {
      return rangeToDayBeforeMonth(f, t, j + 1, to);
    }
    Integer m = j < to ? month(t, j) : null;
    if (m == null) {
      j = skipFillers(t, j, to);
      m = j < to && j > i + 1 ? month(t, j) : null;
    }
    if (m == null) {
      return numeric(t, i, to, f);
    }
    f.month1 = m;
    int k = year(t, j + 1, to, f, false);
    // «25 JAN. 2018», «11 Jul. 2018»: the stop after a month's abbreviation ends no sentence.
    if (k == j + 1 && k < to && data.monthAbbreviations.contains(t.key[j]) && isYear(t, k) && t.gapIs(k, '.')) {
      f.year1 = Integer.parseInt(t.key[k]);
      k++;
    }
    // «on the 12th January, 2022», «3 March, 2021»: a comma may stand before the year, as after a month first.
    if (k == j + 1 && k < to && f.year1 == 0 && f.relativeYear == null && isYear(t, k) && t.gapIs(k, ',')) {
      f.year1 = Integer.parseInt(t.key[k]);
      k++;
    }
    if (k < to && k + 1 < to && t.gapIs(k, '-') && day(t, k) > 0 && month(t, k + 1) != null) {
      f.day2 = day(t, k);
      f.month2 = month(t, k + 1);
      f.last = year(t, k + 2, to, f, true);
      return f;
    }
    f.last = k;
    return f;
  }

  /**
   * «January 25, 2014», «June 10-11, 2010», «June 10 and 11, 2010», «June 23 to 24, 2016», «July 14th»: the
   * month first, then the day; {@code f.month1} is set. A second day joined by «and» is the next day; one
   * joined by a range's «to» is any later day. An abbreviated month («Jan 25») needs its year; null where
   * it has none.
   */
  private Found monthDay(Tokens t, int i, int to, Found f) {
    f.day1 = day(t, i + 1);
    int j = skipSuffix(t, i + 2, to);
    if (j + 1 <= to - 1 && t.gapIs(j, '-') && day(t, j) > 0) {
      f.day2 = day(t, j);
      f.month2 = f.month1;
      j = skipSuffix(t, j + 1, to);
    } else if (j + 1 < to && (words.is(WordClass.AND, t.key[j]) && day(t, j + 1) == f.day1 + 1
        || words.is(WordClass.DATE_RANGE_TO, t.key[j]) && day(t, j + 1) > f.day1)) {
      f.day2 = day(t, j + 1);
      f.month2 = f.month1;
      j = skipSuffix(t, j + 2, to);
    } else if (j + 2 < to && words.is(WordClass.DATE_RANGE_TO, t.key[j]) && laterMonthDay(t, j + 1, f)) {
      // «from September 25 to September 30, 1972», «October 29 to November 1»: the month told again.
      f.month2 = month(t, j + 1);
      f.day2 = day(t, j + 2);
      j = skipSuffix(t, j + 3, to);
    }
    if (j < to && isYear(t, j) && (t.gapBefore[j] == Tokens.GAP_SPACE || t.gapIs(j, ','))) {
      f.year1 = Integer.parseInt(t.key[j]);
      j++;
    } else if (data.monthAbbreviations.contains(t.key[i])) {
      return null;
    }
    f.last = j;
    return f;
  }

  /** Whether a month and a day at token {@code i} come after the first day of {@code f} in the same year. */
  private boolean laterMonthDay(Tokens t, int i, Found f) {
    Integer m = month(t, i);
    int d = day(t, i + 1);
    return m != null && d > 0 && t.gapBefore[i + 1] == Tokens.GAP_SPACE && (m > f.month1 || m == f.month1 && d > f.day1);
  }

  /**
   * A range of days in one month whose last day is at {@code lastDay}, with the month right after it
   * and the year after that where the text gives one («29-31 мая», «9 and 10 March 2018»).
   */
  private Found rangeToDayBeforeMonth(Found f, Tokens t, int lastDay, int to) {
    f.day2 = day(t, lastDay);
    f.month1 = month(t, lastDay + 1);
    f.month2 = f.month1;
    f.last = year(t, lastDay + 2, to, f, true);
    return f;
  }

  /**
   * The last of the days listed from token {@code i} on («9 and 10», «27, 28 and 29»: commas, then «and»
   * before the last), each the day after the one before; -1 where there is no such list. Days that do not
   * follow each other («3 and 10 March») are two dates, not a range.
   */
  private int lastListedDay(Tokens t, int i, int to) {
    int last = i;
    int k = i + 1;
    while (k + 1 < to && t.gapIs(k, ',') && day(t, k) == day(t, last) + 1) {
      last = k;
      k++;
    }
    return k + 1 < to && words.is(WordClass.AND, t.key[k]) && day(t, k + 1) == day(t, last) + 1 ? k + 1 : -1;
  }

  /** The token after an ordinal suffix written onto the day at {@code j - 1} («25th»), else {@code j}. */
  private int skipSuffix(Tokens t, int j, int to) {
    return j < to && t.start[j] == t.end[j - 1] && words.is(WordClass.DAY_FILLER, t.key[j]) ? j + 1 : j;
  }

  /**
   * «2021-03-12», «2016/05/24», «21/04/2011», «12.09.2014», «03-09-2019»: a day written in digits, the year (four
   * digits) first with hyphens or slashes, or last with slashes or dots (or hyphens, on a date line of its own: a site's
   * stamp amid other words dates nothing the text tells), the three parts joined by one mark each and nothing
   * else; where the language writes them ({@link Language#writesDottedDatesWithTwoFigureYears}), «27.05.14», two
   * figures each, day, month and year; a first number above 12 is the day, a second above 12 makes the first the month. Null
   * for anything else («2018-2028», «A/RES/77/248»).
   */
  private Found numeric(Tokens t, int i) {
    if (!tight(t, i + 1) || !tight(t, i + 2)) {
      return null;
    }
    char mark = t.source.charAt(t.end[i]);
    if (mark != t.source.charAt(t.end[i + 1]) || (i > 0 && t.start[i] == t.end[i - 1] + 1
        && isNumberMark(t.source.charAt(t.end[i - 1])))) {
      return null;
    }
    int after = t.end[i + 2];
    if (after + 1 < t.source.length() && isNumberMark(t.source.charAt(after))
        && Character.isDigit(t.source.charAt(after + 1))) {
      return null;
    }
    String a = t.key[i];
    String b = t.key[i + 1];
    String c = t.key[i + 2];
    int year;
    int month;
    int day;
    if ((mark == '-' || mark == '/') && isYear(t, i) && b.length() == 2 && c.length() == 2) {
      year = Integer.parseInt(a);
      month = Integer.parseInt(b);
      day = Integer.parseInt(c);
    } else if ((mark == '/' || mark == '.' || mark == '-' && aloneOnItsLine(t, i, i + 3)) && a.length() <= 2 && b.length() <= 2
        && isYear(t, i + 2)) {
      year = Integer.parseInt(c);
      int first = Integer.parseInt(a);
      int second = Integer.parseInt(b);
      boolean monthFirst = second > 12 && first <= 12;
      day = monthFirst ? second : first;
      month = monthFirst ? first : second;
    } else if (mark == '.' && a.length() == 2 && b.length() == 2 && c.length() == 2
        && data.language.writesDottedDatesWithTwoFigureYears()) {
      year = yearOfTwoFigures(Integer.parseInt(c));
      day = Integer.parseInt(a);
      month = Integer.parseInt(b);
    } else {
      return null;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    return dayInFigures(i, year, month, day);
  }

  /** The day three figures from token {@code first} give, year, month and day. */
  private static Found dayInFigures(int first, int year, int month, int day) {
    Found f = startingAt(first);
    f.year1 = year;
    f.month1 = month;
    f.day1 = day;
    f.last = first + 3;
    return f;
  }

  /** Whether tokens {@code [from, to)} fill their line: a line break (or the text's edge) before and after them. */
  private static boolean aloneOnItsLine(Tokens t, int from, int to) {
    return (from == 0 || t.gapHas(from, '\n')) && (to >= t.size || t.gapHas(to, '\n'));
  }

  /** Whether token {@code i} follows the one before it across exactly one character. */
  private static boolean tight(Tokens t, int i) {
    return t.start[i] == t.end[i - 1] + 1;
  }

  private static boolean isNumberMark(char c) {
    return c == '-' || c == '/' || c == '.';
  }

  /** «в декабре 2024 года», «в мае и в июне текущего года»; {@code f.month1} is set. */
  private Found fromMonth(Tokens t, int i, int to, Found f) {
    int j = i + 1;
    int k = j;
    boolean and = k < to && words.is(WordClass.AND, t.key[k]);
    if (k < to && (and || t.gapIs(k, '-'))) {
      int n = and ? k + 1 : k;
      if (n < to && words.is(WordClass.LOCATIVE_PREPOSITION, t.key[n])) {
        n++;
      }
      Integer m2 = n < to ? month(t, n) : null;
      if (m2 != null) {
        f.month2 = m2;
        j = n + 1;
      }
    }
    int end = year(t, j, to, f, true);
    if (end == j && f.month2 == 0 && (i == 0 || !words.is(WordClass.LOCATIVE_PREPOSITION, t.key[i - 1]))) {
      return null;
    }
    f.last = end;
    return f;
  }

  /** «2018-2028 годов», «в 2026 году», «до 2030 г.». */
  private Found fromYear(Tokens t, int i, int to, Found f) {
    String key = t.key[i];
    f.year1 = Integer.parseInt(key);
    int j = i + 1;
    if (j < to && t.gapIs(j, '-') && isYear(t, j)) {
      f.year2 = Integer.parseInt(t.key[j]);
      j++;
    }
    boolean yearWord = j < to && data.yearWords.contains(t.key[j]) && t.gapBefore[j] != Tokens.GAP_HARD;
    String before = i > 0 ? t.key[i - 1] : "";
    boolean introduced = words.is(WordClass.YEAR_PREPOSITION, before) || data.language.partOfYear(t, i, true) > 0;
    if (!yearWord && !(introduced && (f.year2 > 0 || data.language.bareYearsAreDates()))) {
      return null;
    }
    f.until = words.is(WordClass.UNTIL_PREPOSITION, before);
    f.since = f.year2 == 0 && words.is(WordClass.SINCE_PREPOSITION, before);
    f.last = yearWord ? j + 1 : j;
    if (f.year2 == 0) {
      half(t, i, f);
    }
    return f;
  }

  /** «in the first half of 2025»: the months of the half of the year the words before it name ({@link Language#partOfYear}). */
  private void half(Tokens t, int year, Found f) {
    int half = data.language.partOfYear(t, year, false);
    if (half > 0) {
      f.month1 = half == 1 ? 1 : 7;
      f.month2 = half == 1 ? 6 : 12;
    }
  }

  /** Reads an optional year (or «текущего года») at {@code j}; returns the token after the date. */
  private int year(Tokens t, int j, int to, Found f, boolean second) {
    if (j < to && isYear(t, j) && t.gapBefore[j] != Tokens.GAP_HARD) {
      if (second) {
        f.year2 = Integer.parseInt(t.key[j]);
      } else {
        f.year1 = Integer.parseInt(t.key[j]);
      }
      j++;
      if (j < to && data.yearWords.contains(t.key[j]) && t.gapBefore[j] != Tokens.GAP_HARD) {
        j++;
      }
      return j;
    }
    if (j + 1 < to && data.relativeYears.containsKey(t.key[j]) && data.yearWords.contains(t.key[j + 1])) {
      f.relativeYear = data.relativeYears.get(t.key[j]);
      return j + 2;
    }
    return j;
  }

  /**
   * «on the nineteenth day of March, 1972», «this Twenty-Second Day of November», «the first of May»,
   * «четвертого ноября 1966 года», «двадцать пятого июня»: a day written as an ordinal word (one word, two
   * joined by a hyphen, or a units' ordinal after its cardinal tens), the fillers before its month («day
   * of», «of»: one at least, unless {@link Language#ordinalDayStandsBeforeItsMonth}), the month and the year
   * if one follows, in figures or in words; null for anything else.
   */
  private Found fromOrdinalDay(Tokens t, int i, int to) {
    int j = i + 1;
    Integer day = null;
    if (t.hyphenAfter[i] && i + 1 < to) {
      day = data.ordinals.get(t.key[i] + "-" + t.key[i + 1]);
      j = i + 2;
    }
    if (day == null) {
      day = data.ordinals.get(t.key[i]);
      j = i + 1;
    }
    Integer tens = day == null && i + 2 < to ? data.tens.get(t.key[i]) : null;
    if (tens != null) {
      day = unitsAfterTens(t, i + 1, tens);
      j = i + 2;
    }
    if (day == null || day < 1 || day > MAX_DAY) {
      return null;
    }
    int k = j;
    while (k < to && k - j < FILLERS && words.is(WordClass.DAY_FILLER, t.key[k])) {
      k++;
    }
    boolean bare = k == j && data.language.ordinalDayStandsBeforeItsMonth();
    Integer month = (k > j || bare) && k < to ? month(t, k) : null;
    if (month == null || data.monthAbbreviations.contains(t.key[k])) {
      return null;
    }
    Found f = startingAt(i);
    f.day1 = day;
    f.month1 = month;
    int y = k + 1;
    // «the nineteenth day of March, 1972»: a comma may stand before the year.
    if (y < to && isYear(t, y) && t.gapIs(y, ',')) {
      f.year1 = Integer.parseInt(t.key[y]);
      f.last = y + 1;
    } else {
      f.last = year(t, y, to, f, false);
    }
    // «this Twenty-Second Day of November in the Year Two Thousand and Fifteen»: the year in words.
    int[] inWords = f.year1 == 0 && f.relativeYear == null ? data.language.yearInWords(t, y, to) : null;
    if (inWords == null && f.year1 == 0 && f.relativeYear == null) {
      inWords = ordinalYear(t, y, to);
    }
    if (inWords != null) {
      f.year1 = inWords[0];
      f.last = inWords[1];
    }
    return f;
  }

  /**
   * The day a units' ordinal at token {@code k} makes with the cardinal {@code tens} before it («двадцать
   * пятого» is the 25th), or null where no such ordinal stands there.
   */
  private Integer unitsAfterTens(Tokens t, int k, int tens) {
    Integer units = data.ordinals.get(t.key[k]);
    return units != null && units < 10 ? tens + units : null;
  }

  /**
   * «тысяча девятьсот семьдесят пятого года»: a year written as its hundreds in cardinals ({@link
   * Language#hundredsOfAYearInWords}), then the ordinal of its last two figures (with its cardinal tens before
   * it where written apart), and the year's word if one follows: the year and the token after it, or null.
   */
  private int[] ordinalYear(Tokens t, int j, int to) {
    int[] hundreds = data.language.hundredsOfAYearInWords(t, j, to);
    if (hundreds == null || hundreds[1] >= to) {
      return null;
    }
    int k = hundreds[1];
    Integer tens = data.tens.get(t.key[k]);
    Integer rest = tens != null && k + 1 < to ? unitsAfterTens(t, k + 1, tens) : data.ordinals.get(t.key[k]);
    if (rest == null || rest >= 100) {
      return null;
    }
    k += tens != null ? 2 : 1;
    int year = hundreds[0] + rest;
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return null;
    }
    if (k < to && data.yearWords.contains(t.key[k]) && t.gapBefore[k] != Tokens.GAP_HARD) {
      k++;
    }
    return new int[] {year, k};
  }

  /** Most filler words between a day's suffix and its month («14th day of March»: «day of»). */
  private static final int FILLERS = 2;

  /** The token after the fillers between a day and its month («7th August», «25th of November», «14th day of March»). */
  private int skipFillers(Tokens t, int j, int to) {
    int k = skipSuffix(t, j, to);
    for (int n = 0; n < FILLERS && k < to && k > j && words.is(WordClass.DAY_FILLER, t.key[k]); n++) {
      k++;
    }
    return k;
  }

  /**
   * «Декларация от 07.06.2002 года», «Декларация от 21.12.91»: a day, a month and a year in figures
   * joined by full stops right after the preposition that dates a document, as legal databases
   * date a text. Anywhere else figures joined by stops are a point's number («пункт 3.1.12») or a
   * site's dateline («ДУШАНБЕ, 15.10.2022 /НИАТ «Ховар»/»), never the day of adoption.
   */
  private Found numeric(Tokens t, int i, int to, Found f) {
    int j = i + 1;
    int y = j + 1;
    if (y >= to || !t.gapIs(j, '.') || !t.gapIs(y, '.') || !t.isNumber(j) || !t.isNumber(y) || t.key[j].length() > 2
        || y + 1 < to && t.isNumber(y + 1) && t.gapIs(y + 1, '.')) {
      return null;
    }
    if (i == 0 || !words.is(WordClass.DOCUMENT_DATE_PREPOSITION, t.key[i - 1])) {
      return null;
    }
    int month = Integer.parseInt(t.key[j]);
    int year;
    if (isYear(t, y)) {
      year = Integer.parseInt(t.key[y]);
    } else if (t.key[y].length() == 2) {
      year = yearOfTwoFigures(Integer.parseInt(t.key[y]));
    } else {
      return null;
    }
    if (month < 1 || month > 12) {
      return null;
    }
    f.month1 = month;
    f.year1 = year;
    f.last = y + 1;
    return f;
  }

  /** A two-figure year up to this is of the 2000s («от 07.06.02»), above it of the 1900s («от 21.12.91»). */
  private static final int TWO_FIGURE_PIVOT = 40;

  /** A two-figure year read whole, as {@link #TWO_FIGURE_PIVOT} divides the centuries: «14» 2014, «91» 1991. */
  private static int yearOfTwoFigures(int twoFigures) {
    return twoFigures <= TWO_FIGURE_PIVOT ? 2000 + twoFigures : 1900 + twoFigures;
  }

  /**
   * «Бишкек,05.11.24./Автор/.», «(ЗАКЛЮЧЕНО Г. РИМЕ 10.02.98)»: a day in figures joined by full stops at token {@code i},
   * the year in four figures or in two (as {@link #TWO_FIGURE_PIVOT} reads it); null when no such day stands there. Only
   * a caller that knows token {@code i} opens a dateline's day, or follows the city a text was made in, may ask:
   * elsewhere such figures are a point's number.
   */
  Found figuresDay(Tokens t, int i, int to) {
    if (i + 2 >= to || !t.isNumber(i) || !t.isNumber(i + 1) || !t.isNumber(i + 2) || !tight(t, i + 1) || !tight(t, i + 2)
        || t.source.charAt(t.end[i]) != '.' || t.source.charAt(t.end[i + 1]) != '.') {
      return null;
    }
    int year;
    if (isYear(t, i + 2)) {
      year = Integer.parseInt(t.key[i + 2]);
    } else if (t.key[i + 2].length() == 2) {
      year = yearOfTwoFigures(Integer.parseInt(t.key[i + 2]));
    } else {
      return null;
    }
    int day = day(t, i);
    int month = t.key[i + 1].length() <= 2 ? Integer.parseInt(t.key[i + 1]) : 0;
    if (day == 0 || month < 1 || month > 12) {
      return null;
    }
    return dayInFigures(i, year, month, day);
  }

  private static boolean hasDigitBefore(Tokens t, int i) {
    return i > 0 && t.isNumber(i - 1) && t.gapIs(i, '-');
  }


  private Integer month(Tokens t, int i) {
    return data.months.get(t.key[i]);
  }

  private static int day(Tokens t, int i) {
    if (!t.isNumber(i) || t.key[i].length() > 2) {
      return 0;
    }
    int d = Integer.parseInt(t.key[i]);
    return d >= 1 && d <= 31 ? d : 0;
  }

  private static boolean isYear(Tokens t, int i) {
    if (!t.isNumber(i) || t.key[i].length() != 4) {
      return false;
    }
    int y = Integer.parseInt(t.key[i]);
    return y >= MIN_YEAR && y <= MAX_YEAR;
  }
}
