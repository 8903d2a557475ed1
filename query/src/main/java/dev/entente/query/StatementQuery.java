package dev.entente.query;

import dev.entente.model.Act;
import dev.entente.model.Commitment;
import dev.entente.model.Statement;
import dev.entente.model.Strength;
import dev.entente.model.Topic;
import java.util.Comparator;

/**
 * A query over statements: one per sentence, with actors, an act and topics.
 *
 * <pre>{@code
 * corpus.statements().by("KZ").withAct(Act.SUPPORT).about(Topic.ENERGY).toList();
 * }</pre>
 */
public final class StatementQuery extends AbstractQuery<StatementQuery, Statement> {
  StatementQuery(Corpus corpus, Condition<? super Statement> condition,
      Comparator<? super Statement> order, int limit) {
    super(corpus, corpus.statementIndex(), "statements", condition, order, limit);
  }

  @Override
  StatementQuery copy(Condition<? super Statement> condition, Comparator<? super Statement> order,
      int limit) {
    return new StatementQuery(corpus, condition, order, limit);
  }

  /** Statements whose actors include {@code party}: {@code statements().by("KZ")}. */
  public StatementQuery by(String party) {
    return where(Where.by(party));
  }

  /** Statements with act {@code act}: {@code statements().withAct(Act.SUPPORT)}. */
  public StatementQuery withAct(Act act) {
    return where(Where.withAct(act));
  }

  /** Statements about {@code topic}: {@code statements().about(Topic.ENERGY)}. */
  public StatementQuery about(Topic topic) {
    return where(Where.about(topic));
  }

  /** Statements that name {@code party}, as actor or not: {@code statements().mentioningParty("AF")}. */
  public StatementQuery mentioningParty(String party) {
    return where(Where.mentioningParty(party));
  }

  /** Statements that mention an initiative: {@code statements().mentioningInitiative("BRI")}. */
  public StatementQuery mentioningInitiative(String initiative) {
    return where(Where.mentioningInitiative(initiative));
  }

  /** Statements that mention a mechanism: {@code statements().mentioningMechanism(id)}. */
  public StatementQuery mentioningMechanism(String mechanism) {
    return where(Where.mentioningMechanism(mechanism));
  }

  /** Statements that mention an event: {@code statements().mentioningEvent(id)}. */
  public StatementQuery mentioningEvent(String event) {
    return where(Where.mentioningEvent(event));
  }

  /**
   * Statements that back the initiative with id {@code initiative}: one of
   * {@link Where#SUPPORTING_ACTS}, not negated, mentioning it:
   * {@code statements().by("AZ").supporting("BRI")}.
   */
  public StatementQuery supporting(String initiative) {
    return where(Where.supporting(initiative));
  }

  /**
   * Statements at least as committing as {@code commitment}:
   * {@code statements().atLeast(Commitment.READINESS)}.
   */
  public StatementQuery atLeast(Commitment commitment) {
    return where(Where.atLeast(commitment));
  }

  /** Negated statements («не поддерживают»): {@code statements().negated()}. */
  public StatementQuery negated() {
    return where(Where.negated());
  }

  /** Statements that are not negated: {@code statements().affirmed()}. */
  public StatementQuery affirmed() {
    return where(Where.negated().not());
  }

  /** Statements at least as strong as {@code strength}: {@code statements().atLeast(Strength.READY)}. */
  public StatementQuery atLeast(Strength strength) {
    return where(Where.atLeast(strength));
  }
}
