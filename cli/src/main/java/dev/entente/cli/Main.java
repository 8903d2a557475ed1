package dev.entente.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code entente} command line: parse documents to JSON, JSON Lines, HTML or Akoma Ntoso,
 * query them, score the parser against gold files, print the JSON Schema.
 *
 * <p>Exit codes, the same for every subcommand: {@value #OK} all went well; {@value #INPUT_ERROR}
 * some input could not be read (each bad file had its line on stderr, the others still came out);
 * {@value #USAGE_ERROR} the command line itself was wrong; {@value #INTERNAL_ERROR} an internal
 * error (a bug: please report it); {@value #OUTPUT_ERROR} the output could not be written (a closed
 * pipe, a full disk, a file under {@code --out} that exists or cannot be made): the run stops at a
 * closed pipe, and goes on past one unwritable file.
 */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "entente 0.1.0",
    description = "Reads diplomatic documents (Russian and English, detected per document) into structured, queryable data.",
    subcommands = {ParseCommand.class, QueryCommand.class, EvalCommand.class, SchemaCommand.class,
        DemoCommand.class, StoreCommand.class, SqlCommand.class, ExportCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = Main.EXIT_CODES_HEADING,
    exitCodeList = {Main.EXIT_OK, Main.EXIT_INPUT, Main.EXIT_USAGE, Main.EXIT_INTERNAL, Main.EXIT_OUTPUT})
public final class Main implements java.util.concurrent.Callable<Integer> {
  static final int OK = 0;
  static final int INPUT_ERROR = 1;
  static final int USAGE_ERROR = 2;
  static final int INTERNAL_ERROR = 3;
  static final int OUTPUT_ERROR = 4;

  // Shared by every subcommand's --help, so that the codes are documented where they are used.
  static final String EXIT_CODES_HEADING = "%nExit codes:%n";
  static final String EXIT_OK = "0:success";
  static final String EXIT_INPUT = "1:some input could not be read (one line each on stderr; the others came out)";
  static final String EXIT_USAGE = "2:invalid command line";
  static final String EXIT_INTERNAL = "3:internal error (a bug; please report it)";
  static final String EXIT_OUTPUT = "4:output could not be written (closed pipe, full disk, existing file under --out)";

  /** The subcommands that parse documents; {@code query} does too unless it reads a store. */
  private static final java.util.Set<String> PARSING = java.util.Set.of("parse", "eval", "demo", "store");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs {@code entente} and exits with its code. */
  public static void main(String[] args) {
    StartupTrace.mark("main");
    if (args.length > 0 && (PARSING.contains(args[0])
        || args[0].equals("query") && !java.util.Arrays.asList(args).contains("--db"))) {
      ParseCommand.loadInBackground();
    }
    // Straight to file descriptor 1, not through System.out: a PrintStream swallows write errors,
    // and a closed pipe or a full disk must stop the run and fail it.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    StartupTrace.mark("exit");
    System.exit(code);
  }

  /** Runs the command line with the given streams and returns its exit code, printing no stack trace. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    ParseCommand plain = ParseCommand.plain(args);
    int code = plain != null ? runPlain(plain, out, err) : runCommandLine(out, err, args);
    if (out.checkError() && code != OUTPUT_ERROR && code != USAGE_ERROR && code != INTERNAL_ERROR) {
      err.println("entente: the output could not be written (a closed pipe or a full disk)");
      code = OUTPUT_ERROR;
    }
    err.flush();
    return code;
  }

  /** {@code entente parse PATH…} without picocli's model ({@link ParseCommand#plain}); its errors as picocli's handler reports them. */
  private static int runPlain(ParseCommand command, PrintWriter out, PrintWriter err) {
    try {
      return command.run(out, err);
    } catch (Exception e) {
      return internalError(err, e);
    }
  }

  private static int runCommandLine(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof CommandLine.ParameterException) {
        return usage((CommandLine.ParameterException) e);
      }
      return internalError(line.getErr(), e);
    });
    cli.setParameterExceptionHandler((e, args2) -> usage(e));
    return cli.execute(args);
  }

  private static int internalError(PrintWriter err, Exception e) {
    err.println("entente: internal error (a bug; please report it): " + e);
    err.flush();
    return INTERNAL_ERROR;
  }

  private static int usage(CommandLine.ParameterException e) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("entente: " + e.getMessage());
    err.println("Try 'entente " + (e.getCommandLine().getParent() == null ? "" : e.getCommandLine().getCommandName() + " ")
        + "--help'.");
    err.flush();
    return USAGE_ERROR;
  }

  /** Without a subcommand: the usage, on stderr, as for any other incomplete command line. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE_ERROR;
  }
}
