package dev.entente.store;

/**
 * A store could not be opened, read or written: the file is not an Entente store, another process
 * holds it, its schema version differs, or the database failed. The message names the file and the
 * problem; the cause, where there is one, is DuckDB's {@link java.sql.SQLException}.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  StoreException(String message) {
    super(message);
  }
}
