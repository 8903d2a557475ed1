package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Default document ids must not change: the hand-rolled hash gives what Guava's murmur3_128 gives. */
final class Murmur3Test {
  @Test
  void hex64_equalsGuavasMurmur3_128_forEveryLengthAndAnyChars() {
    Random random = new Random(3);
    for (int length = 0; length < 300; length++) {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < length; k++) {
        text.append((char) (random.nextBoolean() ? 'а' + random.nextInt(32) : random.nextInt(0x10000)));
      }
      String s = text.toString();
      assertEquals(Hashing.murmur3_128().hashUnencodedChars(s).toString().substring(0, 16), Murmur3.hex64(s),
          () -> "length " + s.length());
    }
  }

  @Test
  void utf8Hex32_equalsGuavasMurmur3_32_fixed_forEveryLengthAndAnyChars() {
    Random random = new Random(5);
    for (int length = 0; length < 300; length++) {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < length; k++) {
        int pick = random.nextInt(4);
        text.append((char) (pick == 0 ? 'а' + random.nextInt(32) : pick == 1 ? ' ' + random.nextInt(95)
            : pick == 2 ? 0x80 + random.nextInt(0x780) : random.nextInt(0x10000)));
      }
      String s = text.toString();
      assertEquals(Hashing.murmur3_32_fixed().hashString(s, StandardCharsets.UTF_8).toString(), Murmur3.utf8Hex32(s),
          () -> "length " + s.length());
    }
    assertEquals(Hashing.murmur3_32_fixed().hashString("event|саммит шос 2025", StandardCharsets.UTF_8).toString(),
        Murmur3.utf8Hex32("event|саммит шос 2025"));
  }
}
