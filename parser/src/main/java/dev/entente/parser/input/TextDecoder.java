package dev.entente.parser.input;

import dev.entente.model.Diagnostic;
import dev.entente.model.DiagnosticCode;
import dev.entente.model.Span;
import dev.entente.parser.EntenteException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads bytes as found in archives into text: UTF-8 with or without BOM, UTF-16 with or without
 * BOM, windows-1251 and KOI8-R, and HTML pages (reduced to their text by {@link HtmlText}).
 *
 * <p>The encoding is decided from the evidence of the whole input, not from its first bad byte:
 * UTF-8 when its valid multi-byte sequences are at least a sixteenth as many as its invalid ones
 * (a Cyrillic legacy file has almost none: a capital letter followed by «ё», «№» or a quote mark is
 * the only way to make one), the legacy encoding that reads more like Russian otherwise. In a
 * UTF-8 input, invalid bytes are repaired where they stand: a run of at least 3 that reads as
 * Russian in windows-1251 or KOI8-R (a line pasted from an old file) is decoded so, with a DECODED
 * diagnostic saying the input mixes encodings; any other becomes U+FFFD, with a
 * REPLACEMENT_CHARACTERS diagnostic giving the byte offsets. An input cut inside its last
 * character keeps its text, with a TRUNCATED diagnostic. Input of which more than an eighth of the
 * bytes would have to become U+FFFD is refused ({@link EntenteException.Reason#BROKEN_ENCODING}).
 *
 * <p>Binary data is refused ({@link EntenteException.Reason#BINARY}) from its first 64 KiB: a
 * known file signature (PNG, JPEG, GIF, PDF, ZIP, gzip…) or more than 5 % control characters
 * there. A NUL byte alone does not make a file binary.
 */
public final class TextDecoder {
  /** windows-1251, the Cyrillic encoding of Windows. */
  public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  /** KOI8-R, the older Cyrillic encoding of Unix mail and Usenet. */
  public static final Charset KOI8_R = Charset.forName("KOI8-R");

  /** How much of an input is looked at to call it binary or UTF-16 without a BOM. */
  static final int SAMPLE = 64 * 1024;
  /** The letters that make up about 60 % of Russian prose, all lower case. */
  private static final String COMMON_LOWER = "оеаинтсрвлкмдпуяы";
  /** How many offsets a diagnostic lists before it says "…". */
  private static final int LISTED = 10;
  private static final byte[][] SIGNATURES = {
      {(byte) 0x89, 'P', 'N', 'G'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {'G', 'I', 'F', '8'},
      {'%', 'P', 'D', 'F'}, {'P', 'K', 3, 4}, {0x1F, (byte) 0x8B}, {'B', 'Z', 'h'}, {(byte) 0xFD, '7', 'z', 'X', 'Z'},
      {'7', 'z', (byte) 0xBC, (byte) 0xAF}, {0x7F, 'E', 'L', 'F'}, {'R', 'I', 'F', 'F'},
      {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD}};

  private TextDecoder() {}

  /**
   * Reads a stream to its end, refusing binary data from its first 64 KiB before reading the rest.
   *
   * @throws EntenteException as {@link #decode}, or TOO_LARGE when the stream holds more than
   *     {@code maxBytes}
   * @throws IOException if the stream cannot be read
   */
  public static DecodedText read(InputStream in, long maxBytes) throws IOException {
    int first = (int) Math.min(SAMPLE, maxBytes + 1);
    byte[] head = in.readNBytes(first);
    if (head.length > maxBytes) {
      throw tooLarge(maxBytes);
    }
    if (head.length < first) {
      return decode(head);
    }
    if (utf16Order(head) == 0) {
      checkNotBinary(head);
    }
    byte[] rest = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 64 - head.length, maxBytes + 1 - head.length));
    long total = (long) head.length + rest.length;
    if (total > maxBytes) {
      throw tooLarge(maxBytes);
    }
    byte[] all = new byte[(int) total];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(rest, 0, all, head.length, rest.length);
    return decode(all);
  }

  private static EntenteException tooLarge(long maxBytes) {
    return new EntenteException(EntenteException.Reason.TOO_LARGE, String.format(Locale.ROOT,
        "too large: more than %,d bytes", maxBytes));
  }

  /**
   * Decodes bytes as found in archives.
   *
   * @throws EntenteException EMPTY when there is no text (not a letter), BINARY for binary data,
   *     BROKEN_ENCODING when more than an eighth of the bytes are in no encoding it knows
   */
  public static DecodedText decode(byte[] bytes) {
    if (isBlank(bytes)) {
      throw new EntenteException(EntenteException.Reason.EMPTY, "empty: no text to parse");
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    String text;
    String charset;
    int utf16 = utf16Order(bytes);
    if (utf16 != 0) {
      boolean le = utf16 < 0;
      boolean bom = startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
      charset = le ? "UTF-16LE" : "UTF-16BE";
      text = utf16(bytes, bom ? 2 : 0, le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE, diagnostics);
      diagnostics.add(0, Diagnostic.of(DiagnosticCode.DECODED,
          "decoded from " + charset + (bom ? " (byte order mark)" : " (no byte order mark: every other byte is a high byte)")));
      if (text.isBlank()) {
        throw new EntenteException(EntenteException.Reason.EMPTY, "empty: no text to parse");
      }
    } else {
      checkNotBinary(bytes);
      int from = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      Utf8Evidence evidence = Utf8Evidence.of(bytes, from);
      Charset legacy = from == 0 && evidence.favoursLegacy() ? bestLegacy(bytes, 0, bytes.length) : null;
      if (legacy != null) {
        charset = legacy.name();
        text = new String(bytes, legacy);
        diagnostics.add(Diagnostic.of(DiagnosticCode.DECODED, "not UTF-8; decoded as " + charset
            + ", the Cyrillic encoding that read best" + (evidence.validSequences() >= 3 ? String.format(Locale.ROOT,
            " (%,d byte sequences are valid UTF-8 and were read as %s too: the input may mix encodings)",
            evidence.validSequences(), charset) : "")));
      } else {
        charset = "UTF-8";
        text = evidence.invalidSequences() == 0
            ? new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8)
            : repairUtf8(bytes, from, diagnostics);
      }
    }
    checkText(text);
    if (HtmlText.isPage(text)) {
      text = HtmlText.reduce(text);
      // The spans pointed into the page; the text the parser reads is the page's text.
      diagnostics.replaceAll(d -> Diagnostic.of(d.code(), d.message()));
      diagnostics.add(Diagnostic.of(DiagnosticCode.MARKUP,
          "an HTML page: the text was extracted from its markup, and offsets point into that text"));
      if (text.isBlank()) {
        throw new EntenteException(EntenteException.Reason.EMPTY, "empty: an HTML page without text");
      }
    }
    return new DecodedText(text, charset, bytes.length, diagnostics);
  }

  /** Refuses decoded text that is control characters or has no letter at all. */
  private static void checkText(String text) {
    int n = Math.min(text.length(), SAMPLE);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
        controls++;
      }
    }
    if (controls * 20 > n) {
      throw new EntenteException(EntenteException.Reason.BINARY, String.format(Locale.ROOT,
          "binary data, not text (%d of the first %d characters are control characters)", controls, n));
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return;
      }
    }
    throw new EntenteException(EntenteException.Reason.EMPTY, "empty: not a letter in it");
  }

  /** What a first pass over the bytes found: valid multi-byte UTF-8 sequences and invalid ones. */
  private record Utf8Evidence(long validSequences, long invalidSequences) {
    static Utf8Evidence of(byte[] bytes, int from) {
      long valid = 0;
      long invalid = 0;
      for (int i = from; i < bytes.length; ) {
        if (bytes[i] >= 0) {
          i++;
          continue;
        }
        int length = sequenceLength(bytes, i);
        if (length > 0) {
          valid++;
          i += length;
        } else {
          invalid++;
          i += invalidLength(bytes, i);
        }
      }
      return new Utf8Evidence(valid, invalid);
    }

    /** Legacy when the input has at least 3 invalid sequences and under 1/16 as many valid ones. */
    boolean favoursLegacy() {
      return invalidSequences >= 3 && validSequences * 16 < invalidSequences;
    }
  }

  /** UTF-8 with its invalid sequences repaired: runs that read as Russian in a legacy encoding, U+FFFD otherwise. */
  private static String repairUtf8(byte[] bytes, int from, List<Diagnostic> diagnostics) {
    StringBuilder text = new StringBuilder(bytes.length);
    List<Long> replacedAt = new ArrayList<>();
    long replaced = 0;
    int firstReplaced = -1;
    Map<String, List<String>> legacyRuns = new LinkedHashMap<>();
    int legacyFirst = -1;
    boolean truncated = false;
    int run = from;
    int i = from;
    while (i < bytes.length) {
      if (bytes[i] >= 0) {
        i++;
        continue;
      }
      int length = sequenceLength(bytes, i);
      if (length > 0) {
        i += length;
        continue;
      }
      text.append(new String(bytes, run, i - run, StandardCharsets.UTF_8));
      int groupEnd = legacyGroupEnd(bytes, i);
      Charset legacy = groupEnd - i >= 3 ? bestLegacy(bytes, i, groupEnd) : null;
      if (legacy != null) {
        if (legacyFirst < 0) {
          legacyFirst = text.length();
        }
        legacyRuns.computeIfAbsent(legacy.name(), k -> new ArrayList<>()).add(i + "–" + groupEnd);
        text.append(new String(bytes, i, groupEnd - i, legacy));
        i = groupEnd;
      } else {
        int bad = invalidLength(bytes, i);
        truncated = i + bad == bytes.length && bad < expectedLength(bytes[i]);
        if (firstReplaced < 0) {
          firstReplaced = text.length();
        }
        if (replacedAt.size() < LISTED) {
          replacedAt.add((long) i);
        }
        replaced++;
        text.append('\uFFFD');
        i += bad;
      }
      run = i;
    }
    text.append(new String(bytes, run, bytes.length - run, StandardCharsets.UTF_8));
    if (replaced * 8 > bytes.length - from) {
      throw new EntenteException(EntenteException.Reason.BROKEN_ENCODING, String.format(Locale.ROOT,
          "not text in UTF-8, UTF-16, windows-1251 or KOI8-R: %,d of %,d bytes are not UTF-8, and they read as"
              + " Russian in neither windows-1251 nor KOI8-R", replaced, bytes.length - from));
    }
    if (!legacyRuns.isEmpty()) {
      StringJoiner parts = new StringJoiner("; ");
      legacyRuns.forEach((charset, runs) -> parts.add(charset + " at bytes " + list(runs, runs.size())));
      diagnostics.add(Diagnostic.of(DiagnosticCode.DECODED,
          "mixed encodings: UTF-8, with runs that read as Russian only in a legacy encoding: " + parts,
          Span.of(legacyFirst, legacyFirst + 1)));
    }
    if (truncated) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.TRUNCATED, String.format(Locale.ROOT,
          "the input ends inside a UTF-8 character after %,d bytes: the cut character is U+FFFD", bytes.length),
          Span.of(text.length() - 1, text.length())));
      replaced--;
      replacedAt.remove(replacedAt.size() - 1);
    }
    if (replaced > 0) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.REPLACEMENT_CHARACTERS, String.format(Locale.ROOT,
          "%,d invalid UTF-8 sequence%s replaced by U+FFFD, at byte offset%s %s", replaced, replaced == 1 ? "" : "s",
          replaced == 1 ? "" : "s", list(replacedAt, replaced)), Span.of(firstReplaced, firstReplaced + 1)));
    }
    return text.toString();
  }

  private static String list(List<?> items, long total) {
    StringJoiner joined = new StringJoiner(", ");
    items.stream().limit(LISTED).forEach(o -> joined.add(o.toString()));
    return joined + (total > LISTED ? String.format(Locale.ROOT, ", … (%,d in all)", total) : "");
  }

  /**
   * Where a run of invalid bytes starting at {@code start} ends: it takes in ASCII between invalid
   * bytes of one line, and stops at a line break or a valid multi-byte UTF-8 sequence.
   */
  private static int legacyGroupEnd(byte[] bytes, int start) {
    int end = start + 1;
    for (int j = start + 1; j < bytes.length && bytes[j] != '\n'; ) {
      if (bytes[j] >= 0) {
        j++;
      } else if (sequenceLength(bytes, j) == 0) {
        j++;
        end = j;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * The legacy encoding in which {@code bytes[from, to)} read as Russian, or null: at least 3
   * Cyrillic letters, at least 30 % of them the common lower-case letters of Russian prose
   * (either encoding read as the other swaps the cases).
   */
  private static Charset bestLegacy(byte[] bytes, int from, int to) {
    String cp1251 = new String(bytes, from, to - from, WINDOWS_1251);
    String koi8 = new String(bytes, from, to - from, KOI8_R);
    double a = russianScore(cp1251);
    double b = russianScore(koi8);
    if (Math.max(a, b) < 0.3) {
      return null;
    }
    return b > a ? KOI8_R : WINDOWS_1251;
  }

  /** The share of the text's Cyrillic letters that are common lower-case letters; 0 under 3 letters. */
  static double russianScore(String text) {
    int cyrillic = 0;
    int common = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0400' && c <= '\u04FF') {
        cyrillic++;
        if (COMMON_LOWER.indexOf(c) >= 0) {
          common++;
        }
      }
    }
    return cyrillic < 3 ? 0 : (double) common / cyrillic;
  }

  /** The length of the well-formed UTF-8 sequence at {@code i} (Unicode table 3-7), or 0. */
  static int sequenceLength(byte[] bytes, int i) {
    int b0 = bytes[i] & 0xFF;
    if (b0 < 0x80) {
      return 1;
    }
    int need = expectedLength(bytes[i]);
    if (need == 0 || i + need > bytes.length) {
      return 0;
    }
    int b1 = bytes[i + 1] & 0xFF;
    if (b1 < lowSecond(b0) || b1 > highSecond(b0)) {
      return 0;
    }
    for (int k = 2; k < need; k++) {
      if ((bytes[i + k] & 0xC0) != 0x80) {
        return 0;
      }
    }
    return need;
  }

  /** The length of the maximal ill-formed subpart at {@code i}: one U+FFFD replaces it. */
  private static int invalidLength(byte[] bytes, int i) {
    int b0 = bytes[i] & 0xFF;
    int need = expectedLength(bytes[i]);
    if (need == 0 || i + 1 >= bytes.length) {
      return 1;
    }
    int b1 = bytes[i + 1] & 0xFF;
    if (b1 < lowSecond(b0) || b1 > highSecond(b0)) {
      return 1;
    }
    int k = 2;
    while (k < need && i + k < bytes.length && (bytes[i + k] & 0xC0) == 0x80) {
      k++;
    }
    return k;
  }

  private static int expectedLength(byte lead) {
    int b0 = lead & 0xFF;
    return b0 >= 0xC2 && b0 <= 0xDF ? 2 : b0 >= 0xE0 && b0 <= 0xEF ? 3 : b0 >= 0xF0 && b0 <= 0xF4 ? 4 : 0;
  }

  private static int lowSecond(int b0) {
    return b0 == 0xE0 ? 0xA0 : b0 == 0xF0 ? 0x90 : 0x80;
  }

  private static int highSecond(int b0) {
    return b0 == 0xED ? 0x9F : b0 == 0xF4 ? 0x8F : 0xBF;
  }

  /**
   * -1 for UTF-16LE, 1 for UTF-16BE, 0 for neither: a byte order mark, or (without one) every
   * other byte of the first 64 KiB mostly the high byte of Latin or Cyrillic (0x00, 0x04) and the
   * bytes between seldom so.
   */
  private static int utf16Order(byte[] bytes) {
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return -1;
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return 1;
    }
    int n = Math.min(bytes.length, SAMPLE) & ~1;
    if (n < 4) {
      return 0;
    }
    int even = 0;
    int odd = 0;
    for (int i = 0; i < n; i += 2) {
      even += isHighByte(bytes[i]) ? 1 : 0;
      odd += isHighByte(bytes[i + 1]) ? 1 : 0;
    }
    int pairs = n / 2;
    if (odd * 10 >= pairs * 7 && even * 5 <= pairs) {
      return -1;
    }
    if (even * 10 >= pairs * 7 && odd * 5 <= pairs) {
      return 1;
    }
    return 0;
  }

  private static boolean isHighByte(byte b) {
    return b == 0 || b == 4;
  }

  private static String utf16(byte[] bytes, int from, Charset charset, List<Diagnostic> diagnostics) {
    int length = bytes.length - from;
    boolean odd = length % 2 != 0;
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, length)).toString();
    } catch (CharacterCodingException e) {
      String text = new String(bytes, from, length, charset);
      diagnostics.add(Diagnostic.of(odd ? DiagnosticCode.TRUNCATED : DiagnosticCode.REPLACEMENT_CHARACTERS, odd
          ? String.format(Locale.ROOT, "the input ends inside a UTF-16 character after %,d bytes: it is U+FFFD",
              bytes.length)
          : "invalid " + charset.name() + " sequences (unpaired surrogates) replaced by U+FFFD"));
      return text;
    }
  }

  /**
   * Refuses binary data: a known file signature, or more than 5 % control characters other than
   * tab, line feed, form feed, carriage return and escape in the first 64 KiB.
   */
  static void checkNotBinary(byte[] bytes) {
    for (byte[] signature : SIGNATURES) {
      if (bytes.length >= signature.length && startsWith(bytes, signature)) {
        throw new EntenteException(EntenteException.Reason.BINARY,
            "binary data, not text (the signature of a known binary format)");
      }
    }
    int n = Math.min(bytes.length, SAMPLE);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        controls++;
      }
    }
    if (controls * 20 > n) {
      throw new EntenteException(EntenteException.Reason.BINARY, String.format(Locale.ROOT,
          "binary data, not text (%d of the first %d bytes are control characters)", controls, n));
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
