package dev.entente.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.hash.Hashing;
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
}
