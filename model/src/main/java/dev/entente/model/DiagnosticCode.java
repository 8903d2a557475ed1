package dev.entente.model;

/**
 * Why the parser warns about a document. {@code NOT_RUSSIAN}: a Russian parser was given a text that
 * is not Russian; {@code UNKNOWN_LANGUAGE}: a parser of another language, or one that detects the
 * language, was given a text in none of its languages.
 */
public enum DiagnosticCode {
  /** The input holds no text, or only blanks. */
  EMPTY_INPUT,
  /** The text is not in Russian, the only language read so far; the message says what was found. */
  NOT_RUSSIAN,
  /** No title was found. */
  NO_TITLE,
  /** No numbered point was found: the body is read as preamble paragraphs. */
  NO_NUMBERED_CLAUSES,
  /** No date of adoption or signing was found. */
  NO_DATE,
  /** No place of adoption or signing was found. */
  NO_PLACE,
  /** No side that adopts the document was found. */
  NO_SIGNATORIES,
  /** The text holds control characters, kept in place (offsets stay true). */
  CONTROL_CHARACTERS,
  /** The text holds U+FFFD: bytes that could not be decoded. */
  REPLACEMENT_CHARACTERS,
  /** The input was markup (an HTML page): offsets point into the text extracted from it. */
  MARKUP,
  /** The numbered points skip or repeat a number. */
  NUMBERING_GAP,
  /** The input was not UTF-8 and was decoded from the encoding the message names. */
  DECODED,
  /** The input ends inside a character or was cut short. */
  TRUNCATED,
  /** The text is in none of the languages read (Russian, English); the message names the letters and words found. */
  UNKNOWN_LANGUAGE
}
