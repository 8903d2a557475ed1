package dev.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entente.model.EntenteJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente eval GOLD_DIR TEXT_DIR}: the figures of shared/tools/score.py, computed in process. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Scores the parser against gold files (*.gold.json) as shared/tools/score.py does.",
        "A gold file that is not valid JSON or has a field of the wrong type stops the run, named on stderr."},
    exitCodeListHeading = Main.EXIT_CODES_HEADING,
    exitCodeList = {Main.EXIT_OK, "1:a gold file was refused, or a document it names could not be read or parsed",
        Main.EXIT_USAGE, Main.EXIT_INTERNAL})
final class EvalCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of *.gold.json files.")
  Path goldDir;

  @Parameters(index = "1", paramLabel = "TEXT_DIR", description = "Folder of the texts they annotate.")
  Path textDir;

  @Option(names = {"-v", "--verbose"},
      description = "Before the table, list per document what was missed and what was extra (as score.py -v).")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** One gold file, read and checked, and the text it names. */
  record Gold(Path file, JsonNode json, Path text) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(goldDir) || !Files.isDirectory(textDir)) {
      err.println("entente: eval needs two folders: " + (Files.isDirectory(goldDir) ? textDir : goldDir)
          + " is not one" + (Files.isDirectory(goldDir) ? whereTextsComeFrom(textDir) : ""));
      return Main.USAGE_ERROR;
    }
    List<Path> goldFiles = GoldFiles.list(goldDir);
    if (goldFiles.isEmpty()) {
      int swapped = GoldFiles.list(textDir).size();
      err.println("entente: eval: no *.gold.json files in " + goldDir + (swapped > 0
          ? "; " + textDir + " has " + swapped + " — are GOLD_DIR and TEXT_DIR swapped? (eval GOLD_DIR TEXT_DIR)"
          : countTexts(goldDir) > 0 ? "; it holds texts — the gold folder comes first (eval GOLD_DIR TEXT_DIR)" : ""));
      return Main.USAGE_ERROR;
    }
    List<Gold> golds = new ArrayList<>();
    int refused = 0;
    for (Path file : goldFiles) {
      try {
        JsonNode json = GoldFiles.read(file);
        golds.add(new Gold(file, json, textDir.resolve(json.get("document").asText())));
      } catch (GoldFiles.BadGoldException e) {
        err.println("entente: eval: " + e.getMessage());
        refused++;
      }
    }
    if (refused > 0) {
      err.println("entente: eval: " + refused + " of " + goldFiles.size()
          + " gold files refused; nothing was scored");
      return Main.INPUT_ERROR;
    }
    long present = golds.stream().filter(g -> Files.isRegularFile(g.text())).count();
    if (present == 0) {
      err.println("entente: eval: none of the " + golds.size() + " documents the gold files name is in " + textDir
          + " (the first is " + golds.get(0).json().get("document").asText() + ")" + whereTextsComeFrom(textDir));
      return Main.INPUT_ERROR;
    }
    Scorer scorer = evaluate(golds, verbose);
    PrintWriter out = spec.commandLine().getOut();
    scorer.report().forEach(out::println);
    out.flush();
    scorer.errors().forEach(e -> err.println("entente: eval: " + e));
    return scorer.errors().isEmpty() ? Main.OK : Main.INPUT_ERROR;
  }

  private static long countTexts(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".txt")).count();
    }
  }

  /** Reads every gold file in {@code goldDir}, parses the texts they name and scores them. */
  static Scorer evaluate(Path goldDir, Path textDir, boolean verbose) throws IOException, GoldFiles.BadGoldException {
    List<Gold> golds = new ArrayList<>();
    for (Path file : GoldFiles.list(goldDir)) {
      JsonNode json = GoldFiles.read(file);
      golds.add(new Gold(file, json, textDir.resolve(json.get("document").asText())));
    }
    return evaluate(golds, verbose);
  }

  /** Parses the text each gold file names and scores it; a text that fails counts every gold item as missed. */
  static Scorer evaluate(List<Gold> golds, boolean verbose) {
    ObjectMapper mapper = EntenteJson.mapper();
    Scorer scorer = new Scorer();
    for (Gold gold : golds) {
      JsonNode found;
      try {
        String input = Inputs.read(gold.text(), Inputs.DEFAULT_MAX_BYTES);
        found = mapper.readTree(EntenteJson.toJson(ParseCommand.parser().parse(ParseCommand.idOf(gold.text()), input)));
      } catch (Inputs.BadInputException | IOException | RuntimeException e) {
        scorer.score(gold.json(), null, String.valueOf(e.getMessage()), verbose);
        continue;
      }
      scorer.score(gold.json(), found, null, verbose);
    }
    return scorer;
  }

  /**
   * Where a corpus says its texts come from, for a folder that lacks them: its own README.md, or
   * SOURCES.md beside it (the repository's corpora keep their texts out of the repository); empty
   * when neither is there.
   */
  private static String whereTextsComeFrom(Path textDir) {
    Path readme = textDir.resolve("README.md");
    Path parent = textDir.toAbsolutePath().getParent();
    Path sources = parent == null ? null : parent.resolve("SOURCES.md");
    Path guide = Files.isRegularFile(readme) ? readme : sources != null && Files.isRegularFile(sources) ? sources : null;
    return guide == null ? "" : "; " + guide + " says where the texts come from and how to put them there";
  }
}
