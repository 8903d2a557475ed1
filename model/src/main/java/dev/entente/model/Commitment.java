package dev.entente.model;

/**
 * How strongly a statement commits its actors, weakest first ({@code a.compareTo(b) > 0} means
 * {@code a} commits more). The same scale as {@link Strength}, the JSON's names, under names that
 * no {@link Act} shares: a statement's act says what it does, its commitment how bindingly.
 *
 * <pre>{@code
 * statement.act();          // Optional[CALL]       «призывают»
 * statement.commitment();   // Optional[ENDORSEMENT]
 * }</pre>
 */
public enum Commitment {
  /** A remark that binds no one: «отметили», «подчеркнули», «считают» ({@link Strength#NOTE}). */
  REMARK,
  /** Approval of what others do: «приветствуют», «высоко оценивают» ({@link Strength#WELCOME}). */
  APPROVAL,
  /** Endorsement: «поддерживают», «выступают за», «призывают» ({@link Strength#SUPPORT}). */
  ENDORSEMENT,
  /** Declared readiness: «готовы», «выразили готовность» ({@link Strength#READY}). */
  READINESS,
  /** A stated intention: «будут», «продолжат», «намерены» ({@link Strength#WILL}). */
  INTENTION,
  /** An agreement between the actors: «договорились», «условились» ({@link Strength#AGREED}). */
  AGREEMENT;

  /** {@return the JSON name of this degree} */
  public Strength strength() {
    return Strength.values()[ordinal()];
  }
}
