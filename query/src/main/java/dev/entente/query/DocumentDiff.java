package dev.entente.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import dev.entente.model.Act;
import dev.entente.model.Clause;
import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Initiative;
import dev.entente.model.Mechanism;
import dev.entente.model.Party;
import dev.entente.model.Statement;
import dev.entente.model.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What changed from one document to another, e.g. from last year's communiqué to this year's:
 * which initiatives, mechanisms, events and parties (by id) were added or dropped, how each
 * party's stance changed per topic, and which clauses were kept, reworded, added or dropped.
 *
 * <pre>{@code
 * DocumentDiff diff = Query.diff(communique2024, communique2025);
 * diff.addedInitiatives();   // [GDI]
 * diff.stanceChanges();      // [KZ on WATER: [NOTE] → [SUPPORT]]
 * }</pre>
 */
public final class DocumentDiff {
  /** What a party does about a topic: an act, possibly negated («не поддерживают»). */
  public static final class Stance implements Comparable<Stance> {
    private final Act act;
    private final boolean negated;

    Stance(Act act, boolean negated) {
      this.act = act;
      this.negated = negated;
    }

    /** {@return the act of the statements that take this stance} */
    public Act act() {
      return act;
    }

    /** {@return whether the act is negated («не поддерживают»)} */
    public boolean negated() {
      return negated;
    }

    @Override
    public int compareTo(Stance o) {
      int c = act.compareTo(o.act);
      return c != 0 ? c : Boolean.compare(negated, o.negated);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Stance && ((Stance) o).act == act && ((Stance) o).negated == negated;
    }

    @Override
    public int hashCode() {
      return Objects.hash(act, negated);
    }

    /** {@code SUPPORT} or {@code not SUPPORT}. */
    @Override
    public String toString() {
      return negated ? "not " + act : act.toString();
    }
  }

  /** The stances of one party on one topic before and after; either side may be empty. */
  public static final class StanceChange {
    private final String party;
    private final Topic topic;
    private final ImmutableSortedSet<Stance> before;
    private final ImmutableSortedSet<Stance> after;

    StanceChange(String party, Topic topic, ImmutableSortedSet<Stance> before,
        ImmutableSortedSet<Stance> after) {
      this.party = party;
      this.topic = topic;
      this.before = before;
      this.after = after;
    }

    /** {@return the id of the party whose stance changed} */
    public String party() {
      return party;
    }

    /** {@return the topic the stance is about} */
    public Topic topic() {
      return topic;
    }

    /** The stances in the older document. */
    public SortedSet<Stance> before() {
      return before;
    }

    /** The stances in the newer document. */
    public SortedSet<Stance> after() {
      return after;
    }

    /** E.g. {@code KZ on WATER: [NOTE] → [SUPPORT]}. */
    @Override
    public String toString() {
      return party + " on " + topic + ": " + before + " → " + after;
    }
  }

  /** A clause of the older document and its near-duplicate in the newer one. */
  public static final class ClausePair {
    private final Clause before;
    private final Clause after;
    private final double similarity;

    ClausePair(Clause before, Clause after, double similarity) {
      this.before = before;
      this.after = after;
      this.similarity = similarity;
    }

    /** {@return the clause of the older document} */
    public Clause before() {
      return before;
    }

    /** {@return the clause of the newer document} */
    public Clause after() {
      return after;
    }

    /** The Jaccard similarity of the clauses' word shingles, at least {@value Fingerprint#SAME_TEXT}. */
    public double similarity() {
      return similarity;
    }

    @Override
    public String toString() {
      return before.span() + " ≈ " + after.span() + String.format(" (%.2f)", similarity);
    }
  }

  private final Document before;
  private final Document after;
  private final ImmutableList<StanceChange> stanceChanges;
  private final ImmutableList<ClausePair> nearDuplicateClauses;
  private final ImmutableList<Clause> addedClauses;
  private final ImmutableList<Clause> droppedClauses;

