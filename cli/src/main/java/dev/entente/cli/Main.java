package dev.entente.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code entente} command line. Exit codes: 0 all went well, 1 some input could not be read
 * (the others still came out), 2 the command line itself was wrong, 3 an internal error.
 */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "entente 0.1.0",
    description = "Reads diplomatic documents (Russian) into structured, queryable data.",
    subcommands = {ParseCommand.class, DemoCommand.class, EvalCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:some input could not be read", "2:invalid command line",
        "3:internal error"})
public final class Main implements Runnable {
  static final int INPUT_ERROR = 1;
  static final int USAGE_ERROR = 2;
  static final int INTERNAL_ERROR = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, printing no stack trace. */
  static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("entente: internal error: " + e);
      return INTERNAL_ERROR;
    });
    cli.setParameterExceptionHandler((e, args2) -> {
      e.getCommandLine().getErr().println("entente: " + e.getMessage());
      e.getCommandLine().getErr().println("Try 'entente " + e.getCommandLine().getCommandName() + " --help'.");
      return USAGE_ERROR;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
