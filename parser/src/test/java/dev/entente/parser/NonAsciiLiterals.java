package dev.entente.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the string, text-block and char literals holding a non-ASCII character in the
 * language-neutral classes of a source folder: every {@code .java} file except those of a language
 * ({@code extends Language}), whose words belong there. Comments are skipped. Run by
 * {@code scripts/non-ascii-literals.sh} (as a single-file program) and by
 * {@link NeutralClassesTest}, which expects none.
 */
final class NonAsciiLiterals {
  /** A literal found: file, line, the literal as written. */
  static final class Literal {
    final Path file;
    final int line;
    final String text;

    Literal(Path file, int line, String text) {
      this.file = file;
      this.line = line;
      this.text = text;
    }

    @Override
    public String toString() {
      return file.getFileName() + ":" + line + ": " + text;
    }
  }

  private NonAsciiLiterals() {}

  /** Prints each literal found under the folders given (default: the parser's main sources) and their count. */
  public static void main(String[] args) {
    List<Literal> found = new ArrayList<>();
    for (String folder : args.length == 0 ? new String[] {"parser/src/main/java/dev/entente/parser"} : args) {
      found.addAll(in(Path.of(folder)));
    }
    found.forEach(System.out::println);
    System.out.println(found.size());
  }

  /** The non-ASCII literals of the neutral {@code .java} files directly in {@code folder}. */
  static List<Literal> in(Path folder) {
    List<Literal> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java")).sorted()::iterator) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        if (!source.contains(" extends Language ")) {
          found.addAll(literals(file, source));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** The non-ASCII literals of one source text, comments skipped. */
  static List<Literal> literals(Path file, String s) {
    List<Literal> found = new ArrayList<>();
    int line = 1;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (s.startsWith("//", i)) {
        i = s.indexOf('\n', i) < 0 ? s.length() : s.indexOf('\n', i);
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        end = end < 0 ? s.length() : end + 2;
        line += count(s, i, end);
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = s.startsWith("\"\"\"", i) ? textBlockEnd(s, i) : literalEnd(s, i, c);
        String literal = s.substring(i, end);
        if (literal.chars().anyMatch(ch -> ch > 127)) {
          found.add(new Literal(file, line, literal));
        }
        line += count(s, i, end);
        i = end;
      } else {
        i++;
      }
    }
    return found;
  }

  private static int literalEnd(String s, int open, char quote) {
    int k = open + 1;
    while (k < s.length() && s.charAt(k) != quote && s.charAt(k) != '\n') {
      k += s.charAt(k) == '\\' ? 2 : 1;
    }
    return Math.min(s.length(), k + 1);
  }

  private static int textBlockEnd(String s, int open) {
    int k = open + 3;
    while (k < s.length() && !s.startsWith("\"\"\"", k)) {
      k += s.charAt(k) == '\\' ? 2 : 1;
    }
    return Math.min(s.length(), k + 3);
  }

  private static int count(String s, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (s.charAt(k) == '\n') {
        n++;
      }
    }
    return n;
  }
}
