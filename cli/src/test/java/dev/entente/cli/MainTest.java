package dev.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class MainTest {
  @ParameterizedTest(name = "entente {0} --help")
  @ValueSource(strings = {"parse", "query", "eval", "schema", "demo"})
  void help_everyCommand_showsUsageAndExitCodes(String command) {
    // WHEN
    Cli.Result r = Cli.run(command, "--help");
    // THEN
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("Usage: entente " + command), r::toString);
    if (!command.equals("demo")) {
      assertTrue(r.out().contains("Exit codes:") && r.out().contains("2   invalid command line"), r::toString);
    }
    assertEquals("", r.err());
  }

  @Test
  void help_topLevel_listsCommandsAndExitCodes() {
    Cli.Result r = Cli.run("--help");
    assertEquals(0, r.code());
    for (String command : new String[] {"parse", "query", "eval", "schema", "demo"}) {
      assertTrue(r.out().contains("  " + command), command + " missing from\n" + r.out());
    }
    assertTrue(r.out().contains("1   some input could not be read"), r::toString);
    assertTrue(r.out().contains("3   internal error"), r::toString);
  }

  @ParameterizedTest(name = "{0} → exit {1}")
  @CsvSource(delimiter = '|', value = {
      "frobnicate                     | 2 | Unmatched argument",
      "parse                          | 2 | Missing required parameter",
      "parse --format pdf x.txt       | 2 | Invalid value for option '--format'",
      "parse --max-size -5 x.txt      | 2 | --max-size must be positive",
      "query --act LOVE x.txt         | 2 | Invalid value for option '--act'",
      "eval onlyone                   | 2 | Missing required parameter",
      "eval /nonexistent-gold /tmp    | 2 | is not one",
      "--version                      | 0 | ''"})
  void run_badCommandLine_exitsWithUsageError(String args, int code, String message) {
    Cli.Result r = Cli.run(args.trim().split("\\s+"));
    assertEquals(code, r.code(), r::toString);
    assertTrue((r.err() + r.out()).contains(message), r::toString);
    assertTrue(!r.err().contains("\tat "), "no stack trace:\n" + r.err());
  }

  @Test
  void run_noArguments_printsUsageAndExit2() {
    Cli.Result r = Cli.run();
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("Usage: entente"), r::toString);
  }
}
