package dev.entente.query;

import dev.entente.model.Document;

/**
 * Assertions on parsed documents for users' tests, in the AssertJ style but with no dependency:
 * failures are {@link AssertionError}s whose messages say what was expected and what was found.
 *
 * <pre>{@code
 * import static dev.entente.query.EntenteAssertions.assertThat;
 *
 * assertThat(document).hasSignatories("AZ", "CN").hasInitiative("BRI").hasClauses(12);
 * }</pre>
 */
public final class EntenteAssertions {
  private EntenteAssertions() {}

  /** Starts assertions on {@code actual}. */
  public static DocumentAssert assertThat(Document actual) {
    return new DocumentAssert(actual);
  }
}
