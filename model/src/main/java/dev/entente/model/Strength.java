package dev.entente.model;

/**
 * How strongly a statement commits its actors, weakest first, so that
 * {@code a.compareTo(b) > 0} means {@code a} commits more.
 */
public enum Strength {
  /** «отметили», «подчеркнули», «считают». */
  NOTE,
  /** «приветствуют», «высоко оценивают». */
  WELCOME,
  /** «поддерживают», «выступают за». */
  SUPPORT,
  /** «готовы», «выразили готовность». */
  READY,
  /** «будут», «продолжат», «намерены». */
  WILL,
  /** «договорились», «условились». */
  AGREED
}
