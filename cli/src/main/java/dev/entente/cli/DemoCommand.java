package dev.entente.cli;

import dev.entente.model.Document;
import dev.entente.model.Party;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code entente demo}: parses the two sample documents shipped in the jar and summarises them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Parses the embedded sample documents and prints what was found.",
    exitCodeListHeading = Main.EXIT_CODES_HEADING,
    exitCodeList = {Main.EXIT_OK, Main.EXIT_USAGE, Main.EXIT_INTERNAL})
final class DemoCommand implements Runnable {
  static final List<String> SAMPLES = List.of("000_c8f3a732433e8756.txt", "004_cd7b265aefbc5060.txt");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    for (String name : SAMPLES) {
      Document doc = ParseCommand.parser().parse(name, sample(name));
      out.println("== " + name);
      out.println("title:       " + doc.title());
      out.println("kind:        " + doc.kind());
      out.println("date, place: " + doc.date().map(Object::toString).orElse("?") + ", "
          + doc.place().map(p -> p.name()).orElse("?"));
      out.println("signatories: " + String.join(", ", doc.signatories()));
      out.println("parties:     " + doc.parties().stream().map(Party::id).collect(Collectors.joining(", ")));
      out.println("clauses:     " + doc.clauses().size());
      out.println("initiatives: " + doc.initiatives().size() + ", mechanisms: " + doc.mechanisms().size()
          + ", events: " + doc.events().size());
      doc.diagnostics().forEach(d -> out.println("note:        " + d.message()));
      out.println();
    }
    out.flush();
  }

  static String sample(String name) {
    try (InputStream in = DemoCommand.class.getResourceAsStream("sample/" + name)) {
      if (in == null) {
        throw new IllegalStateException("sample missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
