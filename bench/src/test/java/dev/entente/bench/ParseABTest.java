package dev.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The interleaved A/B harness: its arithmetic, and one tiny run of the test class path against itself. */
final class ParseABTest {
  @Test
  void quantile_interpolatesBetweenNeighbours() {
    double[] sorted = {1, 2, 3, 4, 5};
    assertEquals(3, ParseAB.median(sorted));
    assertEquals(2, ParseAB.quantile(sorted, 0.25));
    assertEquals(1.5, ParseAB.quantile(new double[] {1, 2}, 0.5));
    assertEquals("1.000 [0.750..1.250]", ParseAB.summary(new double[] {1.5, 0.5, 1.0}));
  }

  @Test
  void run_comparesTwoBuildsAndEnglishWithRussian() throws Exception {
    // GIVEN the same build loaded twice, in two class loaders
    String self = System.getProperty("java.class.path");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // WHEN a short run measures both on the default inputs
    ParseAB.run(new String[] {"--warmup", "0", "--rounds", "3", "--passes", "1", "a=" + self, "b=" + self},
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    // THEN each input has a line per build, the second build is compared with the first, and
    // English with Russian per MB and per character
    assertTrue(out.contains("input ru (ru, 2 texts"), out);
    assertTrue(out.contains("input en (en, 1 texts"), out);
    Matcher ratio = Pattern.compile("(?m)^  b +MB per CPU-s .*; /a (\\d+\\.\\d+) \\[").matcher(out);
    assertTrue(ratio.find(), out);
    assertTrue(Double.parseDouble(ratio.group(1)) > 0, out);
    assertTrue(out.contains("en against ru, same build, same round"), out);
    assertTrue(Pattern.compile("(?m)^  a +per MB \\d+\\.\\d+ \\[.*per character \\d+\\.\\d+ \\[").matcher(out).find(), out);
  }

  @Test
  void run_namesAMissingJar() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ParseAB.run(new String[] {"x=/no/such.jar"}, System.out));
    assertTrue(e.getMessage().contains("build x: no such file /no/such.jar"), e.getMessage());
  }
}
