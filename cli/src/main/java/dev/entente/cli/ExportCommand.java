package dev.entente.cli;

import dev.entente.store.CorpusStore;
import dev.entente.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente export}: every table of a store as one Parquet file each. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes every table of a store as one Parquet file (zstd), DIR/<table>.parquet, for",
        "pandas, pyarrow, R (arrow), Spark, DuckDB or any BI tool. The tables are in docs/relational-shape.md.",
        "Example: entente export corpus.duckdb --parquet corpus-parquet/"},
    exitCodeListHeading = Main.EXIT_CODES_HEADING,
    exitCodeList = {Main.EXIT_OK, "1:the store could not be read or a file not written", Main.EXIT_USAGE,
        Main.EXIT_INTERNAL})
final class ExportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DB", description = "A store made by 'entente store'.")
  Path db;

  @Option(names = "--parquet", required = true, paramLabel = "DIR", description = "The folder to write (created if missing).")
  Path directory;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (CorpusStore store = Stores.open(db, true)) {
      List<Path> files = store.exportParquet(directory);
      files.forEach(out::println);
      out.flush();
      err.println("exported " + files.size() + " tables of " + store.size() + " documents to " + directory);
      return Main.OK;
    } catch (StoreException | Stores.DriverMissing e) {
      err.println("entente: " + e.getMessage());
      return Main.INPUT_ERROR;
    }
  }
}
