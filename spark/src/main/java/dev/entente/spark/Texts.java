package dev.entente.spark;

import dev.entente.parser.EntenteException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Raw bytes as text. For now this reads UTF-8 only (with or without a byte order mark): the
 * command line's wider decoding (UTF-16, windows-1251, KOI8-R, HTML pages) is moving into the
 * parser as {@code Parser.parse(byte[], id)}, and this class gives way to it once it is there.
 */
final class Texts {
  private static final int BINARY_SNIFF_BYTES = 8192;

  private Texts() {}

  /**
   * The text the bytes hold.
   *
   * @throws EntenteException with BINARY or BROKEN_ENCODING when there is no UTF-8 text
   */
  static String decode(byte[] bytes) {
    int offset = bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    for (int i = offset; i < Math.min(bytes.length, BINARY_SNIFF_BYTES); i++) {
      if (bytes[i] == 0) {
        throw new EntenteException(EntenteException.Reason.BINARY,
            "binary data, not text (a NUL byte at offset " + i + ")");
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw new EntenteException(EntenteException.Reason.BROKEN_ENCODING,
          "not valid UTF-8 (entente-spark reads UTF-8 bytes only; decode other encodings to a string column first)");
    }
  }
}
