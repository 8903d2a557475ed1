package dev.entente.cli;

import dev.entente.model.Document;
import dev.entente.store.CorpusStore;
import dev.entente.store.CorpusStore.Outcome;
import dev.entente.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente store}: parses files and adds them to a DuckDB corpus store, skipping documents
 * whose id (the file name) and content are stored already.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
    description = {"Parses documents and adds them to a corpus store (a DuckDB file, created if missing).",
        "A document's id is its file name: a stored id with the same content is left alone (unchanged),",
        "with other content it is replaced (updated). Documents are committed in groups, at least once a",
        "second: an interrupted run (Ctrl-C, kill -9, a full disk) leaves a store that opens and holds",
        "every document committed before it, each whole; running the command again completes it.",
        "Example: entente store archive/ --db corpus.duckdb"},
    exitCodeListHeading = Main.EXIT_CODES_HEADING,
    exitCodeList = {Main.EXIT_OK, Main.EXIT_INPUT, Main.EXIT_USAGE, Main.EXIT_INTERNAL})
final class StoreCommand implements Callable<Integer> {
  /** At most this many documents wait for one commit. */
  static final int GROUP = 200;
  /** And they wait at most this long: what an interrupted run can lose. */
  static final long GROUP_NANOS = 1_000_000_000L;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Text or HTML files, or folders to walk.")
  List<Path> paths;

  @Option(names = "--db", required = true, paramLabel = "FILE", description = "The store, e.g. corpus.duckdb.")
  Path db;

  @Option(names = "--max-size", defaultValue = "" + Inputs.DEFAULT_MAX_BYTES, paramLabel = "BYTES",
      description = "Refuse files larger than this (default ${DEFAULT-VALUE}).")
  long maxBytes;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Documents parsed and not yet committed, and the counts so far. */
  private final class Writer {
    final CorpusStore store;
    final PrintWriter err;
    final List<Document> pending = new ArrayList<>();
    final Set<String> pendingIds = new HashSet<>();
    long lastCommit = System.nanoTime();
    int added;
    int updated;
    int unchanged;
    int failed;

    Writer(CorpusStore store, PrintWriter err) {
      this.store = store;
      this.err = err;
    }

    void offer(Document doc) {
      if (pendingIds.contains(doc.id())) {
        commit();
      }
      pending.add(doc);
      pendingIds.add(doc.id());
      if (pending.size() >= GROUP || System.nanoTime() - lastCommit >= GROUP_NANOS) {
        commit();
      }
    }

    void commit() {
      if (pending.isEmpty()) {
        return;
      }
      try {
        store.addAll(pending).forEach(this::count);
      } catch (StoreException | IllegalArgumentException e) {
        // One bad document must not keep the others out: store them one by one.
        for (Document doc : pending) {
          try {
            count(store.add(doc));
          } catch (StoreException | IllegalArgumentException one) {
            err.println("entente: " + doc.id() + ": not stored: " + one.getMessage());
            failed++;
          }
        }
      }
      pending.clear();
      pendingIds.clear();
      lastCommit = System.nanoTime();
    }

    private void count(Outcome outcome) {
      switch (outcome) {
        case ADDED -> added++;
        case UPDATED -> updated++;
        default -> unchanged++;
      }
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (maxBytes <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-size must be positive: " + maxBytes);
    }
    List<Path> files = Inputs.expand(paths);
    CorpusStore opened;
    try {
      opened = Stores.open(db, false);
    } catch (StoreException | Stores.DriverMissing e) {
      err.println("entente: " + e.getMessage());
      return Main.INPUT_ERROR;
    }
    try (CorpusStore store = opened) {
      Writer writer = new Writer(store, err);
      Batch batch = new Batch(ParseCommand.parser(maxBytes), maxBytes, d -> null, err, System.console() != null);
      Batch.Summary summary = batch.run(files, outcome -> {
        if (!outcome.failed()) {
          writer.offer(outcome.document());
        }
      });
      writer.commit();
      int failed = summary.failed() + writer.failed;
      err.println(String.format(Locale.ROOT, "stored in %s: %d added, %d updated, %d unchanged, %d failed"
          + " (%d documents in the store)", db, writer.added, writer.updated, writer.unchanged, failed,
          store.size()));
      err.flush();
      return summary.internal() > 0 ? Main.INTERNAL_ERROR : failed > 0 ? Main.INPUT_ERROR : Main.OK;
    }
  }
}
