package dev.entente.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A numbered point of the document («1.», «II», «3)») with the unnumbered paragraphs and list items
 * that follow it, or, without a number, a paragraph of the preamble.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClause.class)
@JsonDeserialize(as = ImmutableClause.class)
public interface Clause extends Located {
  /** The number as written, without its punctuation («1», «IV»); empty for preamble paragraphs. */
  @Value.Parameter
  Optional<String> number();

  @Value.Parameter
  @Override
  int start();

  @Value.Parameter
  @Override
  int end();

  /** The paragraphs of the clause, the first one opening with the number. */
  @Value.Parameter
  List<Span> paragraphs();

  /** The list items («-- …», «— …», «• …») inside the clause. */
  @Value.Parameter
  List<Span> items();

  /** One statement per sentence. */
  @Value.Parameter
  List<Statement> statements();

  /** A builder for a clause; {@code build()} checks its invariants. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Clause}; see {@link Clause#builder()}. */
  final class Builder extends ImmutableClause.Builder {}

  /** Refuses a clause with a negative or reversed span, or a blank number; Immutables calls it on build. */
  @Value.Check
  default void check() {
    Checks.span(start(), end());
    number().ifPresent(n -> Checks.notBlank("clause number", n));
  }
}
