package dev.entente.query;

import com.google.common.collect.ImmutableSet;
import dev.entente.model.Initiative;
import dev.entente.model.InitiativeKind;
import java.util.Comparator;

/**
 * A query over named initiatives, strategies, programmes, treaties, …
 *
 * <pre>{@code
 * corpus.initiatives().proposedBy("CN").supportedBy("AZ").toList();
 * }</pre>
 */
public final class InitiativeQuery extends AbstractQuery<InitiativeQuery, Initiative> {
  InitiativeQuery(Corpus corpus, Condition<? super Initiative> condition,
      Comparator<? super Initiative> order, int limit) {
    super(corpus, corpus.initiativeIndex(), "initiatives", condition, order, limit);
  }

  @Override
  InitiativeQuery copy(Condition<? super Initiative> condition,
      Comparator<? super Initiative> order, int limit) {
    return new InitiativeQuery(corpus, condition, order, limit);
  }

  /** Initiatives that {@code party} proposes: {@code initiatives().proposedBy("CN")}. */
  public InitiativeQuery proposedBy(String party) {
    return where(Where.proposedBy(party));
  }

  /**
   * Initiatives that {@code party} backs in a statement of the same document (see
   * {@link Where#supportedBy}): {@code initiatives().supportedBy("AZ")}.
   */
  public InitiativeQuery supportedBy(String party) {
    return where(Where.supportedBy(party));
  }

  /** Initiatives of {@code kind}: {@code initiatives().ofKind(InitiativeKind.STRATEGY)}. */
  public InitiativeQuery ofKind(InitiativeKind kind) {
    return where(Where.ofKind(kind));
  }

  /** The initiative(s) with this id: {@code initiatives().withId("BRI")}. */
  public InitiativeQuery withId(String id) {
    return where(Where.withId(id));
  }

  /** Initiatives whose name contains {@code part}: {@code initiatives().named("пояс")}. */
  public InitiativeQuery named(String part) {
    return where(Where.named(part));
  }

  /** The distinct ids of the results, in order of first result. */
  public ImmutableSet<String> ids() {
    return stream().map(Initiative::id).collect(ImmutableSet.toImmutableSet());
  }
}
