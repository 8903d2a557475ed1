package dev.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The id checks are hand-written for speed; they must accept exactly what the documented patterns accept. */
final class ChecksTest {
  private static final Pattern PARTY_ID = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
  private static final Pattern ITEM_ID = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}_.:-]{0,127}");
  private static final String ALPHABET = "AZaz09_.:-/ ЖжÀ\u0000١\u0301(«";

  @Test
  void idChecks_agreeWithTheirPatterns_onRandomStrings() {
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder id = new StringBuilder();
      int length = random.nextInt(4) == 0 ? 120 + random.nextInt(20) : random.nextInt(40);
      for (int k = 0; k < length; k++) {
        id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String s = id.toString();
      assertEquals(PARTY_ID.matcher(s).matches(), accepts(() -> Checks.partyId(s)), () -> "party id " + s);
      assertEquals(ITEM_ID.matcher(s).matches(), accepts(() -> Checks.itemId(s)), () -> "item id " + s);
    }
  }

  @Test
  void idChecks_atTheLengthLimits() {
    Checks.partyId("A" + "_".repeat(31));
    assertThrows(IllegalArgumentException.class, () -> Checks.partyId("A" + "_".repeat(32)));
    Checks.itemId("a" + "-".repeat(127));
    assertThrows(IllegalArgumentException.class, () -> Checks.itemId("a" + "-".repeat(128)));
    assertThrows(IllegalArgumentException.class, () -> Checks.itemId(""));
    assertThrows(IllegalArgumentException.class, () -> Checks.partyId("_A"));
  }

  @Test
  void edtfDates_parseOnlyTheirShapes() {
    assertEquals(EdtfDate.ofDay(2025, 6, 17), EdtfDate.parse("2025-06-17"));
    assertEquals(EdtfDate.ofMonth(2025, 6), EdtfDate.parse("2025-06"));
    assertEquals(EdtfDate.ofYear(2025), EdtfDate.parse("2025"));
    assertEquals("0005", EdtfDate.ofYear(5).toString());
    assertEquals("0950/2025-06", EdtfDate.between(EdtfDate.ofYear(950), EdtfDate.ofMonth(2025, 6)).toString());
    for (String bad : new String[] {"２０２５", "2025-6", "2025/", "20250617", "2025-06-1x", "+2025"}) {
      assertThrows(IllegalArgumentException.class, () -> EdtfDate.parse(bad), bad);
    }
  }

  private static boolean accepts(Runnable check) {
    try {
      check.run();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
