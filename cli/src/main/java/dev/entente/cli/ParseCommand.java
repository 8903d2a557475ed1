package dev.entente.cli;

import dev.entente.model.Document;
import dev.entente.model.EntenteJson;
import dev.entente.parser.EntenteException;
import dev.entente.parser.Parser;
import dev.entente.parser.input.DocumentIds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
        "Folders are walked (hidden files, non-text files and Entente's own outputs left out);",
        "files may be UTF-8 (with or without BOM), UTF-16, windows-1251 or KOI8-R (decided from",
        "the whole file, with a note), or HTML pages (reduced to their text).",
        "A summary line (files, MB, seconds, failures) closes the run on stderr."},
    exitCodeListHeading = Main.EXIT_CODES_HEADING,
    exitCodeList = {Main.EXIT_OK, Main.EXIT_INPUT, Main.EXIT_USAGE, Main.EXIT_INTERNAL, Main.EXIT_OUTPUT})
final class ParseCommand implements Callable<Integer> {
  /** Loaded on first use, so that {@code --help} and usage errors answer without the language data. */
  private static final class Shared {
    static final Parser PARSER = Parser.detecting();
  }

  static Parser parser() {
    return Shared.PARSER;
  }

  /**
   * Loads the data and the dictionary of the parser's first language on other cores while the
   * command line is read, so that the first file does not wait for them in turn. The detecting
   * parser loads a language's data when the first text in it comes; this bets on the first language, so that a run over
   * texts in it never loads the others (an English text then loads English when it comes, as it
   * would have without this).
   */
  static void loadInBackground() {
    Thread loader = new Thread(() -> {
      try {
        parser().prepare(parser().languages().get(0));
        StartupTrace.mark("first language's data and dictionary loaded");
      } catch (RuntimeException | Error e) {
        // the command's own use of the parser reports it
      }
    }, "entente-load");
    loader.setDaemon(true);
    loader.start();
  }

  /**
   * The output formats, with the file extension used by {@code --out}, and for the formats whose
   * documents go into one file under {@code --out}, that file's name.
   */
  enum Format {
    json("json", null), jsonl("jsonl", "documents.jsonl"), html("html", null), akn("xml", null),
    csv("csv", "statements.csv"), tsv("tsv", "statements.tsv");

    final String extension;
    final String oneFile;

    Format(String extension, String oneFile) {
      this.extension = extension;
      this.oneFile = oneFile;
    }

