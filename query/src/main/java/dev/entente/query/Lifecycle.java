package dev.entente.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.entente.model.EdtfDate;
import dev.entente.model.Event;
import dev.entente.model.Place;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The meetings of one mechanism as a corpus reports them: by ordinal («6-я встреча»), with the
 * ordinals no document mentions ({@link #gaps()}) and the ordinals for which documents disagree on
 * the date or the place ({@link #contradictions()}). Obtained from {@link Corpus#lifecycle}.
 *
 * <pre>{@code
 * Lifecycle c5 = corpus.lifecycle("c5-summit");
 * c5.byOrdinal().get(6);   // every document's account of the 6th meeting
 * c5.gaps();               // [5]
 * }</pre>
 */
public final class Lifecycle {
  /** The most gaps listed: an ordinal far beyond the others (a typo, hostile JSON) must not list billions. */
  public static final int MAX_GAPS = 1000;

  /** What documents disagree about. */
  public enum Aspect {
    /** The dates share no day. */
    DATE,
    /** The places have different names. */
    PLACE
  }

  /** Documents that give one ordinal of a mechanism different dates or places. */
  public static final class Contradiction {
    private final int ordinal;
    private final Aspect aspect;
    private final ImmutableList<Hit<Event>> hits;

    Contradiction(int ordinal, Aspect aspect, ImmutableList<Hit<Event>> hits) {
      this.ordinal = ordinal;
      this.aspect = aspect;
      this.hits = hits;
    }

    /** The ordinal the documents disagree about. */
    public int ordinal() {
      return ordinal;
    }

    /** Whether they disagree on the date or the place. */
    public Aspect aspect() {
      return aspect;
    }

    /** Every account of that ordinal that gives the disputed date or place, in corpus order. */
    public List<Hit<Event>> hits() {
      return hits;
    }

    /** E.g. {@code ordinal 6: DATE 2025-08-01 in doc-a, 2025-09 in doc-b}. */
    @Override
    public String toString() {
      return "ordinal " + ordinal + ": " + aspect + " " + hits.stream()
          .map(h -> (aspect == Aspect.DATE ? h.item().date().map(EdtfDate::toString)
              : h.item().place().map(Place::name)).orElse("?") + " in " + h.document().id())
          .collect(Collectors.joining(", "));
    }
  }

  private final String mechanism;
  private final ImmutableSortedMap<Integer, List<Hit<Event>>> byOrdinal;
  private final ImmutableList<Hit<Event>> unnumbered;
  private final ImmutableList<Integer> gaps;
  private final ImmutableList<Contradiction> contradictions;

  private Lifecycle(String mechanism, ImmutableSortedMap<Integer, List<Hit<Event>>> byOrdinal,
      ImmutableList<Hit<Event>> unnumbered, ImmutableList<Integer> gaps,
      ImmutableList<Contradiction> contradictions) {
    this.mechanism = mechanism;
    this.byOrdinal = byOrdinal;
    this.unnumbered = unnumbered;
    this.gaps = gaps;
    this.contradictions = contradictions;
  }

  static Lifecycle of(String mechanism, List<Hit<Event>> hits) {
    TreeMap<Integer, List<Hit<Event>>> grouped = new TreeMap<>();
    List<Hit<Event>> unnumbered = new ArrayList<>();
    for (Hit<Event> hit : hits) {
      Optional<Integer> ordinal = hit.item().ordinal();
      if (ordinal.isPresent()) {
        grouped.computeIfAbsent(ordinal.get(), k -> new ArrayList<>()).add(hit);
      } else {
        unnumbered.add(hit);
      }
    }
    ImmutableSortedMap.Builder<Integer, List<Hit<Event>>> byOrdinal =
        ImmutableSortedMap.naturalOrder();
    List<Contradiction> contradictions = new ArrayList<>();
    grouped.forEach((ordinal, accounts) -> {
      byOrdinal.put(ordinal, ImmutableList.copyOf(accounts));
      conflict(ordinal, Aspect.DATE, accounts, e -> e.date(), (a, b) -> !a.overlaps(b.earliest(), b.latest()))
          .ifPresent(contradictions::add);
      conflict(ordinal, Aspect.PLACE, accounts, e -> e.place(),
          (a, b) -> !Items.normalize(a.name()).equals(Items.normalize(b.name())))
          .ifPresent(contradictions::add);
    });
    List<Integer> gaps = new ArrayList<>();
    if (!grouped.isEmpty()) {
      // lastKey() may be Integer.MAX_VALUE (JSON accepts any ordinal): list the first gaps only
      for (long n = grouped.firstKey() + 1L; n < grouped.lastKey() && gaps.size() < MAX_GAPS; n++) {
        if (!grouped.containsKey((int) n)) {
          gaps.add((int) n);
        }
      }
    }
    unnumbered.sort(Comparator.comparing(h -> h.item().date().orElse(null),
        Comparator.nullsLast(Comparator.naturalOrder())));
    return new Lifecycle(mechanism, byOrdinal.build(), ImmutableList.copyOf(unnumbered),
        ImmutableList.copyOf(gaps), ImmutableList.copyOf(contradictions));
  }

  private static <V> Optional<Contradiction> conflict(int ordinal, Aspect aspect,
      List<Hit<Event>> accounts, Function<Event, Optional<V>> value, BiPredicate<V, V> disagree) {
    List<Hit<Event>> known = accounts.stream()
        .filter(h -> value.apply(h.item()).isPresent())
        .collect(Collectors.toList());
    for (int i = 0; i < known.size(); i++) {
      for (int j = i + 1; j < known.size(); j++) {
        if (disagree.test(value.apply(known.get(i).item()).get(),
            value.apply(known.get(j).item()).get())) {
          return Optional.of(new Contradiction(ordinal, aspect, ImmutableList.copyOf(known)));
        }
      }
    }
    return Optional.empty();
  }

  /** The id of the mechanism. */
  public String mechanism() {
    return mechanism;
  }

  /** Every account of every numbered meeting, by ordinal; each list in corpus order. */
  public SortedMap<Integer, List<Hit<Event>>> byOrdinal() {
    return byOrdinal;
  }

  /** The meetings without an ordinal, dated ones first in date order. */
  public List<Hit<Event>> unnumbered() {
    return unnumbered;
  }

  /** All meetings: the numbered ones by ordinal, then the unnumbered ones. */
  public List<Hit<Event>> events() {
    ImmutableList.Builder<Hit<Event>> all = ImmutableList.builder();
    byOrdinal.values().forEach(all::addAll);
    return all.addAll(unnumbered).build();
  }

  /**
   * The ordinals between the lowest and the highest known one that no document mentions, the
   * first {@value #MAX_GAPS} of them.
   */
  public List<Integer> gaps() {
    return gaps;
  }

  /** The ordinals whose accounts disagree, by ordinal, dates before places. */
  public List<Contradiction> contradictions() {
    return contradictions;
  }

  @Override
  public String toString() {
    return "Lifecycle[" + mechanism + ": ordinals " + byOrdinal.keySet() + ", gaps " + gaps
        + ", contradictions " + contradictions.size() + "]";
  }
}
