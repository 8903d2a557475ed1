package dev.entente.model;

import java.util.List;
import java.util.Optional;

/**
 * Not part of Entente's API: factories for Entente's own modules that rebuild many values at once
 * (the store, loading a corpus), which may change in any release. They run every check the
 * builders run, so they build nothing a builder would refuse; what they save is the builders'
 * copying: a list given to them is kept when it is already immutable ({@link List#of}, {@link
 * List#copyOf}), so that equal lists of many values can be one list.
 */
public final class ModelInternals {
  private ModelInternals() {}

  /**
   * The statement with these attributes, as {@link Statement#builder()} builds it; the lists are
   * kept, not copied, when they are immutable.
   *
   * @throws IllegalArgumentException if the statement breaks an invariant of {@link Statement#check()}
   * @throws NullPointerException if an argument or a list element is null
   */
  public static Statement statement(int start, int end, List<String> actors, Optional<Act> act,
      Optional<Strength> strength, Optional<String> cameo, boolean negated, List<Topic> topics,
      List<String> parties, List<String> initiatives, List<String> mechanisms, List<String> events,
      String rule) {
    return ImmutableStatement.of(start, end, actors, act, strength, cameo, negated, topics, parties,
        initiatives, mechanisms, events, rule);
  }
}
