package dev.entente.cli;

import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import dev.entente.parser.EntenteException;
import dev.entente.parser.Parser;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente parse FILE|DIR…}: one JSON object per file, an array for several. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Parses documents and prints them as JSON (an array when there are several).")
final class ParseCommand implements Callable<Integer> {
  static final Parser PARSER = Parser.russian();

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Text files, or folders to walk.")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "json",
      description = "json (default) or jsonl (one document per line).")
  String format;

  @Option(names = "--max-size", defaultValue = "" + Inputs.DEFAULT_MAX_BYTES,
      description = "Largest file in bytes (default ${DEFAULT-VALUE}).")
  long maxBytes;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("json") && !format.equals("jsonl")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "unknown --format '" + format + "': expected json or jsonl");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = Inputs.expand(paths);
    List<String> results = new ArrayList<>();
    int failures = 0;
    for (Path file : files) {
      try {
        String text = Inputs.read(file, maxBytes);
        Document doc = PARSER.parse(idOf(file), text);
        results.add(format.equals("jsonl") ? EntenteJson.toJson(doc) : EntenteJson.toPrettyJson(doc));
      } catch (Inputs.BadInputException e) {
        err.println("entente: " + e.getMessage());
        failures++;
      } catch (EntenteException e) {
        err.println("entente: " + file + ": " + e.getMessage());
        failures++;
      }
    }
    if (format.equals("jsonl") || (results.size() == 1 && files.size() == 1)) {
      results.forEach(out::println);
    } else {
      out.println("[" + String.join(",\n", results) + "]");
    }
    out.flush();
    return failures == 0 ? 0 : Main.INPUT_ERROR;
  }

  /** The file name as a document id, cut to the characters ids allow. */
  static String idOf(Path file) {
    String name = file.getFileName().toString().replaceAll("[^A-Za-z0-9_.:-]", "_");
    if (name.isEmpty() || !Character.isLetterOrDigit(name.charAt(0))) {
      name = "f" + name;
    }
    return name.length() > 128 ? name.substring(0, 128) : name;
  }
}
