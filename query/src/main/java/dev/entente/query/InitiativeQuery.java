package dev.entente.query;

import com.google.common.collect.ImmutableSet;
import dev.entente.model.Initiative;
import dev.entente.model.InitiativeKind;
import dev.entente.model.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A query over named initiatives, strategies, programmes, treaties, …
 *
 * <pre>{@code
 * corpus.initiatives().proposedBy("CN").supportedBy("AZ").toList();
 * }</pre>
 */
public final class InitiativeQuery extends AbstractQuery<InitiativeQuery, Initiative> {
  // The parties of supportedBy steps, whose statements evidence() gives.
  private final ImmutableSet<String> supporters;

  InitiativeQuery(Corpus corpus, Condition<? super Initiative> condition,
      Comparator<? super Initiative> order, int limit) {
    this(corpus, condition, order, limit, ImmutableSet.of());
  }

  private InitiativeQuery(Corpus corpus, Condition<? super Initiative> condition,
      Comparator<? super Initiative> order, int limit, ImmutableSet<String> supporters) {
    super(corpus, corpus.initiativeIndex(), "initiatives", condition, order, limit);
    this.supporters = supporters;
  }

  @Override
  InitiativeQuery copy(Condition<? super Initiative> condition,
      Comparator<? super Initiative> order, int limit) {
    return new InitiativeQuery(corpus, condition, order, limit, supporters);
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
    InitiativeQuery filtered = where(Where.supportedBy(party));
    return new InitiativeQuery(corpus, filtered.condition, order(), limitOrNegative(),
        ImmutableSet.<String>builder().addAll(supporters).add(Where.partyId(party)).build());
  }

  /**
   * The statements that back each result: for every initiative found, in its document, the
   * statements that mention it with one of {@link Where#SUPPORTING_ACTS}, not negated, and (after
   * {@link #supportedBy}) with that party among their actors. {@link Hit#text()} is the sentence.
   *
   * <pre>{@code
   * for (Hit<Statement> why : corpus.initiatives().supportedBy("AZ").withId("GDI").evidence()) {
   *   System.out.println(why.text());   // «Азербайджанская сторона поддерживает … (ГИР) …»
   * }
   * }</pre>
   *
   * @return the statements in result order, then text order; empty when nothing matches
   */
  public List<Hit<Statement>> evidence() {
    List<Hit<Statement>> found = new ArrayList<>();
    for (Hit<Initiative> hit : hits()) {
      for (Statement statement : hit.document().statements()) {
        if (Where.supports(statement)
            && statement.initiativeIds().contains(hit.item().id())
            && statement.actorIds().containsAll(supporters)) {
          found.add(new Hit<>(hit.document(), statement, hit.documentOrdinal()));
        }
      }
    }
    return Collections.unmodifiableList(found);
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
  public Set<String> ids() {
    return stream().map(Initiative::id).collect(ImmutableSet.toImmutableSet());
  }
}
