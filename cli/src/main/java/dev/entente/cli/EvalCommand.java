package dev.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entente.model.EntenteJson;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente eval GOLD_DIR TEXT_DIR}: the figures of shared/tools/score.py, computed in process. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores the parser against gold files (*.gold.json) as shared/tools/score.py does.",
    exitCodeListHeading = Main.EXIT_CODES_HEADING,
    exitCodeList = {Main.EXIT_OK, Main.EXIT_USAGE, Main.EXIT_INTERNAL})
final class EvalCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of *.gold.json files.")
  Path goldDir;

  @Parameters(index = "1", paramLabel = "TEXT_DIR", description = "Folder of the texts they annotate.")
  Path textDir;

  @Option(names = {"-v", "--verbose"}, description = "List what was missed and what was extra, per document.")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(goldDir) || !Files.isDirectory(textDir)) {
      err.println("entente: eval needs two folders: " + (Files.isDirectory(goldDir) ? textDir : goldDir)
          + " is not one");
      return Main.USAGE_ERROR;
    }
    Scorer scorer = evaluate(goldDir, textDir, verbose);
    PrintWriter out = spec.commandLine().getOut();
    scorer.report().forEach(out::println);
    out.flush();
    return 0;
  }

  /** Parses every text that a gold file names and scores it. */
  static Scorer evaluate(Path goldDir, Path textDir, boolean verbose) throws Exception {
    ObjectMapper mapper = EntenteJson.mapper();
    Scorer scorer = new Scorer();
    List<Path> goldFiles;
    try (Stream<Path> list = Files.list(goldDir)) {
      goldFiles = list.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted()
          .collect(Collectors.toList());
    }
    for (Path goldFile : goldFiles) {
      JsonNode gold = mapper.readTree(goldFile.toFile());
      Path text = textDir.resolve(gold.path("document").asText());
      try {
        String input = Inputs.read(text, Inputs.DEFAULT_MAX_BYTES);
        JsonNode found = mapper.readTree(EntenteJson.toJson(ParseCommand.parser().parse(ParseCommand.idOf(text), input)));
        scorer.score(gold, found, null, verbose);
      } catch (Inputs.BadInputException | RuntimeException e) {
        scorer.score(gold, null, e.getMessage(), verbose);
      }
    }
    return scorer;
  }
}
