package dev.entente.model;

/**
 * How strongly a statement commits its actors, weakest first, as the JSON field {@code strength}
 * writes it; {@code a.compareTo(b) > 0} means {@code a} commits more.
 *
 * <p>Four of these names are also {@link Act}s but mean a degree, not a verb: a statement whose
 * act is {@link Act#CALL} has strength {@link #SUPPORT}. In Java, prefer {@link Commitment}
 * ({@link Statement#commitment()}), the same scale under names no act shares.
 */
public enum Strength {
  /** A remark: «отметили», «подчеркнули», «считают». */
  NOTE,
  /** Approval: «приветствуют», «высоко оценивают». */
  WELCOME,
  /** Endorsement: «поддерживают», «выступают за». */
  SUPPORT,
  /** Readiness: «готовы», «выразили готовность». */
  READY,
  /** Intention: «будут», «продолжат», «намерены». */
  WILL,
  /** Agreement: «договорились», «условились». */
  AGREED;

  /** {@return this degree as a {@link Commitment}} */
  public Commitment commitment() {
    return Commitment.values()[ordinal()];
  }
}
