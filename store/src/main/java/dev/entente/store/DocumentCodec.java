package dev.entente.store;

import dev.entente.model.Document;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * What the store keeps of a document to give it back exactly: its {@link DocumentForm}, deflated,
 * without the text when the text can be put back from {@code documents.text}, so that the text is
 * stored once; and the hashes that tell a changed document from an unchanged one. Decoding gives a
 * document equal to the one encoded.
 */
final class DocumentCodec {
  /** What is stored for one document. */
  record Encoded(String contentHash, String textHash, byte[] form, int formBytes) {
    /** Whether the stored form lacks its text, which then comes from {@code documents.text}. */
    boolean textApart() {
      return textHash != null;
    }
  }

  private DocumentCodec() {}

  static Encoded encode(Document document) {
    // A text with a lone surrogate has no UTF-8 form: documents.text cannot hold it exactly, so it
    // stays in the form, as UTF-16.
    boolean textApart = wellFormed(document.text());
    byte[] form = DocumentForm.encode(document, textApart);
    MessageDigest content = sha256();
    content.update(form);
    String textHash = null;
    if (textApart) {
      textHash = HexFormat.of().formatHex(sha256().digest(document.text().getBytes(StandardCharsets.UTF_8)));
      content.update(textHash.getBytes(StandardCharsets.US_ASCII));
    }
    return new Encoded(HexFormat.of().formatHex(content.digest()), textHash, deflate(form), form.length);
  }

  /**
   * The document stored as {@code form} ({@link Encoded#form()}), with {@code text} put back when
   * it was kept apart ({@code null} otherwise). Documents decoded with one {@code text} share it.
   *
   * @throws IllegalStateException if the stored bytes are damaged
   */
  static Document decode(byte[] form, int formBytes, String text) {
    checkFormBytes(form, formBytes);
    return DocumentForm.decode(inflate(form, formBytes, new byte[formBytes]), formBytes, text, null, null);
  }

  /**
   * The document stored as {@code form}, as {@link #decode(byte[], int, String)} gives it, its
   * short strings shared with the other documents decoded with {@code shared}, through {@code
   * table}, a table of it that the calling thread has borrowed (see {@link SharedStrings}).
   */
  static Document decode(byte[] form, int formBytes, String text, SharedStrings shared,
      SharedStrings.Table table) {
    checkFormBytes(form, formBytes);
    byte[] into = table == null ? new byte[formBytes] : table.buffer(formBytes);
    return DocumentForm.decode(inflate(form, formBytes, into), formBytes, text, shared, table);
  }

  /** Whether {@code s} has no lone surrogate, so that UTF-8 holds it exactly. */
  static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static byte[] deflate(byte[] bytes) {
    // Level 1: a third of the text's size already, at several times the speed of the default level.
    Deflater deflater = new Deflater(1);
    try {
      deflater.setInput(bytes);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
      byte[] buffer = new byte[16 * 1024];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /**
   * Refuses a stored length that deflated bytes this short cannot hold (deflate shrinks a form
   * at most about 1,032 times), before an array of that length is made.
   */
  private static void checkFormBytes(byte[] form, int formBytes) {
    if (formBytes < 1 || formBytes > 1100L * form.length + 64) {
      throw new IllegalStateException("stored document is damaged: " + form.length
          + " deflated bytes cannot hold a form of " + formBytes);
    }
  }

  /** Inflates {@code bytes} into the first {@code length} bytes of {@code out}; returns {@code out}. */
  private static byte[] inflate(byte[] bytes, int length, byte[] out) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(bytes);
      int n = 0;
      while (n < length && !inflater.finished()) {
        int got = inflater.inflate(out, n, length - n);
        if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        n += got;
      }
      if (n != length) {
        throw new IllegalStateException("stored document is damaged: " + n + " of " + length + " bytes inflated");
      }
      // Read on to the end of the stream, so that zlib checks its checksum of what it inflated
      // (and a stream longer than the stored length is refused).
      if (!inflater.finished() && (inflater.inflate(new byte[1]) != 0 || !inflater.finished())) {
        throw new IllegalStateException("stored document is damaged: more than " + length
            + " bytes inflated, or the stream does not end");
      }
      return out;
    } catch (DataFormatException e) {
      throw new IllegalStateException("stored document is damaged: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
  }
}
