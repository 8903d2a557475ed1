package dev.entente.query;

import dev.entente.model.EdtfDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Year buckets for date indexes: a date is filed under every year it may fall in, or under
 * {@link #WIDE} when it spans many years, so a range query reads a few buckets instead of
 * scanning.
 */
final class Dates {
  static final String WIDE = "wide";
  private static final int MAX_BUCKETS_PER_DATE = 16;
  private static final int MAX_BUCKETS_PER_QUERY = 256;

  private Dates() {}

  static void yearKeys(Optional<EdtfDate> date, Consumer<Object> sink) {
    date.ifPresent(d -> {
      int first = d.earliest().getYear();
      int last = d.latest().getYear();
      if (last - first >= MAX_BUCKETS_PER_DATE) {
        sink.accept(WIDE);
      } else {
        for (int year = first; year <= last; year++) {
          sink.accept(year);
        }
      }
    });
  }

  /** The buckets to read for {@code [from, to]}, or null when scanning is cheaper. */
  static List<Object> buckets(LocalDate from, LocalDate to) {
    if (to.getYear() - from.getYear() >= MAX_BUCKETS_PER_QUERY) {
      return null;
    }
    List<Object> keys = new ArrayList<>();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      keys.add(year);
    }
    keys.add(WIDE);
    return keys;
  }

  /**
   * The years of which every day lies in {@code [from, to]}: an item filed under one of them
   * (and not under {@link #WIDE}) has a day in the range.
   */
  static List<Integer> yearsInside(LocalDate from, LocalDate to) {
    int first = from.getDayOfYear() == 1 ? from.getYear() : from.getYear() + 1;
    int last = to.getMonthValue() == 12 && to.getDayOfMonth() == 31 ? to.getYear()
        : to.getYear() - 1;
    List<Integer> years = new ArrayList<>();
    for (int year = first; year <= last && years.size() <= MAX_BUCKETS_PER_QUERY; year++) {
      years.add(year);
    }
    return years;
  }

  /** Whether {@code date} is known and some day of it lies in {@code [from, to]}. */
  static boolean overlaps(Optional<EdtfDate> date, LocalDate from, LocalDate to) {
    return date.map(d -> d.overlaps(from, to)).orElse(false);
  }
}
