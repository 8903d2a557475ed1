package dev.entente.query;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.entente.model.Act;
import dev.entente.model.Commitment;
import dev.entente.model.Statement;
import dev.entente.model.Topic;
import dev.entente.query.DocumentAssert.Asserts;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link Statement}; start with {@link EntenteAssertions#assertThat(Statement)}
 * or {@link DocumentAssert#statementBy(String)}. Party ids may be given in any case.
 */
@CanIgnoreReturnValue
public class StatementAssert extends AbstractAssert<StatementAssert, Statement> {
  /**
   * Assertions on {@code actual}; {@link EntenteAssertions#assertThat(Statement)} reads better.
   *
   * @param actual the statement under test, or null (which fails at the first assertion)
   */
  public StatementAssert(Statement actual) {
    super(actual, StatementAssert.class);
  }

  /**
   * Asserts that the actors are exactly {@code parties}, in any order.
   *
   * @param parties the party ids expected
   * @return this
   */
  public StatementAssert hasActors(String... parties) {
    List<String> expected = Asserts.partyIds(parties, "parties");
    List<String> actors = present().actorIds();
    List<String> missing = Asserts.minus(expected, actors);
    List<String> extra = Asserts.minus(actors, expected);
    if (!missing.isEmpty() || !extra.isEmpty()) {
      fail("to have actors " + expected + " but its actors are " + actors
          + Asserts.difference(missing, extra));
    }
    return this;
  }

  /**
   * Asserts that each of {@code parties} is an actor (others may be too).
   *
   * @param parties the party ids expected among the actors
   * @return this
   */
  public StatementAssert hasActorsContaining(String... parties) {
    List<String> expected = Asserts.partyIds(parties, "parties");
    List<String> missing = Asserts.minus(expected, present().actorIds());
    if (!missing.isEmpty()) {
      fail("to have actors " + expected + " but its actors are " + actual.actorIds()
          + " (missing " + missing + ")");
    }
    return this;
  }

  /**
   * Asserts the act of the main verb.
   *
   * @param act the act expected
   * @return this
   */
  public StatementAssert hasAct(Act act) {
    Asserts.notNull(act, "act");
    if (!present().act().equals(Optional.of(act))) {
      fail("to have act " + act + " but its act is " + actual.act().map(Act::name).orElse("unknown"));
    }
    return this;
  }

  /**
   * Asserts that the statement commits its actors at least as much as {@code commitment}.
   *
   * @param commitment the weakest commitment accepted
   * @return this
   */
  public StatementAssert commitsAtLeast(Commitment commitment) {
    Asserts.notNull(commitment, "commitment");
    if (!present().commitment().map(c -> c.compareTo(commitment) >= 0).orElse(false)) {
      fail("to commit at least to " + commitment + " but its commitment is "
          + actual.commitment().map(Commitment::name).orElse("unknown"));
    }
    return this;
  }

  /**
   * Asserts that the statement is about {@code topic} (among others, maybe).
   *
   * @param topic the topic expected
   * @return this
   */
  public StatementAssert isAbout(Topic topic) {
    Asserts.notNull(topic, "topic");
    if (!present().topics().contains(topic)) {
      fail("to be about " + topic + " but its topics are " + actual.topics());
    }
    return this;
  }

  /**
   * Asserts that the statement mentions the initiative with id {@code initiative}.
   *
   * @param initiative an initiative id ({@code BRI})
   * @return this
   */
  public StatementAssert mentionsInitiative(String initiative) {
    Asserts.notNull(initiative, "initiative");
    if (!present().initiativeIds().contains(initiative)) {
      fail("to mention initiative " + initiative + " but it mentions " + actual.initiativeIds());
    }
    return this;
  }

  /**
   * Asserts that the act is negated («не поддерживают»).
   *
   * @return this
   */
  public StatementAssert isNegated() {
    if (!present().negated()) {
      fail("to be negated but it is not");
    }
    return this;
  }

  /**
   * Asserts that the act is not negated.
   *
   * @return this
   */
  public StatementAssert isNotNegated() {
    if (present().negated()) {
      fail("not to be negated but it is");
    }
    return this;
  }

  private Statement present() {
    if (actual == null) {
      failWithMessage("%s", "expected a statement but was null");
    }
    return actual;
  }

  private void fail(String expectation) {
    failWithMessage("%s", "expected statement " + actual.span() + " by " + actual.actorIds()
        + " " + expectation);
  }
}
