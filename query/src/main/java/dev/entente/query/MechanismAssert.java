package dev.entente.query;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.entente.model.Level;
import dev.entente.model.Mechanism;
import dev.entente.model.MechanismKind;
import dev.entente.model.MechanismStatus;
import dev.entente.query.DocumentAssert.Asserts;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link Mechanism}; start with {@link EntenteAssertions#assertThat(Mechanism)}
 * or {@link DocumentAssert#mechanism(String)}.
 */
@CanIgnoreReturnValue
public class MechanismAssert extends AbstractAssert<MechanismAssert, Mechanism> {
  /**
   * Assertions on {@code actual}; {@link EntenteAssertions#assertThat(Mechanism)} reads better.
   *
   * @param actual the mechanism under test, or null (which fails at the first assertion)
   */
  public MechanismAssert(Mechanism actual) {
    super(actual, MechanismAssert.class);
  }

  /**
   * Asserts whether the mechanism already works, is created, or is only proposed.
   *
   * @param status the status expected
   * @return this
   */
  public MechanismAssert hasStatus(MechanismStatus status) {
    Asserts.notNull(status, "status");
    if (present().status() != status) {
      fail("to be " + status + " but it is " + actual.status());
    }
    return this;
  }

  /**
   * Asserts the sort of mechanism.
   *
   * @param kind the kind expected
   * @return this
   */
  public MechanismAssert hasKind(MechanismKind kind) {
    Asserts.notNull(kind, "kind");
    if (present().kind() != kind) {
      fail("to be a " + kind + " but it is a " + actual.kind());
    }
    return this;
  }

  /**
   * Asserts who meets in the mechanism.
   *
   * @param level the level expected
   * @return this
   */
  public MechanismAssert hasLevel(Level level) {
    Asserts.notNull(level, "level");
    if (!present().level().equals(Optional.of(level))) {
      fail("to meet at level " + level + " but its level is "
          + actual.level().map(Level::name).orElse("unknown"));
    }
    return this;
  }

  private Mechanism present() {
    if (actual == null) {
      failWithMessage("%s", "expected a mechanism but was null");
    }
    return actual;
  }

  private void fail(String expectation) {
    failWithMessage("%s", "expected mechanism " + actual.id() + " «" + actual.name() + "» "
        + expectation);
  }
}
