package dev.entente.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code entente schema}: the JSON Schema (draft 2020-12) of what {@code entente parse} prints. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = {"Prints the JSON Schema (draft 2020-12) of the Document JSON that 'parse' writes.",
        "With --format jsonl each line is one such document; with --format json and several files, an array of them."},
    exitCodeListHeading = Main.EXIT_CODES_HEADING,
    exitCodeList = {Main.EXIT_OK, Main.EXIT_USAGE, Main.EXIT_INTERNAL})
final class SchemaCommand implements Callable<Integer> {
  static final String RESOURCE = "document.schema.json";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(schema());
    spec.commandLine().getOut().flush();
    return Main.OK;
  }

  /** The schema as shipped in the jar. */
  static String schema() {
    try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the JSON Schema is missing from the jar: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + " from the jar", e);
    }
  }
}
