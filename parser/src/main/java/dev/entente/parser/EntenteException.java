package dev.entente.parser;

/**
 * Input that cannot be read as a document at all. Text that can be read in part yields a
 * {@link dev.entente.model.Document} with diagnostics instead.
 */
public final class EntenteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the input cannot be read. */
  public enum Reason {
    /** The input is larger than the parser's limit ({@link Parser.Builder#maxInputChars}). */
    TOO_LARGE,
    /** The bytes are not text in any encoding the reader knows. */
    BINARY,
    /** The bytes are not valid in the encoding they claim. */
    BROKEN_ENCODING,
    /** There is no text to read. */
    EMPTY
  }

  /** Why the input cannot be read. */
  private final Reason reason;

  /**
   * An input refused for {@code reason}.
   *
   * @param reason why the input cannot be read
   * @param message what was found, naming the input
   */
  public EntenteException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** {@return why the input was refused} */
  public Reason reason() {
    return reason;
  }
}
