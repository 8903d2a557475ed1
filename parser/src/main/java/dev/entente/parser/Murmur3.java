package dev.entente.parser;

/**
 * MurmurHash3 x64 128 of a string's UTF-16 code units, as Guava's
 * {@code Hashing.murmur3_128().hashUnencodedChars} computes it, without its per-byte buffering:
 * a document's default id hashes its whole text on every parse.
 */
final class Murmur3 {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private Murmur3() {}

  /** The first 8 bytes of the hash as 16 lower-case hex digits, in Guava's byte order. */
  static String hex64(CharSequence chars) {
    int n = chars.length();
    long h1 = 0;
    long h2 = 0;
    int i = 0;
    for (; i + 8 <= n; i += 8) {
      long k1 = word(chars, i);
      long k2 = word(chars, i + 4);
      h1 ^= mixK1(k1);
      h1 = Long.rotateLeft(h1, 27) + h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2(k2);
      h2 = Long.rotateLeft(h2, 31) + h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    int rest = n - i;
    if (rest > 0) {
      long k1 = 0;
      long k2 = 0;
      for (int k = 0; k < rest; k++) {
        long c = chars.charAt(i + k);
        if (k < 4) {
          k1 |= c << (16 * k);
        } else {
          k2 |= c << (16 * (k - 4));
        }
      }
      if (rest > 4) {
        h2 ^= mixK2(k2);
      }
      h1 ^= mixK1(k1);
    }
    long length = 2L * n;
    h1 ^= length;
    h2 ^= length;
    h1 += h2;
    h2 += h1;
    h1 = fmix64(h1);
    h2 = fmix64(h2);
    h1 += h2;
    char[] hex = new char[16];
    for (int b = 0; b < 8; b++) {
      int value = (int) (h1 >>> (8 * b)) & 0xff;
      hex[2 * b] = Character.forDigit(value >>> 4, 16);
      hex[2 * b + 1] = Character.forDigit(value & 0xf, 16);
    }
    return new String(hex);
  }

  private static final int C1_32 = 0xcc9e2d51;
  private static final int C2_32 = 0x1b873593;

  /**
   * MurmurHash3 x86 32 of a string's UTF-8 bytes as 8 lower-case hex digits, as Guava's {@code
   * Hashing.murmur3_32_fixed().hashString(s, UTF_8).toString()} gives it (an unpaired surrogate is
   * encoded as {@code ?} there as here): an item's id hashes its key, a few dozen times a parse,
   * without Guava's hasher and its string of the hash made through a builder.
   */
  static String utf8Hex32(String s) {
    byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int n = bytes.length;
    int h1 = 0;
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      int k1 = bytes[i] & 0xff | (bytes[i + 1] & 0xff) << 8 | (bytes[i + 2] & 0xff) << 16 | (bytes[i + 3] & 0xff) << 24;
      h1 ^= mixK1(k1);
      h1 = Integer.rotateLeft(h1, 13) * 5 + 0xe6546b64;
    }
    int k1 = 0;
    for (int k = n - i - 1; k >= 0; k--) {
      k1 |= (bytes[i + k] & 0xff) << (8 * k);
    }
    if (n > i) {
      h1 ^= mixK1(k1);
    }
    h1 ^= n;
    h1 ^= h1 >>> 16;
    h1 *= 0x85ebca6b;
    h1 ^= h1 >>> 13;
    h1 *= 0xc2b2ae35;
    h1 ^= h1 >>> 16;
    char[] hex = new char[8];
    for (int b = 0; b < 4; b++) {
      int value = h1 >>> (8 * b) & 0xff;
      hex[2 * b] = Character.forDigit(value >>> 4, 16);
      hex[2 * b + 1] = Character.forDigit(value & 0xf, 16);
    }
    return new String(hex);
  }

  private static int mixK1(int k1) {
    return Integer.rotateLeft(k1 * C1_32, 15) * C2_32;
  }

  private static long word(CharSequence chars, int i) {
    return chars.charAt(i) | (long) chars.charAt(i + 1) << 16 | (long) chars.charAt(i + 2) << 32
        | (long) chars.charAt(i + 3) << 48;
  }

  private static long mixK1(long k1) {
    return Long.rotateLeft(k1 * C1, 31) * C2;
  }

  private static long mixK2(long k2) {
    return Long.rotateLeft(k2 * C2, 33) * C1;
  }

  private static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