  private DocumentDiff(Document before, Document after) {
    this.before = before;
    this.after = after;
    this.stanceChanges = stanceChanges(before, after);
    List<Clause> older = clauses(before);
    List<Clause> newer = clauses(after);
    List<Fingerprint> olderPrints = prints(before, older);
    List<Fingerprint> newerPrints = prints(after, newer);
    List<ClausePair> pairs = new ArrayList<>();
    Set<Integer> matchedOlder = new TreeSet<>();
    Set<Integer> matchedNewer = new TreeSet<>();
    for (int i = 0; i < older.size(); i++) {
      for (int j = 0; j < newer.size(); j++) {
        double similarity = olderPrints.get(i).similarity(newerPrints.get(j));
        if (similarity >= Fingerprint.SAME_TEXT) {
          pairs.add(new ClausePair(older.get(i), newer.get(j), similarity));
          matchedOlder.add(i);
          matchedNewer.add(j);
        }
      }
    }
    this.nearDuplicateClauses = ImmutableList.copyOf(pairs);
    this.droppedClauses = unmatched(older, matchedOlder);
    this.addedClauses = unmatched(newer, matchedNewer);
  }

  /** The changes from {@code before} to {@code after}. */
  public static DocumentDiff between(Document before, Document after) {
    checkNotNull(before, "before == null");
    checkNotNull(after, "after == null");
    return new DocumentDiff(before, after);
  }

  /** The older document. */
  public Document before() {
    return before;
  }

  /** The newer document. */
  public Document after() {
    return after;
  }

  /** Ids of the initiatives only the newer document has. */
  public Set<String> addedInitiatives() {
    return added(Document::initiatives, Initiative::id);
  }

  /** Ids of the initiatives only the older document has. */
  public Set<String> droppedInitiatives() {
    return dropped(Document::initiatives, Initiative::id);
  }

  /** Ids of the mechanisms only the newer document has. */
  public Set<String> addedMechanisms() {
    return added(Document::mechanisms, Mechanism::id);
  }

  /** Ids of the mechanisms only the older document has. */
  public Set<String> droppedMechanisms() {
    return dropped(Document::mechanisms, Mechanism::id);
  }

  /** Ids of the events only the newer document has. */
  public Set<String> addedEvents() {
    return added(Document::events, Event::id);
  }

  /** Ids of the events only the older document has. */
  public Set<String> droppedEvents() {
    return dropped(Document::events, Event::id);
  }

  /** Ids of the parties only the newer document has. */
  public Set<String> addedParties() {
    return added(Document::parties, Party::id);
  }

  /** Ids of the parties only the older document has. */
  public Set<String> droppedParties() {
    return dropped(Document::parties, Party::id);
  }

  /**
   * For each party and topic whose stances differ, the stances before and after, by party id then
   * topic (in {@link Topic}'s order). A party's stances on a topic are the acts of the statements it is an actor of that are
   * about the topic.
   */
  public List<StanceChange> stanceChanges() {
    return stanceChanges;
  }

  /**
   * Every pair of an older and a newer clause (preamble paragraphs included) whose word-shingle
   * Jaccard similarity is at least {@value Fingerprint#SAME_TEXT}: kept or lightly reworded.
   */
  public List<ClausePair> nearDuplicateClauses() {
    return nearDuplicateClauses;
  }

  /** The newer document's clauses with no near-duplicate in the older one. */
  public List<Clause> addedClauses() {
    return addedClauses;
  }

  /** The older document's clauses with no near-duplicate in the newer one. */
  public List<Clause> droppedClauses() {
    return droppedClauses;
  }

  /** Whether nothing was added or dropped and no stance changed. */
  public boolean isEmpty() {
    return addedInitiatives().isEmpty() && droppedInitiatives().isEmpty()
        && addedMechanisms().isEmpty() && droppedMechanisms().isEmpty()
        && addedEvents().isEmpty() && droppedEvents().isEmpty()
        && addedParties().isEmpty() && droppedParties().isEmpty()
        && stanceChanges.isEmpty() && addedClauses.isEmpty() && droppedClauses.isEmpty();
  }

