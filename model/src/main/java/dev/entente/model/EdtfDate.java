package dev.entente.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date at the precision the text gives it, written as ISO 8601 / EDTF level 0: a day
 * ({@code 2025-04-26}), a month ({@code 2024-12}), a year ({@code 2026}) or an interval of two of
 * those ({@code 2025-04-04/2025-04-05}, {@code 2025-05/2025-06}).
 *
 * <pre>{@code
 * EdtfDate may = EdtfDate.parse("2025-05");
 * may.earliest();  // 2025-05-01
 * may.latest();    // 2025-05-31
 * }</pre>
 */
public final class EdtfDate implements Comparable<EdtfDate> {
  /** How much of a date the text gave. */
  public enum Precision {
    /** A year: {@code 2026}. */
    YEAR,
    /** A month: {@code 2025-05}. */
    MONTH,
    /** A day: {@code 2025-04-26}. */
    DAY
  }

  private final String value;
  private final Precision precision;
  private final LocalDate earliest;
  private final LocalDate latest;
  private final boolean interval;

  private EdtfDate(String value, Precision precision, LocalDate earliest, LocalDate latest,
      boolean interval) {
    this.value = value;
    this.precision = precision;
    this.earliest = earliest;
    this.latest = latest;
    this.interval = interval;
  }

  /**
   * A whole day.
   *
   * @throws IllegalArgumentException if the year is outside 0000–9999, which EDTF level 0 and
   *     the JSON can write
   * @throws java.time.DateTimeException if there is no such day
   */
  public static EdtfDate ofDay(int year, int month, int day) {
    checkYear(year);
    LocalDate date = LocalDate.of(year, month, day);
    return new EdtfDate(date.toString(), Precision.DAY, date, date, false);
  }

  /**
   * A whole month.
   *
   * @throws IllegalArgumentException if the year is outside 0000–9999
   * @throws java.time.DateTimeException if there is no such month
   */
  public static EdtfDate ofMonth(int year, int month) {
    checkYear(year);
    YearMonth ym = YearMonth.of(year, month);
    return new EdtfDate(ym.toString(), Precision.MONTH, ym.atDay(1), ym.atEndOfMonth(), false);
  }

  /**
   * A whole year.
   *
   * @throws IllegalArgumentException if the year is outside 0000–9999
   */
  public static EdtfDate ofYear(int year) {
    checkYear(year);
    String digits = Integer.toString(year);
    return new EdtfDate("0000".substring(digits.length()) + digits, Precision.YEAR,
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false);
  }

  /**
   * The interval from {@code from} to {@code to}, both single dates.
   *
   * @throws IllegalArgumentException if either is an interval or {@code to} starts before
   *     {@code from}
   */
  public static EdtfDate between(EdtfDate from, EdtfDate to) {
    if (from.interval || to.interval) {
      throw new IllegalArgumentException("interval ends must be single dates: " + from + ", " + to);
    }
    if (to.latest.isBefore(from.earliest)) {
      throw new IllegalArgumentException("interval must not end before it starts: " + from + "/" + to);
    }
    Precision precision = from.precision.compareTo(to.precision) <= 0 ? from.precision : to.precision;
    return new EdtfDate(from.value + "/" + to.value, precision, from.earliest, to.latest, true);
  }

  /**
   * Reads an EDTF level-0 date or interval.
   *
   * @throws IllegalArgumentException naming the value if it is not one
   */
  @JsonCreator
  public static EdtfDate parse(String value) {
    Objects.requireNonNull(value, "value == null");
    int slash = value.indexOf('/');
    if (slash >= 0) {
      return between(parseSingle(value.substring(0, slash), value),
          parseSingle(value.substring(slash + 1), value));
    }
    return parseSingle(value, value);
  }

  private static EdtfDate parseSingle(String part, String whole) {
    try {
      if (hasShape(part, "dddd")) {
        return ofYear(Integer.parseInt(part));
      }
      if (hasShape(part, "dddd-dd")) {
        return ofMonth(Integer.parseInt(part.substring(0, 4)), Integer.parseInt(part.substring(5)));
      }
      if (hasShape(part, "dddd-dd-dd")) {
        return ofDay(Integer.parseInt(part.substring(0, 4)), Integer.parseInt(part.substring(5, 7)),
            Integer.parseInt(part.substring(8)));
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a valid EDTF date: '" + whole + "': " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(
        "not an EDTF date (YYYY, YYYY-MM, YYYY-MM-DD or two of them joined by '/'): '" + whole + "'");
  }

  /** Whether {@code part} has an ASCII digit wherever {@code shape} has 'd' and its other characters elsewhere. */
  private static boolean hasShape(String part, String shape) {
    if (part.length() != shape.length()) {
      return false;
    }
    for (int i = 0; i < shape.length(); i++) {
      char c = part.charAt(i);
      if (shape.charAt(i) == 'd' ? c < '0' || c > '9' : c != shape.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static void checkYear(int year) {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("year must have four digits: " + year);
    }
  }

  /** The coarsest precision among the ends of this date. */
  public Precision precision() {
    return precision;
  }

  /** The first day this date may denote. */
  public LocalDate earliest() {
    return earliest;
  }

  /** The last day this date may denote. */
  public LocalDate latest() {
    return latest;
  }

  /** Whether this is an interval of two dates rather than one. */
  public boolean isInterval() {
    return interval;
  }

  /** Whether some day lies both in this date and in {@code [from, to]}. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !latest.isBefore(from) && !earliest.isAfter(to);
  }

  @Override
  public int compareTo(EdtfDate other) {
    int c = earliest.compareTo(other.earliest);
    return c != 0 ? c : latest.compareTo(other.latest);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EdtfDate && ((EdtfDate) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The EDTF form, e.g. {@code 2025-04-04/2025-04-05}. */
  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
