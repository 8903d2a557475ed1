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

/**
 * {@code entente demo}: parses the sample documents shipped in the jar and summarises them: two
 * real Russian documents and a short English one written for Entente (not a real document).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Parses the embedded sample documents and prints what was found.",
    exitCodeListHeading = Main.EXIT_CODES_HEADING,
    exitCodeList = {Main.EXIT_OK, Main.EXIT_USAGE, Main.EXIT_INTERNAL})
final class DemoCommand implements Runnable {
  static final List<String> SAMPLES = List.of("000_c8f3a732433e8756.txt", "004_cd7b265aefbc5060.txt");
  /** The English sample, under {@code sample-en/}: written for Entente, so labelled as no real document. */
  static final String ENGLISH_SAMPLE = "kz_cn_written_sample_en.txt";
  static final String ENGLISH_LABEL = "an English sample written for Entente, not a real document";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    for (String name : SAMPLES) {
      summarise(out, name, "", sample("sample/" + name));
    }
    summarise(out, ENGLISH_SAMPLE, " (" + ENGLISH_LABEL + ")", sample("sample-en/" + ENGLISH_SAMPLE));
    out.flush();
  }

  private static void summarise(PrintWriter out, String name, String label, String text) {
    Document doc = ParseCommand.parser().parse(name, text);
    out.println("== " + name + label);
    out.println("title:       " + doc.title());
    out.println("kind:        " + doc.kind());
    out.println("language:    " + doc.language());
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

  /** The text of the resource {@code path} beside this class ({@code sample/000_….txt}). */
  static String sample(String path) {
    try (InputStream in = DemoCommand.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("sample missing from the jar: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
