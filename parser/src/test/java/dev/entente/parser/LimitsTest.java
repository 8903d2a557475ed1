package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Document;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The input-size limit (issue 8): above it, a clear {@link EntenteException} naming both sizes and
 * how to raise it; at it, a document. Below it, memory stays proportional to the input: a large
 * generated text (4 Mi chars ≈ 7.4 MB of UTF-8 in the default build, 64 Mi chars ≈ 100 MB of UTF-8 with
 * {@code -Preliability}) is parsed with the limit raised, and the heap's peak above the baseline
 * is reported per input char and bounded.
 */
final class LimitsTest {
  /** Generous: the normaliser alone keeps two int offsets (8 bytes) per char besides the text. */
  private static final int MAX_HEAP_BYTES_PER_CHAR = 200;

  @Test
  void parse_oneAboveTheDefaultLimit_isRefusedWithBothSizes() {
    // GIVEN a text one char above the default limit of 64 Mi chars
    String text = "а".repeat(Parser.DEFAULT_MAX_INPUT_CHARS + 1);
    // WHEN parsed THEN refused as TOO_LARGE, naming both sizes and the way out
    EntenteException e = assertThrows(EntenteException.class, () -> Parser.russian().parse("big", text));
    assertEquals(EntenteException.Reason.TOO_LARGE, e.reason());
    assertEquals("input of 67,108,865 chars is larger than the limit of 67,108,864 chars "
        + "(raise it with Parser.builder().maxInputChars(…))", e.getMessage());
  }

  @Test
  void parse_exactlyAtTheLimit_isParsed() {
    Parser parser = Parser.builder().maxInputChars(64).build();
    String text = "1. Стороны поддерживают КНР.\n".repeat(3).substring(0, 64);
    assertEquals(text, parser.parse("d", text).text());
  }

  @Test
  void parse_idDerivedOverload_obeysTheLimitToo() {
    EntenteException e = assertThrows(EntenteException.class,
        () -> Parser.builder().maxInputChars(3).build().parse("abcd"));
    assertTrue(e.getMessage().startsWith("input of 4 chars is larger than the limit of 3 chars"), e.getMessage());
  }

  @Test
  void maxInputChars_notPositive_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Parser.builder().maxInputChars(0));
    assertEquals("maxInputChars must be positive: 0", e.getMessage());
  }

  @Test
  void parse_largeText_keepsHeapProportionalToInput() {
    // GIVEN a large text: the seeds and perturbed copies of their excerpts, one after another
    int chars = Integer.getInteger("entente.property.tries", 300) >= 1000 ? 64 << 20 : 4 << 20;
    String text = largeText(chars);
    Parser parser = Parser.builder().maxInputChars(Integer.MAX_VALUE).build();
    parser.parse("warm", Seeds.text(Seeds.COMMUNIQUE));
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).collect(Collectors.toList());
    System.gc();
    long baseline = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    // WHEN parsed
    long start = System.nanoTime();
    Document doc = parser.parse("large", text);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    // THEN the spans hold and the heap's peak above the baseline is bounded per input char
    Invariants.checkDocument(doc, text);
    long above = Math.max(0, peak - baseline);
    int utf8 = text.getBytes(StandardCharsets.UTF_8).length;
    System.out.printf("large input: %,d chars (%,d bytes UTF-8) parsed in %,d ms; heap peak %,d MB above a "
            + "baseline of %,d MB = %.1f bytes per char, %.1f× the UTF-8 size; %d clauses, %d parties%n",
        text.length(), utf8, millis, above >> 20, baseline >> 20, (double) above / text.length(),
        (double) above / utf8, doc.clauses().size(), doc.parties().size());
    assertTrue(above < (long) MAX_HEAP_BYTES_PER_CHAR * text.length(), String.format(
        "heap peak %,d bytes above baseline for %,d chars: more than %d bytes per char",
        above, text.length(), MAX_HEAP_BYTES_PER_CHAR));
  }

  static String largeText(int chars) {
    java.util.Random random = new java.util.Random(100);
    StringBuilder text = new StringBuilder(chars + 8_192);
    text.append(Seeds.text(Seeds.COMMUNIQUE)).append(Seeds.text(Seeds.JOINT_STATEMENT));
    List<String> seeds = List.of(Seeds.text(Seeds.COMMUNIQUE), Seeds.text(Seeds.JOINT_STATEMENT));
    while (text.length() < chars) {
      text.append(ConcurrencyTest.perturb(random, seeds.get(random.nextInt(2)))).append('\n');
    }
    text.setLength(chars);
    return text.toString();
  }
}
