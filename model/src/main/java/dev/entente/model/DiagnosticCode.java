package dev.entente.model;

/**
 * Why the parser warns about a document. {@code NOT_RUSSIAN}: a Russian parser was given a text that
 * is not Russian; {@code UNKNOWN_LANGUAGE}: a parser of another language, or one that detects the
 * language, was given a text in none of its languages.
 */
public enum DiagnosticCode {
  EMPTY_INPUT, NOT_RUSSIAN, NO_TITLE, NO_NUMBERED_CLAUSES, NO_DATE, NO_PLACE, NO_SIGNATORIES,
  CONTROL_CHARACTERS, REPLACEMENT_CHARACTERS, MARKUP, NUMBERING_GAP, DECODED, TRUNCATED, UNKNOWN_LANGUAGE
}
