package dev.entente.parser;

import dev.entente.model.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The two real 2025 documents of shared/seeds, parsed once per test run. */
final class Seeds {
  static final String COMMUNIQUE = "000_c8f3a732433e8756.txt";
  static final String JOINT_STATEMENT = "004_cd7b265aefbc5060.txt";
  static final Parser PARSER = Parser.russian();
  private static final Map<String, Document> PARSED = new ConcurrentHashMap<>();

  private Seeds() {}

  static String text(String name) {
    try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Document parsed(String name) {
    return PARSED.computeIfAbsent(name, n -> PARSER.parse(n, text(n)));
  }
}
