package dev.entente.cli;

import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import dev.entente.parser.Parser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente parse FILE|DIR…}: one JSON object per file (an array for several), JSON Lines,
 * an HTML page or Akoma Ntoso XML. Files are parsed on all cores and printed in input order.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = {"Parses documents and prints them as JSON (an array when there are several),",
        "JSON Lines, an HTML page to read, or Akoma Ntoso 3.0 XML.",
        "Folders are walked; files may be UTF-8 (with or without BOM), UTF-16 with BOM,",
        "windows-1251 or KOI8-R (detected, with a note), or HTML pages (reduced to their text).",
        "A summary line (files, MB, seconds, failures) closes the run on stderr."},
    exitCodeListHeading = Main.EXIT_CODES_HEADING,
    exitCodeList = {Main.EXIT_OK, Main.EXIT_INPUT, Main.EXIT_USAGE, Main.EXIT_INTERNAL})
final class ParseCommand implements Callable<Integer> {
  /** Loaded on first use, so that {@code --help} and usage errors answer without the language data. */
  private static final class Shared {
    static final Parser PARSER = Parser.detecting();
  }

  static Parser parser() {
    return Shared.PARSER;
  }

  /** The output formats, with the file extension used by {@code --out}. */
  enum Format {
    json("json"), jsonl("jsonl"), html("html"), akn("xml");

    final String extension;

    Format(String extension) {
      this.extension = extension;
    }
  }

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Text or HTML files, or folders to walk.")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
      description = "json (default), jsonl (one document per line), html or akn (Akoma Ntoso 3.0).")
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Write one file per document into DIR (NAME.json, .jsonl, .html or .xml) instead of stdout.")
  Path outDir;

  @Option(names = "--max-size", defaultValue = "" + Inputs.DEFAULT_MAX_BYTES, paramLabel = "BYTES",
      description = "Refuse files larger than this (default ${DEFAULT-VALUE}, 64 MiB).")
  long maxBytes;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (maxBytes <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-size must be positive: " + maxBytes);
    }
    List<Path> files = Inputs.expand(paths);
    if (files.isEmpty()) {
      err.println("entente: no files found in " + paths);
      return Main.INPUT_ERROR;
    }
    boolean page = format == Format.html || format == Format.akn;
    if (page && outDir == null && files.size() > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format " + format
          + " writes one page per document: give one FILE, or --out DIR for " + files.size() + " files");
    }
    if (outDir != null) {
      Files.createDirectories(outDir);
    }
    boolean array = format == Format.json && outDir == null && files.size() > 1;
    boolean[] first = {true};
    int[] unwritten = {0};
    if (array) {
      out.print("[");
    }
    if (format.equals("json") || format.equals("jsonl")) {
      Warmup.jsonInBackground();
    }
    Batch batch = new Batch(parser(maxBytes), maxBytes, renderer(format), err, System.console() != null);
    Batch.Summary summary = batch.run(files, outcome -> {
      if (outcome.failed()) {
        return;
      }
      if (outDir != null) {
        if (!write(outDir.resolve(outcome.file().getFileName() + "." + format.extension), outcome.rendered(), err)) {
          unwritten[0]++;
        }
        return;
      }
      if (array) {
        out.print(first[0] ? "\n" : ",\n");
        out.print(outcome.rendered());
        first[0] = false;
      } else {
        out.println(outcome.rendered());
      }
      out.flush();
    });
    if (array) {
      out.println("\n]");
    }
    out.flush();
    return unwritten[0] > 0 ? Math.max(Main.INPUT_ERROR, summary.exitCode()) : summary.exitCode();
  }

  /** The renderer of a format; it runs on the worker threads. */
  static Function<Document, String> renderer(Format format) {
    switch (format) {
      case jsonl:
        return EntenteJson::toJson;
      case html:
        return HtmlView::render;
      case akn:
        return AknWriter::write;
      default:
        return EntenteJson::toPrettyJson;
    }
  }

  /** The shared parser, or one whose input limit follows a raised {@code --max-size}. */
  static Parser parser(long maxBytes) {
    if (maxBytes <= Inputs.DEFAULT_MAX_BYTES) {
      return Shared.PARSER;
    }
    return Parser.builder().detectLanguage().maxInputChars((int) Math.min(Integer.MAX_VALUE - 16, maxBytes)).build();
  }

  private static boolean write(Path target, String content, PrintWriter err) {
    try {
      Files.writeString(target, content, StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      err.println("entente: cannot write " + target + ": " + e.getMessage());
      return false;
    }
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
