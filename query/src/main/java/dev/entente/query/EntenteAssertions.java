package dev.entente.query;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Mechanism;
import dev.entente.model.Statement;

/**
 * AssertJ assertions on parsed documents and their statements, events and mechanisms, for users'
 * tests. Each assertion class extends AssertJ's {@code AbstractAssert}, so {@code as(…)},
 * {@code isEqualTo}, {@code satisfies} and the rest work as on any AssertJ assertion, and
 * {@link EntenteSoftAssertions} collects failures instead of stopping at the first. Failures say
 * what was expected and what was found.
 *
 * <pre>{@code
 * import static dev.entente.query.EntenteAssertions.assertThat;
 *
 * assertThat(document).as("the Baku statement")
 *     .hasSignatories("AZ", "CN")              // exactly these, in any order
 *     .hasPartiesContaining("SCO", "UN")       // these and maybe others
 *     .hasInitiative("BRI").hasClauses(18);
 * assertThat(document).event("визит Председателя").isPlanned().isAt("Азербайджан");
 * }</pre>
 *
 * <p>AssertJ ({@code org.assertj:assertj-core}, 3.x) is an optional dependency of
 * {@code entente-query}: put it on your test class path, as AssertJ users already have.
 */
public final class EntenteAssertions {
  private EntenteAssertions() {}

  /**
   * Starts assertions on a document.
   *
   * @param actual the document under test; null fails at the first assertion
   * @return the assertions on it
   */
  public static DocumentAssert assertThat(Document actual) {
    return new DocumentAssert(actual);
  }

  /**
   * Starts assertions on a statement.
   *
   * @param actual the statement under test; null fails at the first assertion
   * @return the assertions on it
   */
  public static StatementAssert assertThat(Statement actual) {
    return new StatementAssert(actual);
  }

  /**
   * Starts assertions on an event.
   *
   * @param actual the event under test; null fails at the first assertion
   * @return the assertions on it
   */
  public static EventAssert assertThat(Event actual) {
    return new EventAssert(actual);
  }

  /**
   * Starts assertions on a mechanism.
   *
   * @param actual the mechanism under test; null fails at the first assertion
   * @return the assertions on it
   */
  public static MechanismAssert assertThat(Mechanism actual) {
    return new MechanismAssert(actual);
  }
}
