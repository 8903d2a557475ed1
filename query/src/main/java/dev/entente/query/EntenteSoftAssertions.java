package dev.entente.query;

import dev.entente.model.Document;
import dev.entente.model.Event;
import dev.entente.model.Mechanism;
import dev.entente.model.Statement;
import org.assertj.core.api.AbstractSoftAssertions;

/**
 * Soft assertions on documents and their items: every failure is collected, and
 * {@link #assertAll()} reports them together. Works like AssertJ's {@code SoftAssertions} (and
 * with its JUnit 5 extension, through {@code @InjectSoftAssertions}).
 *
 * <pre>{@code
 * EntenteSoftAssertions softly = new EntenteSoftAssertions();
 * softly.assertThat(document).hasSignatories("AZ", "CN").hasClauses(18);
 * softly.assertThat(document.statements().get(0)).hasAct(Act.SUPPORT);
 * softly.assertAll();   // one AssertionError listing every failure
 * }</pre>
 */
public class EntenteSoftAssertions extends AbstractSoftAssertions {
  /** Creates soft assertions with no failure collected yet. */
  public EntenteSoftAssertions() {}

  /**
   * Starts soft assertions on a document.
   *
   * @param actual the document under test
   * @return assertions whose failures are collected
   */
  public DocumentAssert assertThat(Document actual) {
    return proxy(DocumentAssert.class, Document.class, actual);
  }

  /**
   * Starts soft assertions on a statement.
   *
   * @param actual the statement under test
   * @return assertions whose failures are collected
   */
  public StatementAssert assertThat(Statement actual) {
    return proxy(StatementAssert.class, Statement.class, actual);
  }

  /**
   * Starts soft assertions on an event.
   *
   * @param actual the event under test
   * @return assertions whose failures are collected
   */
  public EventAssert assertThat(Event actual) {
    return proxy(EventAssert.class, Event.class, actual);
  }

  /**
   * Starts soft assertions on a mechanism.
   *
   * @param actual the mechanism under test
   * @return assertions whose failures are collected
   */
  public MechanismAssert assertThat(Mechanism actual) {
    return proxy(MechanismAssert.class, Mechanism.class, actual);
  }
}
