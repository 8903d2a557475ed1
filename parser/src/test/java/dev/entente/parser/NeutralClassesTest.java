package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The language-neutral parser classes hold no word of any language: their literals are ASCII. */
final class NeutralClassesTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/entente/parser");

  @Test
  void neutralClasses_haveNoNonAsciiLiterals() {
    List<NonAsciiLiterals.Literal> found = NonAsciiLiterals.in(SOURCES);
    assertEquals(List.of(), found, "non-ASCII literals in language-neutral classes");
  }

  @Test
  void finder_seesLiteralsButNotComments() {
    String source = "// «комментарий»\n/* «тоже» */ class A { String s = \"\u00abx\u00bb\"; char c = '\\'';\n"
        + " char d = '\u0451'; String t = \"a\\\"\u044f\"; }\n";
    List<NonAsciiLiterals.Literal> found = NonAsciiLiterals.literals(Path.of("A.java"), source);
    assertEquals(3, found.size(), found::toString);
    assertTrue(found.get(0).toString().startsWith("A.java:2: "), found::toString);
    assertEquals(3, found.get(1).line);
  }

  @Test
  void languageClasses_areLeftOut() throws java.io.IOException {
    Path russian = SOURCES.resolve("Russian.java");
    assertTrue(!NonAsciiLiterals.literals(russian, java.nio.file.Files.readString(russian)).isEmpty());
    assertTrue(NonAsciiLiterals.in(SOURCES).stream().noneMatch(l -> l.file.equals(russian)));
  }
}