    Delimited.Dialect dialect() {
      return this == csv ? Delimited.Dialect.CSV : this == tsv ? Delimited.Dialect.TSV : null;
    }
  }

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-",
      description = "Text or HTML files, folders to walk, or - for standard input.")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
      description = "json (default; an array for several files or a folder), jsonl (one document per line),"
          + " html (a page to read; with --out also DIR/index.html over all documents), akn (Akoma Ntoso 3.0),"
          + " csv or tsv (one row per statement: document, clause, start, end, actors, act, negated,"
          + " strength, topics, items, sentence). Case does not matter.")
  Format format = Format.json;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = {"Write one file per document into DIR instead of stdout, at the input's place in its folder",
          "(a/sub/x.txt -> DIR/sub/x.txt.json; .jsonl, .html or .xml by format). Each file is written",
          "whole or not at all; links in DIR are not followed; existing files are kept unless --force.",
          "jsonl, csv and tsv go into one file: DIR/documents.jsonl, DIR/statements.csv or DIR/statements.tsv."})
  Path outDir;

  @Option(names = "--force", description = "With --out: overwrite files that exist.")
  boolean force;

  @Option(names = "--max-size", defaultValue = "" + Inputs.DEFAULT_MAX_BYTES, paramLabel = "BYTES",
      description = "Refuse files larger than this (default ${DEFAULT-VALUE}, 64 MiB).")
  long maxBytes = Inputs.DEFAULT_MAX_BYTES;

  @Option(names = "--threads", paramLabel = "N",
      description = "Parse on N threads (default: one per core). The output does not depend on it.")
  Integer threads;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * The command {@code entente parse PATH…} stands for when it has nothing but paths (at most one
   * of them {@code -}), made without picocli; null for any other command line. Building picocli's
   * model of the command line cost 0.2–0.3 CPU-s at every start (a quarter of a cold one-file run),
   * which the most common command line does without: what it gives here (defaults, help, usage
   * errors) is what {@code call} does with these fields as they are. An option, an {@code @file}, {@code --}
   * or an empty argument sends the command line to picocli, as does anything that is not a path.
   */
  static ParseCommand plain(String... args) {
    if (args.length < 2 || !args[0].equals("parse")) {
      return null;
    }
    List<Path> paths = new java.util.ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.isEmpty() || arg.startsWith("@") || arg.startsWith("-") && !arg.equals("-")
          || arg.equals("-") && paths.contains(Inputs.STDIN)) {
        return null;
      }
      try {
        paths.add(Path.of(arg));
      } catch (java.nio.file.InvalidPathException e) {
        return null;
      }
    }
    ParseCommand command = new ParseCommand();
    command.paths = paths;
    return command;
  }

  @Override
  public Integer call() throws Exception {
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Runs the command, its output to {@code out}, its messages to {@code err}; the exit code. */
  int run(PrintWriter out, PrintWriter err) throws Exception {
    StartupTrace.mark("command line read");
    if (maxBytes <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-size must be positive: " + maxBytes);
    }
    if (threads != null && threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be positive: " + threads);
    }
    if (force && outDir == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--force only applies with --out DIR");
    }
    if (paths.stream().filter(p -> p.equals(Inputs.STDIN)).count() > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "- (standard input) can be read only once");
    }
    OutputFolder folder = null;
    if (outDir != null) {
      try {
        folder = OutputFolder.open(outDir, format.extension, force);
      } catch (OutputFolder.Unusable e) {
        err.println("entente: " + e.getMessage());
        return Main.OUTPUT_ERROR;
      }
    }
    Inputs.Walk walk = Inputs.walk(paths, folder == null ? null : folder.root());
    if (walk.files().isEmpty() && walk.problems().isEmpty()) {
      err.println("entente: no files found in " + Inputs.display(paths)
          + (walk.skipped() > 0 ? " (" + walk.skipped() + " hidden, non-text or Entente output files left out)" : ""));
      return Main.INPUT_ERROR;
    }
    boolean page = format == Format.html || format == Format.akn;
    if (page && outDir == null && walk.files().size() > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format " + format
          + " writes one page per document: give one FILE, or --out DIR for " + walk.files().size() + " files");
    }
    boolean folderGiven = paths.stream().anyMatch(java.nio.file.Files::isDirectory);
    boolean array = format == Format.json && outDir == null && (walk.files().size() > 1 || folderGiven);
    WholeFile whole = null;
    if (folder != null && format.oneFile != null) {
      try {
        whole = WholeFile.open(folder.root().resolve(format.oneFile), force);
      } catch (IOException e) {
        err.println("entente: " + (e.getClass() == IOException.class ? e.getMessage() : Inputs.reason(e)));
        return Main.OUTPUT_ERROR;
      }
    }
    Delimited.Dialect dialect = format.dialect();
    if (dialect != null) {
      if (whole != null) {
        whole.append(Delimited.statementHeader(dialect));
      } else {
        out.print(Delimited.statementHeader(dialect));
      }
    }
    List<CorpusPage.Entry> pages = new java.util.ArrayList<>();
    boolean[] first = {true};
    if (array) {
      out.print("[");
    }
    if (format == Format.json || format == Format.jsonl) {
      Warmup.jsonInBackground();
    }
    Batch batch = new Batch(parser(maxBytes), maxBytes, renderer(format), err, Progress.stderrIsTerminal());
    if (threads != null) {
      batch.threads(threads);
    }
    OutputFolder target = folder;
    WholeFile single = whole;
    boolean[] traced = {false};
    Batch.Summary summary = batch.run(walk, outcome -> {
      if (!traced[0]) {
        StartupTrace.mark("first file parsed and rendered");
        traced[0] = true;
      }
      if (outcome.failed()) {
        return;
      }
      if (single != null) {
        try {
          single.append(format == Format.jsonl ? outcome.rendered() + "\n" : outcome.rendered());
        } catch (IOException e) {
          throw new Batch.OutputFailed(Inputs.display(single.target()) + " could not be written: " + Inputs.reason(e));
        }
        return;
      }
      if (target != null) {
        try {
          Path written = target.write(outcome.name(), outcome.rendered());
          if (format == Format.html) {
            pages.add(CorpusPage.entry(outcome.document(), target.root().relativize(written)));
          }
        } catch (IOException e) {
          err.println("entente: cannot write the output of " + Inputs.display(outcome.file()) + ": "
              + (e.getClass() == IOException.class ? e.getMessage() : Inputs.reason(e)));
          batch.notWritten();
        }
        return;
      }
      if (array) {
        out.print(first[0] ? "\n" : ",\n");
        out.print(outcome.rendered());
        first[0] = false;
      } else if (dialect != null) {
        out.print(outcome.rendered());
      } else {
        out.println(outcome.rendered());
      }
      if (out.checkError()) {
        throw new Batch.OutputFailed("standard output could not be written (a closed pipe or a full disk)");
      }
    });
    if (array && summary.stopped() == null) {
      out.println(first[0] ? "]" : "\n]");
    }
    out.flush();
    StartupTrace.mark("all files written");
    if (whole != null) {
      return finish(whole, summary, err);
    }
    if (format == Format.html && folder != null && summary.stopped() == null && !pages.isEmpty()) {
      try {
        folder.write("index", CorpusPage.render(pages));
      } catch (IOException e) {
        err.println("entente: cannot write the corpus page: "
            + (e.getClass() == IOException.class ? e.getMessage() : Inputs.reason(e)));
        return Main.OUTPUT_ERROR;
      }
    }
    return summary.exitCode();
  }

  /** Gives the one output file its name, or drops it when the run stopped before its end. */
  private static int finish(WholeFile whole, Batch.Summary summary, PrintWriter err) {
    if (summary.stopped() != null) {
      whole.abandon();
      return summary.exitCode();
    }
    try {
      whole.commit();
    } catch (IOException e) {
      whole.abandon();
      err.println("entente: " + Inputs.display(whole.target()) + " could not be written: " + Inputs.reason(e));
      return Main.OUTPUT_ERROR;
    }
    return summary.exitCode();
  }

  /** The longest text {@code --format html} renders: 1 Mi chars, about 2 MB of Russian, a 4 MB page. */
  static final int MAX_PAGE_CHARS = 1 << 20;

  /** The renderer of a format; it runs on the worker threads. */
  static Function<Document, String> renderer(Format format) {
    switch (format) {
      case jsonl:
        return doc -> lineSafe(EntenteJson.toJson(doc));
      case html:
        return doc -> {
          if (doc.text().length() > MAX_PAGE_CHARS) {
            throw new EntenteException(EntenteException.Reason.TOO_LARGE, String.format(Locale.ROOT,
                "too large for an HTML page: %,d chars, a page holds at most %,d (a browser takes seconds per"
                    + " megabyte of highlighted text); use --format json", doc.text().length(), MAX_PAGE_CHARS));
          }
          return HtmlView.render(doc);
        };
      case akn:
        return AknWriter::write;
      case csv:
      case tsv:
        return doc -> Delimited.statementRows(doc, format.dialect());
      default:
        return doc -> lineSafe(EntenteJson.toPrettyJson(doc));
    }
  }

  /**
   * JSON with U+2028 and U+2029 escaped: valid JSON either way, but raw they end a line for
   * JavaScript and for many line-oriented readers of JSON Lines.
   */
  static String lineSafe(String json) {
    if (json.indexOf('\u2028') < 0 && json.indexOf('\u2029') < 0) {
      return json;
    }
    return json.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }

  /** The shared parser, or one whose input limit follows a raised {@code --max-size}. */
  static Parser parser(long maxBytes) {
    if (maxBytes <= Inputs.DEFAULT_MAX_BYTES) {
      return Shared.PARSER;
    }
    return Parser.builder().detectLanguage().maxInputChars((int) Math.min(Integer.MAX_VALUE - 16, maxBytes)).build();
  }

  /** The document id of a file named on the command line: {@link DocumentIds#of} of its name. */
  static String idOf(Path file) {
    Path name = file.getFileName();
    return DocumentIds.of(name == null ? file.toString() : name.toString());
  }
}
