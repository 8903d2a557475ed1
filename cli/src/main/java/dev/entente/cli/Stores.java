package dev.entente.cli;

import dev.entente.store.CorpusStore;
import java.nio.file.Path;

/**
 * Opens stores for the store commands. DuckDB's driver (84 MB, with every platform's native
 * library) is not inside {@code entente.jar} but beside it, in {@code lib/}, named by the jar's
 * manifest: this is where its absence is reported.
 */
final class Stores {
  private Stores() {}

  /** DuckDB's driver is not on the class path. */
  static final class DriverMissing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DriverMissing() {
      super("the store commands need DuckDB's driver, lib/duckdb_jdbc-*.jar beside entente.jar"
          + " (the build puts it in cli/target/lib/): copy that folder along with the jar");
    }
  }

  /**
   * Opens {@code db} read-only, or for writing (creating it).
   *
   * @throws dev.entente.store.StoreException naming the file and the problem
   * @throws DriverMissing if DuckDB's driver is not there
   */
  static CorpusStore open(Path db, boolean readOnly) {
    try {
      return readOnly ? CorpusStore.openReadOnly(db) : CorpusStore.open(db);
    } catch (NoClassDefFoundError e) {
      throw new DriverMissing();
    }
  }
}
