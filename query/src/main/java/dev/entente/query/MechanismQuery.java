package dev.entente.query;

import com.google.common.collect.ImmutableSet;
import dev.entente.model.Level;
import dev.entente.model.Mechanism;
import dev.entente.model.MechanismKind;
import dev.entente.model.MechanismStatus;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;

/**
 * A query over mechanisms: formats, commissions, working groups, councils, …
 *
 * <pre>{@code
 * corpus.mechanisms().withStatus(MechanismStatus.NEW).countByKind();
 * }</pre>
 */
public final class MechanismQuery extends AbstractQuery<MechanismQuery, Mechanism> {
  MechanismQuery(Corpus corpus, Condition<? super Mechanism> condition,
      Comparator<? super Mechanism> order, int limit) {
    super(corpus, corpus.mechanismIndex(), "mechanisms", condition, order, limit);
  }

  @Override
  MechanismQuery copy(Condition<? super Mechanism> condition, Comparator<? super Mechanism> order,
      int limit) {
    return new MechanismQuery(corpus, condition, order, limit);
  }

  /** Mechanisms with {@code status}: {@code mechanisms().withStatus(MechanismStatus.NEW)}. */
  public MechanismQuery withStatus(MechanismStatus status) {
    return where(Where.withStatus(status));
  }

  /** Mechanisms of {@code kind}: {@code mechanisms().ofKind(MechanismKind.COMMISSION)}. */
  public MechanismQuery ofKind(MechanismKind kind) {
    return where(Where.ofKind(kind));
  }

  /** Mechanisms that meet at {@code level}: {@code mechanisms().atLevel(Level.MINISTERS)}. */
  public MechanismQuery atLevel(Level level) {
    return where(Where.atLevel(level));
  }

  /** The mechanism(s) with this id: {@code mechanisms().withId("c5-summit")}. */
  public MechanismQuery withId(String id) {
    return where(Where.withId(id));
  }

  /** Mechanisms whose name contains {@code part}: {@code mechanisms().named("совет")}. */
  public MechanismQuery named(String part) {
    return where(Where.named(part));
  }

  /**
   * How many results are of each kind, most frequent first: {@code countBy(Mechanism::kind)},
   * counted from the index.
   */
  public Map<MechanismKind, Long> countByKind() {
    return countByIndexed(Fields.KIND, Mechanism::kind);
  }

  /** How many results have each status, most frequent first, counted from the index. */
  public Map<MechanismStatus, Long> countByStatus() {
    return countByIndexed(Fields.STATUS, Mechanism::status);
  }

  /** The distinct ids of the results, in order of first result. */
  public Set<String> ids() {
    return stream().map(Mechanism::id).collect(ImmutableSet.toImmutableSet());
  }
}