  @Override
  public String toString() {
    return "DocumentDiff[" + before.id() + " → " + after.id()
        + ": initiatives +" + addedInitiatives() + " -" + droppedInitiatives()
        + ", mechanisms +" + addedMechanisms() + " -" + droppedMechanisms()
        + ", events +" + addedEvents() + " -" + droppedEvents()
        + ", parties +" + addedParties() + " -" + droppedParties()
        + ", stances " + stanceChanges
        + ", clauses +" + addedClauses.size() + " -" + droppedClauses.size() + "]";
  }

  private <T> ImmutableSet<String> added(Function<Document, List<T>> items, Function<T, String> id) {
    return ImmutableSet.copyOf(Sets.difference(ids(after, items, id), ids(before, items, id)));
  }

  private <T> ImmutableSet<String> dropped(Function<Document, List<T>> items, Function<T, String> id) {
    return ImmutableSet.copyOf(Sets.difference(ids(before, items, id), ids(after, items, id)));
  }

  private static <T> ImmutableSet<String> ids(Document document, Function<Document, List<T>> items,
      Function<T, String> id) {
    return items.apply(document).stream().map(id).collect(ImmutableSet.toImmutableSet());
  }

  private static ImmutableList<StanceChange> stanceChanges(Document before, Document after) {
    Map<String, Map<Topic, Set<Stance>>> older = stances(before);
    Map<String, Map<Topic, Set<Stance>>> newer = stances(after);
    Set<String> parties = new TreeSet<>(older.keySet());
    parties.addAll(newer.keySet());
    ImmutableList.Builder<StanceChange> changes = ImmutableList.builder();
    for (String party : parties) {
      Map<Topic, Set<Stance>> was = older.getOrDefault(party, Map.of());
      Map<Topic, Set<Stance>> is = newer.getOrDefault(party, Map.of());
      Set<Topic> topics = new TreeSet<>(was.keySet());
      topics.addAll(is.keySet());
      for (Topic topic : topics) {
        ImmutableSortedSet<Stance> a = ImmutableSortedSet.copyOf(was.getOrDefault(topic, Set.of()));
        ImmutableSortedSet<Stance> b = ImmutableSortedSet.copyOf(is.getOrDefault(topic, Set.of()));
        if (!a.equals(b)) {
          changes.add(new StanceChange(party, topic, a, b));
        }
      }
    }
    return changes.build();
  }

  private static Map<String, Map<Topic, Set<Stance>>> stances(Document document) {
    Map<String, Map<Topic, Set<Stance>>> stances = new TreeMap<>();
    document.statements().forEach((Statement s) -> s.act().ifPresent(act -> {
      for (String actor : s.actorIds()) {
        for (Topic topic : s.topics()) {
          stances.computeIfAbsent(actor, k -> new TreeMap<>())
              .computeIfAbsent(topic, k -> new TreeSet<>())
              .add(new Stance(act, s.negated()));
        }
      }
    }));
    return stances;
  }

  private static List<Clause> clauses(Document document) {
    List<Clause> clauses = new ArrayList<>(document.preamble());
    clauses.addAll(document.clauses());
    clauses.sort(Comparator.comparingInt(Clause::start));
    return clauses;
  }

  private static List<Fingerprint> prints(Document document, List<Clause> clauses) {
    List<Fingerprint> prints = new ArrayList<>();
    for (Clause clause : clauses) {
      String text = document.text();
      prints.add(Fingerprint.ofText(clause.end() <= text.length()
          ? text.substring(clause.start(), clause.end()) : ""));
    }
    return prints;
  }

  private static ImmutableList<Clause> unmatched(List<Clause> clauses, Set<Integer> matched) {
    ImmutableList.Builder<Clause> out = ImmutableList.builder();
    for (int i = 0; i < clauses.size(); i++) {
      if (!matched.contains(i)) {
        out.add(clauses.get(i));
      }
    }
    return out.build();
  }
}
