package dev.entente.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A warning about what the parser could not read, or read with doubt. */
@Value.Immutable
@JsonSerialize(as = ImmutableDiagnostic.class)
@JsonDeserialize(as = ImmutableDiagnostic.class)
public interface Diagnostic {
  /** What kind of problem this is. */
  @Value.Parameter
  DiagnosticCode code();

  /** A sentence for people: what was seen and what it means. */
  @Value.Parameter
  String message();

  /** Where in the input, if the problem has a place. */
  @Value.Parameter
  Optional<Span> span();

  /**
   * {@return a diagnostic about the whole document}
   *
   * @param code what kind of problem
   * @param message what was found, for a person
   */
  static Diagnostic of(DiagnosticCode code, String message) {
    return ImmutableDiagnostic.of(code, message, Optional.empty());
  }

  /**
   * {@return a diagnostic about one stretch of the text}
   *
   * @param code what kind of problem
   * @param message what was found, for a person
   * @param span where in the text
   */
  static Diagnostic of(DiagnosticCode code, String message, Span span) {
    return ImmutableDiagnostic.of(code, message, Optional.of(span));
  }
}
