package dev.entente.spark;

/**
 * Why an input row gave no document; the {@code reason} column of the failures table. The
 * parser's own reasons ({@link dev.entente.parser.EntenteException.Reason}) appear there by their
 * names too: EMPTY, BINARY, BROKEN_ENCODING and TOO_LARGE below are theirs.
 */
enum Failure {
  /** The id column is null. */
  NO_ID,
  /** The text column is null. */
  NO_TEXT,
  /** The job could not read the file. */
  UNREADABLE,
  /** No text to read: no bytes, or only white space. */
  EMPTY,
  /** The bytes are binary data, not text. */
  BINARY,
  /** The bytes are not valid in the encoding they are read in. */
  BROKEN_ENCODING,
  /** The text is larger than the parser's limit. */
  TOO_LARGE,
  /** A text in neither language Entente reads (the parser's NOT_RUSSIAN or UNKNOWN_LANGUAGE diagnostic). */
  UNKNOWN_LANGUAGE,
  /** The parser refused an argument, such as an id with characters ids may not have. */
  REJECTED,
  /** A bug of Entente's, not the input's fault: the message names the exception. */
  INTERNAL_ERROR
}
