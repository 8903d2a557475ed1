package dev.entente.query;

import com.google.common.collect.ImmutableSet;
import dev.entente.model.Party;
import dev.entente.model.PartyKind;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A query over the parties of each document: states, organisations, political parties, groups.
 * A party named in three documents gives three results, one per document; {@link #ids()} and
 * {@link #ranked()} count it once per id.
 *
 * <pre>{@code
 * corpus.parties().coMentionedWith("CN").ranked();   // {KZ=12, RU=7, …}
 * }</pre>
 */
public final class PartyQuery extends AbstractQuery<PartyQuery, Party> {
  private final ImmutableSet<String> companions;

  PartyQuery(Corpus corpus, Condition<? super Party> condition, Comparator<? super Party> order,
      int limit, ImmutableSet<String> companions) {
    super(corpus, corpus.partyIndex(), "parties", condition, order, limit);
    this.companions = companions;
  }

  @Override
  PartyQuery copy(Condition<? super Party> condition, Comparator<? super Party> order, int limit) {
    return new PartyQuery(corpus, condition, order, limit, companions);
  }

  /** Parties of {@code kind}: {@code parties().ofKind(PartyKind.ORGANIZATION)}. */
  public PartyQuery ofKind(PartyKind kind) {
    return where(Where.ofKind(kind));
  }

  /** Parties that are signatories of their document: {@code parties().signatories()}. */
  public PartyQuery signatories() {
    return where(Where.signatory());
  }

  /**
   * Parties that sign their document.
   *
   * @deprecated the query API names signing by one word, the model's: use {@link #signatories()}
   */
  @Deprecated
  public PartyQuery thatSign() {
    return signatories();
  }

  /**
   * Parties other than {@code party} named in the same statement as {@code party}:
   * {@code parties().coMentionedWith("CN")}. {@link #ranked()} then counts those statements.
   */
  public PartyQuery coMentionedWith(String party) {
    PartyQuery filtered = where(Where.coMentionedWith(party));
    return new PartyQuery(corpus, filtered.condition, order(), limitOrNegative(),
        ImmutableSet.<String>builder().addAll(companions).add(Where.partyId(party)).build());
  }

  /** The party with this id in each document: {@code parties().withId("KZ")} (or {@code "kz"}). */
  public PartyQuery withId(String id) {
    return where(Where.withId(Where.partyId(id)));
  }

  /** Parties whose Russian name contains {@code part}: {@code parties().named("казах")}. */
  public PartyQuery named(String part) {
    return where(Where.named(part));
  }

  /** The distinct ids of the results, in order of first result. */
  public Set<String> ids() {
    return stream().map(Party::id).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Party ids, most named first, with the number of statements that name them (and, after
   * {@link #coMentionedWith}, every party given there too), summed over the documents; ties keep
   * the order of first result. Parties of the results that no statement names count 0.
   */
  public Map<String, Long> ranked() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Hit<Party> hit : hits()) {
      String id = hit.item().id();
      long statements = hit.document().statements().stream()
          .filter(s -> Where.names(s, id) && companions.stream().allMatch(c -> Where.names(s, c)))
          .count();
      counts.merge(id, statements, Long::sum);
    }
    return rank(counts);
  }
}
